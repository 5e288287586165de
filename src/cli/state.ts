import { runnerPaths } from '../terraform/stack-inputs.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { parseSpecialApprovers } from '../governance/approvers.js';
import { readAuditSettings, recordAudit } from '../governance/audit.js';
import { runContext } from '../governance/event.js';
import { UnlockRefusedError, runUnlock } from '../state/job.js';
import { describeHolder, unlockRequestProblems } from '../state/unlock.js';
import { installEngine } from '../terraform/install.js';
import { readStackInputs, resolveVarFiles } from '../terraform/stack-inputs.js';
import { EXIT, format, parse, requireFlags, UsageError } from './legacy.js';

export const STATE_USAGE = `platformctl state: unlock, the break-glass release of a stuck state lock

Usage:
  platformctl state unlock --stack DIR --lock-id ID --reason TEXT [--force]
                           [stack flags] [--var-file GLOB]... [--lane NAME]
                           [--actor LOGIN] [--approvers LIST|FILE]
                           [--github-token TOKEN] [--repo OWNER/NAME] [--api-url URL] [--run-id N]
                           [--audit-repo PATH_OR_URL] [--audit-branch BRANCH] [--format text|json]

Reads the lock first and shows its holder (who, operation, since when); refuses when --lock-id is
not the lock held, and while a run of the stack's lane is in progress (read from the Actions API)
unless --force is given by a special approver. The event (who, when, why, the lock's holder) is
appended to the audit trail before the engine's force-unlock; the lock is then read again. Any
refusal leaves the lock, the state and the trail as they were. Then run a normal plan of the stack.

Flags:
  --stack DIR          the stack's folder (required)
  --lock-id ID         the ID under 'Lock Info:' in the failed run's log: a UUID (required)
  --reason TEXT        why, at least 20 characters (required)
  --force              unlock although a run of the lane is in progress (special approvers only)
  --engine, --engine-version, --backend-config, --state-key, --lock-timeout   as for plan
  --var-file GLOB      variable files the stack needs to plan (repeatable)
  --lane NAME          the lane: a word of the run titles of the stack's workflows (default: the
                       stack's folder as given to --stack)
  --actor LOGIN        who asks (default: GITHUB_ACTOR)
  --approvers LIST     special approvers: logins and org/team, one a line, or a YAML file
  --github-token TOKEN reads the lane's runs, team memberships (default: GITHUB_TOKEN; required)
  --repo OWNER/NAME    the repository whose runs are read (default: GITHUB_REPOSITORY)
  --api-url URL        the GitHub API (default: GITHUB_API_URL, else https://api.github.com)
  --run-id N           this run, left out of the lane (default: GITHUB_RUN_ID)
  --audit-repo REPO    the audit trail's repository (default: this repository on GitHub)
  --audit-branch NAME  the audit trail's branch (default: audit-log)
  --format text|json   how the result is printed on stdout (default text)
  --help               this text

Example:
  platformctl state unlock --stack stacks/aws/prod --lock-id 55907847-eb31-993c-aa13-90c3247b9d03 \\
    --reason "runner 4711 was killed mid-apply; checked it is gone"

Exit codes: 0 unlocked, 1 refused or failed (nothing unlocked), 2 usage error.
`;

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** `platformctl state unlock`. */
export async function stateCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === '--help' || verb === 'help' || verb === undefined) {
    process.stdout.write(STATE_USAGE);
    return verb === undefined ? EXIT.usage : EXIT.ok;
  }
  if (verb !== 'unlock') throw new UsageError(`unknown state command '${verb}'`, STATE_USAGE);
  const flag = { type: 'string' } as const;
  const values = parse(
    rest,
    {
      stack: flag,
      'lock-id': flag,
      reason: flag,
      force: { type: 'boolean' },
      engine: flag,
      'engine-version': flag,
      'backend-config': { type: 'string', multiple: true },
      'state-key': flag,
      'lock-timeout': flag,
      'var-file': { type: 'string', multiple: true },
      lane: flag,
      actor: flag,
      approvers: flag,
      'github-token': flag,
      repo: flag,
      'api-url': flag,
      'run-id': flag,
      'audit-repo': flag,
      'audit-branch': flag,
      format: flag,
      help: { type: 'boolean' }
    },
    STATE_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(STATE_USAGE);
    return EXIT.ok;
  }
  const how = format(values, STATE_USAGE);
  requireFlags(values, ['stack', 'lock-id', 'reason'], 'state unlock', STATE_USAGE);
  const env = process.env;
  const given = String(values['stack']);
  const lockId = String(values['lock-id']);
  const reason = String(values['reason']);

  // Everything the command line says is checked before the engine or GitHub is asked anything.
  const problems = unlockRequestProblems({ lockId, reason });
  if (problems.length > 0)
    throw new UsageError(problems.map((p) => `--${p.flag} ${p.problem}`).join('\n'), STATE_USAGE);
  const dir = resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--stack '${given}': no such folder (${dir})`, STATE_USAGE);
  if (!readdirSync(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json')))
    throw new UsageError(
      `--stack '${given}': not a stack, it holds no .tf or .tf.json file (${dir})`,
      STATE_USAGE
    );
  const token = String(values['github-token'] ?? env['GITHUB_TOKEN'] ?? '');
  if (token === '')
    throw new UsageError(
      '--github-token (or GITHUB_TOKEN) is needed: the runs of the lane are read from the Actions API before any unlock',
      STATE_USAGE
    );
  const repository = String(values['repo'] ?? env['GITHUB_REPOSITORY'] ?? '');
  if (!REPOSITORY.test(repository))
    throw new UsageError(
      `--repo '${repository}': the repository whose runs are read must be owner/name (or set GITHUB_REPOSITORY)`,
      STATE_USAGE
    );
  const runIdText = String(values['run-id'] ?? env['GITHUB_RUN_ID'] ?? '');
  if (runIdText !== '' && !/^[1-9][0-9]*$/.test(runIdText))
    throw new UsageError(`--run-id '${runIdText}': a run's number`, STATE_USAGE);
  const stackInputs: Record<string, string> = { 'working-directory': dir };
  for (const name of ['engine', 'engine-version', 'state-key', 'lock-timeout'])
    if (values[name] !== undefined) stackInputs[name] = String(values[name]);
  if (values['backend-config'] !== undefined)
    stackInputs['backend-config'] = (values['backend-config'] as string[]).join('\n');
  const paths = runnerPaths();
  const stack = readStackInputs(mapInputReader(stackInputs), paths);
  const varFiles = resolveVarFiles(
    ((values['var-file'] ?? []) as string[]).join('\n'),
    stack.workingDirectory
  );
  const approvers = parseSpecialApprovers(
    String(values['approvers'] ?? ''),
    process.cwd(),
    'approvers'
  );
  const audit = readAuditSettings(
    mapInputReader({
      'audit-branch': String(values['audit-branch'] ?? 'audit-log'),
      'audit-repository': String(values['audit-repo'] ?? '')
    }),
    { ...env, GITHUB_REPOSITORY: repository },
    token
  );
  if (audit === undefined)
    throw new UsageError(
      '--audit-branch is empty: a break-glass unlock is always recorded',
      STATE_USAGE
    );
  const rel = relative(process.cwd(), dir);
  const stackName = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
  const context = runContext({ ...env, GITHUB_REPOSITORY: repository }, {});

  const log = consoleLog();
  const { createGitHubClient } = await import('../github/client.js');
  const { createOperationsClient } = await import('../github/operations.js');
  const client = {
    token,
    repository,
    baseUrl: String(values['api-url'] ?? env['GITHUB_API_URL'] ?? 'https://api.github.com'),
    log
  };
  const governance = createGitHubClient(client);
  const operations = createOperationsClient(client);
  try {
    const result = await runUnlock(
      {
        stackName,
        stack,
        varFiles,
        lockId,
        reason,
        force: values['force'] === true,
        actor: String(values['actor'] ?? env['GITHUB_ACTOR'] ?? ''),
        approvers,
        lane: String(values['lane'] ?? given),
        ...(runIdText === '' ? {} : { ownRunId: Number(runIdText) }),
        repository,
        commit: env['GITHUB_SHA'] ?? '',
        runUrl: env['GITHUB_RUN_ID'] === undefined ? '' : context.runUrl
      },
      {
        log,
        install: installEngine,
        github: {
          unfinishedRuns: () => operations.unfinishedRuns(),
          isTeamMember: (org, team, user) => governance.isTeamMember(org, team, user)
        },
        record: (event) => recordAudit(audit, [event], log)
      }
    );
    const out = {
      unlocked: 'true',
      'lock-id': result.lockId,
      holder: describeHolder(result.holder),
      stale: String(result.stale),
      forced: String(result.forced)
    };
    if (how === 'json')
      process.stdout.write(`${JSON.stringify({ ...out, lock: result.holder }, null, 2)}\n`);
    else for (const [k, v] of Object.entries(out)) process.stdout.write(`${k}: ${v}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UnlockRefusedError)) throw error;
    process.stderr.write(`platformctl: unlock refused: ${error.message}\n`);
    if (how === 'json')
      process.stdout.write(
        `${JSON.stringify({ unlocked: 'false', refused: error.message }, null, 2)}\n`
      );
    return EXIT.failed;
  }
}
