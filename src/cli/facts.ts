import { getInputs } from '../../actions/publish-runtime-facts/src/inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { publishFactsOutputs, runnerProvenance, runPublishFacts } from '../facts/publish.js';
import { asInputs, EXIT, format, print, requireFlags } from './main.js';
import { verbFlags } from './subcommand.js';

export const FACTS_USAGE = `platformctl facts publish: publish a stack's runtime facts, as publish-runtime-facts does

Usage:
  platformctl facts publish --outputs FILE --cloud C --env E --target NAME --repo PATH_OR_URL
                            [--branch BRANCH] [--path TEMPLATE] [--plan-id ID] [--format text|json]

Checks tf-apply's outputs against the cross-cloud contract, writes the facts file whole with a
provenance block, commits and pushes it with real git (fetching and writing it again on the new tip
when another publisher pushed first). Facts equal to those on the branch make no commit.

Flags (as the action's inputs):
  --outputs FILE       tf-apply's outputs-path (the engine's output -json) (required)
  --cloud C            aws, azure, gcp or local: the outputs' cluster_type (required)
  --env E              the environment; fills {env} in --path (required)
  --target NAME        the stack's name; fills {target} in --path (required)
  --repo PATH_OR_URL   owner/name on GitHub, a git URL or a local path (required)
  --branch BRANCH      the facts branch (default runtime-facts)
  --path TEMPLATE      the file in the branch (default {cloud}/{env}/facts.yaml)
  --plan-id ID         the plan applied, recorded in the provenance
  --format text|json   how changed, commit-sha and facts-path are printed (default text)
  --help               this text

The provenance takes the source repository, commit and run from GITHUB_REPOSITORY, GITHUB_SHA and
GITHUB_RUN_ID when they are set; a token for an HTTPS repository comes from GITHUB_TOKEN.
Exit codes: 0 published or unchanged, 1 invalid input, outputs or repository, 2 usage error.
`;

const REQUIRED = ['outputs', 'cloud', 'env', 'target', 'repo'] as const;

/** `platformctl facts publish`. */
export async function factsCommand(args: string[]): Promise<number> {
  const values = verbFlags(
    'facts',
    'publish',
    args,
    ['outputs', 'cloud', 'env', 'target', 'repo', 'branch', 'path', 'plan-id'],
    FACTS_USAGE
  );
  if (values === undefined) return EXIT.ok;
  const how = format(values, FACTS_USAGE);
  requireFlags(values, REQUIRED, 'facts publish', FACTS_USAGE);
  const inputs = asInputs(values, { outputs: 'outputs-path', repo: 'repository' });
  const token = process.env['GITHUB_TOKEN'];
  if (token !== undefined && token !== '') inputs['github-token'] = token;
  const settings = getInputs(mapInputReader(inputs), process.cwd());
  const result = await runPublishFacts(settings, {
    log: consoleLog(),
    now: () => new Date(),
    provenance: runnerProvenance(process.env)
  });
  print(publishFactsOutputs(result), how);
  return EXIT.ok;
}
