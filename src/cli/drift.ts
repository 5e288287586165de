import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { getInputs as getPlanInputs } from '../terraform/plan-inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { DRIFT_LABEL } from '../drift/issues.js';
import { checkDrift, keepDriftIssues, type DriftStack } from '../drift/job.js';
import { overallDrift, type DriftReport } from '../drift/status.js';
import { installEngine } from '../terraform/install.js';
import { runnerPaths, stackSlug } from '../terraform/stack-inputs.js';
import { asInputs, EXIT, format, parse, requireFlags, UsageError } from './legacy.js';

export const DRIFT_USAGE = `platformctl drift: plan stacks (never apply) and say whether they drifted

Usage:
  platformctl drift --stack DIR [--stack DIR]... [stack flags] [--var-file GLOB]...
                    [--github-token TOKEN [--repo OWNER/NAME] [--api-url URL] [--run-url URL]]
                    [--format text|json]

Each stack is planned with the engine's -detailed-exitcode: exit 0 is no drift, exit 2 is drift
(the counts and the resources are shown, never a value), anything else is an error: a held lock,
refused credentials or a broken configuration is reported as an error, never as drift or none.

With --github-token, one issue per drifted stack is kept (label '${DRIFT_LABEL}'): opened with the
change summary, updated while the drift lasts, closed with a comment when a check finds none. A
stack whose check failed has its issue left as it is.

Flags:
  --stack DIR          a stack's folder (repeatable; at least one)
  --engine, --engine-version, --backend-config, --state-key, --lock-timeout   as for plan, for
                       every stack
  --var-file GLOB      variable files, relative to each stack (repeatable)
  --github-token TOKEN keep the drift issues with this token (default: none, nothing is written)
  --repo OWNER/NAME    the repository of the issues (default: GITHUB_REPOSITORY)
  --api-url URL        the GitHub API (default: GITHUB_API_URL, else https://api.github.com)
  --run-url URL        the run shown in the issues (default: empty)
  --format text|json   text: one line a stack; json: the reports and the issue actions
  --help               this text

Example:
  platformctl drift --stack examples/stacks/local/dev --format json

Exit codes: 0 no drift, 1 a check failed (or GitHub refused), 2 usage error, 3 drift found.
`;

export const EXIT_DRIFT = 3;

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** A stack folder is a folder holding at least one `.tf` or `.tf.json` file. */
function checkStack(given: string): string {
  const dir = resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--stack '${given}': no such folder (${dir})`, DRIFT_USAGE);
  if (!readdirSync(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json')))
    throw new UsageError(
      `--stack '${given}': not a stack, it holds no .tf or .tf.json file (${dir})`,
      DRIFT_USAGE
    );
  return dir;
}

/** `platformctl drift`. */
export async function driftCommand(args: string[]): Promise<number> {
  const flag = { type: 'string' } as const;
  const values = parse(
    args,
    {
      stack: { type: 'string', multiple: true },
      engine: flag,
      'engine-version': flag,
      'backend-config': { type: 'string', multiple: true },
      'state-key': flag,
      'lock-timeout': flag,
      'var-file': { type: 'string', multiple: true },
      'github-token': flag,
      repo: flag,
      'api-url': flag,
      'run-url': flag,
      format: flag,
      help: { type: 'boolean' }
    },
    DRIFT_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(DRIFT_USAGE);
    return EXIT.ok;
  }
  const how = format(values, DRIFT_USAGE);
  requireFlags(values, ['stack'], 'drift', DRIFT_USAGE);
  const token = String(values['github-token'] ?? '');
  const repository = String(values['repo'] ?? process.env['GITHUB_REPOSITORY'] ?? '');
  if (token !== '' && !REPOSITORY.test(repository))
    throw new UsageError(
      `--repo '${repository}': the repository of the issues must be owner/name (or set GITHUB_REPOSITORY)`,
      DRIFT_USAGE
    );
  const paths = runnerPaths();
  const shared = asInputs(values, { 'var-file': 'var-files' });
  for (const name of ['stack', 'github-token', 'repo', 'api-url', 'run-url']) delete shared[name];
  // Every stack is checked before any is planned: a typo stops the run with nothing written.
  const stacks: DriftStack[] = ((values['stack'] ?? []) as string[]).map((given) => {
    const dir = checkStack(given);
    const rel = relative(process.cwd(), dir);
    const name = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
    const settings = getPlanInputs(
      mapInputReader({
        ...shared,
        'working-directory': dir,
        'out-dir': join(paths.temp, 'platformctl-drift', stackSlug(dir, process.cwd()))
      }),
      paths
    );
    return { name, settings };
  });

  const log = consoleLog();
  const reports: DriftReport[] = [];
  for (const stack of stacks)
    reports.push(
      await log.group(`Check ${stack.name}`, () =>
        checkDrift(stack, { log, install: installEngine })
      )
    );

  let issues: Awaited<ReturnType<typeof keepDriftIssues>> | undefined;
  if (token !== '') {
    const { createOperationsClient } = await import('../github/operations.js');
    const github = createOperationsClient({
      token,
      repository,
      baseUrl: String(
        values['api-url'] ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com'
      ),
      log
    });
    issues = await log.group('Drift issues', () =>
      keepDriftIssues(
        reports,
        github,
        { time: new Date().toISOString(), runUrl: String(values['run-url'] ?? '') },
        log
      )
    );
  }

  const drift = overallDrift(reports);
  if (how === 'json') {
    const out = {
      drift,
      stacks: reports,
      ...(issues === undefined
        ? {}
        : {
            issues: issues.map((i) => ({
              stack: i.action.stack,
              action: i.action.kind,
              ...(i.number === undefined ? {} : { number: i.number, url: i.url })
            }))
          })
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of reports) {
      const detail =
        r.drift === 'error'
          ? `${r.error?.kind ?? 'engine'}: ${(r.error?.message ?? '').split('\n')[0] ?? ''}`
          : `${r.add} to add, ${r.change} to change, ${r.destroy} to destroy`;
      process.stdout.write(`${r.stack}: ${r.drift} (${detail})\n`);
    }
  }
  return drift === 'error' ? EXIT.failed : drift === 'changes' ? EXIT_DRIFT : EXIT.ok;
}
