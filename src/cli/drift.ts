import { join } from 'node:path';
import { getInputs as getPlanInputs } from '../terraform/plan-inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { DRIFT_LABEL } from '../drift/issues.js';
import { checkDrift, keepDriftIssues, type DriftStack } from '../drift/job.js';
import { overallDrift, type DriftReport } from '../drift/status.js';
import { installEngine } from '../terraform/install.js';
import { runnerPaths, stackSlug } from '../terraform/stack-inputs.js';
import { EXIT, formatFlag, outputFormat, type Command } from './command.js';
import {
  API_URL_FLAG,
  apiUrl,
  ENGINE_FLAGS,
  engineInputs,
  ownerRepository,
  stackFolder,
  VAR_FILE_FLAG
} from './stack-flags.js';

export const EXIT_DRIFT = 3;

/** `platformctl drift`. */
export const driftCommand: Command = {
  name: 'drift',
  summary: 'plan stacks (never apply) and say whether they drifted',
  usage: [
    '--stack DIR [--stack DIR]... [stack flags] [--var-file GLOB]...',
    ' [--github-token TOKEN [--repo OWNER/NAME] [--api-url URL] [--run-url URL]]',
    ' [--format text|json]'
  ],
  description: `Each stack is planned with the engine's -detailed-exitcode: exit 0 is no drift, exit 2 is drift (the counts and the resources are shown, never a value), anything else is an error: a held lock, refused credentials or a broken configuration is reported as an error, never as drift or none.

With --github-token, one issue per drifted stack is kept (label '${DRIFT_LABEL}'): opened with the change summary, updated while the drift lasts, closed with a comment when a check finds none. A stack whose check failed has its issue left as it is.`,
  flags: [
    {
      name: 'stack',
      value: 'DIR',
      multiple: true,
      required: true,
      input: 'working-directory',
      description: "a stack's folder"
    },
    ...ENGINE_FLAGS,
    VAR_FILE_FLAG,
    {
      name: 'github-token',
      value: 'TOKEN',
      default: 'none, nothing is written',
      description: 'keep the drift issues with this token'
    },
    {
      name: 'repo',
      value: 'OWNER/NAME',
      default: 'GITHUB_REPOSITORY',
      description: 'the repository of the issues'
    },
    API_URL_FLAG,
    { name: 'run-url', value: 'URL', default: 'empty', description: 'the run shown in the issues' },
    formatFlag('text: one line a stack; json: the reports and the issue actions')
  ],
  example: ['platformctl drift --stack examples/stacks/local/dev --format json'],
  exitCodes: '0 no drift, 1 a check failed (or GitHub refused), 2 usage error, 3 drift found.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const token = String(values['github-token'] ?? '');
    const repository =
      token === '' ? '' : ownerRepository(values, 'the repository of the issues', usage);
    const paths = runnerPaths();
    const shared = engineInputs(values);
    // Every stack is checked before any is planned: a typo stops the run with nothing written.
    const stacks: DriftStack[] = ((values['stack'] ?? []) as string[]).map((given) => {
      const { dir, name } = stackFolder(given, usage);
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
      const github = createOperationsClient({ token, repository, baseUrl: apiUrl(values), log });
      issues = await log.group('Drift issues', () =>
        keepDriftIssues(
          reports,
          github,
          { time: new Date().toISOString(), runUrl: String(values['run-url'] ?? '') },
          log
        )
      );
    }
    printDrift(reports, issues, how);
    const drift = overallDrift(reports);
    return drift === 'error' ? EXIT.failed : drift === 'changes' ? EXIT_DRIFT : EXIT.ok;
  }
};

function printDrift(
  reports: DriftReport[],
  issues: Awaited<ReturnType<typeof keepDriftIssues>> | undefined,
  how: 'text' | 'json'
): void {
  if (how === 'json') {
    const out = {
      drift: overallDrift(reports),
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
    return;
  }
  for (const r of reports) {
    const detail =
      r.drift === 'error'
        ? `${r.error?.kind ?? 'engine'}: ${(r.error?.message ?? '').split('\n')[0] ?? ''}`
        : `${r.add} to add, ${r.change} to change, ${r.destroy} to destroy`;
    process.stdout.write(`${r.stack}: ${r.drift} (${detail})\n`);
  }
}
