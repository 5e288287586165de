import { PUBLISH_FACTS_DEFAULTS, getInputs } from '../facts/inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { publishFactsOutputs, runnerProvenance, runPublishFacts } from '../facts/publish.js';
import { EXIT, flagInputs, outputFormat, printOutputs, type Command } from './command.js';

/** `platformctl facts publish`. */
export const factsPublishCommand: Command = {
  name: 'facts publish',
  summary: "publish a stack's runtime facts, as publish-runtime-facts does",
  usage: [
    '--outputs FILE --cloud C --env E --target NAME --repo PATH_OR_URL',
    '                            [--branch BRANCH] [--path TEMPLATE] [--plan-id ID] [--format text|json]'
  ],
  description:
    "Checks tf-apply's outputs against the cross-cloud contract, writes the facts file whole with a provenance block, commits and pushes it with real git (fetching and writing it again on the new tip when another publisher pushed first). Facts equal to those on the branch make no commit.\n\nThe provenance takes the source repository, commit and run from GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_RUN_ID when they are set; a token for an HTTPS repository comes from GITHUB_TOKEN.",
  flags: [
    {
      name: 'outputs',
      value: 'FILE',
      required: true,
      input: 'outputs-path',
      description: "tf-apply's outputs-path (the engine's output -json)"
    },
    {
      name: 'cloud',
      value: 'C',
      required: true,
      description: "aws, azure, gcp or local: the outputs' cluster_type"
    },
    {
      name: 'env',
      value: 'E',
      required: true,
      description: 'the environment; fills {env} in --path'
    },
    {
      name: 'target',
      value: 'NAME',
      required: true,
      description: "the stack's name; fills {target} in --path"
    },
    {
      name: 'repo',
      value: 'PATH_OR_URL',
      required: true,
      input: 'repository',
      description: 'owner/name on GitHub, a git URL or a local path'
    },
    {
      name: 'branch',
      value: 'BRANCH',
      default: PUBLISH_FACTS_DEFAULTS['branch'],
      description: 'the facts branch'
    },
    {
      name: 'path',
      value: 'TEMPLATE',
      default: PUBLISH_FACTS_DEFAULTS['path'],
      description: 'the file in the branch'
    },
    { name: 'plan-id', value: 'ID', description: 'the plan applied, recorded in the provenance' }
  ],
  example: [
    'git init -q --bare facts.git',
    'platformctl facts publish --outputs outputs.json --cloud local --env dev --target local-dev --repo facts.git'
  ],
  exitCodes: '0 published or unchanged, 1 invalid input, outputs or repository, 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const inputs = flagInputs(factsPublishCommand, values);
    const token = process.env['GITHUB_TOKEN'];
    if (token !== undefined && token !== '') inputs['github-token'] = token;
    const settings = getInputs(mapInputReader(inputs), process.cwd());
    const result = await runPublishFacts(settings, {
      log: consoleLog(),
      now: () => new Date(),
      provenance: runnerProvenance(process.env)
    });
    printOutputs(publishFactsOutputs(result), how);
    return EXIT.ok;
  }
};
