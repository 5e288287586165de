import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { parseSpecialApprovers } from '../governance/approvers.js';
import {
  DEFAULT_AUDIT_BRANCH,
  readAuditSettings,
  recordAudit,
  type AuditSettings
} from '../governance/audit.js';
import { runContext } from '../governance/event.js';
import { UnlockRefusedError, runUnlock, type UnlockSettings } from '../state/job.js';
import { describeHolder, unlockRequestProblems } from '../state/unlock.js';
import { installEngine } from '../terraform/install.js';
import { readStackInputs, resolveVarFiles, runnerPaths } from '../terraform/stack-inputs.js';
import {
  EXIT,
  formatFlag,
  outputFormat,
  UsageError,
  type Command,
  type Values
} from './command.js';
import {
  API_URL_FLAG,
  apiUrl,
  ENGINE_FLAGS,
  engineInputs,
  ownerRepository,
  stackFolder,
  VAR_FILE_FLAG
} from './stack-flags.js';

/** `platformctl state unlock`. */
export const stateUnlockCommand: Command = {
  name: 'state unlock',
  summary: 'the break-glass release of a stuck state lock',
  usage: [
    '--stack DIR --lock-id ID --reason TEXT [--force]',
    ' [stack flags] [--var-file GLOB]... [--lane NAME]',
    ' [--actor LOGIN] [--approvers LIST|FILE]',
    ' [--github-token TOKEN] [--repo OWNER/NAME] [--api-url URL] [--run-id N]',
    ' [--audit-repo PATH_OR_URL] [--audit-branch BRANCH] [--format text|json]'
  ],
  description:
    "Reads the lock first and shows its holder (who, operation, since when); refuses when --lock-id is not the lock held, and while a run of the stack's lane is in progress (read from the Actions API) unless --force is given by a special approver. The event (who, when, why, the lock's holder) is appended to the audit trail before the engine's force-unlock; the lock is then read again. Any refusal leaves the lock, the state and the trail as they were. Then run a normal plan of the stack.",
  flags: [
    {
      name: 'stack',
      value: 'DIR',
      required: true,
      input: 'working-directory',
      description: "the stack's folder"
    },
    {
      name: 'lock-id',
      value: 'ID',
      required: true,
      description: "the ID under 'Lock Info:' in the failed run's log: a UUID"
    },
    { name: 'reason', value: 'TEXT', required: true, description: 'why, at least 20 characters' },
    {
      name: 'force',
      description: 'unlock although a run of the lane is in progress (special approvers only)'
    },
    ...ENGINE_FLAGS,
    VAR_FILE_FLAG,
    {
      name: 'lane',
      value: 'NAME',
      default: "the stack's folder as given to --stack",
      description: "the lane: a word of the run titles of the stack's workflows"
    },
    { name: 'actor', value: 'LOGIN', default: 'GITHUB_ACTOR', description: 'who asks' },
    {
      name: 'approvers',
      value: 'LIST|FILE',
      input: 'special-approvers',
      description: 'special approvers: logins and org/team, one a line, or a YAML file'
    },
    {
      name: 'github-token',
      value: 'TOKEN',
      default: 'GITHUB_TOKEN; one of them is needed',
      description: "reads the lane's runs and team memberships"
    },
    {
      name: 'repo',
      value: 'OWNER/NAME',
      default: 'GITHUB_REPOSITORY',
      description: 'the repository whose runs are read'
    },
    API_URL_FLAG,
    {
      name: 'run-id',
      value: 'N',
      default: 'GITHUB_RUN_ID',
      description: 'this run, left out of the lane'
    },
    {
      name: 'audit-repo',
      value: 'PATH_OR_URL',
      input: 'audit-repository',
      default: 'this repository on GitHub',
      description: "the audit trail's repository"
    },
    {
      name: 'audit-branch',
      value: 'BRANCH',
      default: DEFAULT_AUDIT_BRANCH,
      description: "the audit trail's branch"
    },
    formatFlag('how the result is printed on stdout')
  ],
  example: [
    'platformctl state unlock --stack stacks/aws/prod --lock-id 55907847-eb31-993c-aa13-90c3247b9d03 \\',
    '  --reason "runner 4711 was killed mid-apply; checked it is gone"'
  ],
  exitCodes: '0 unlocked, 1 refused or failed (nothing unlocked), 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const request = unlockRequest(values, usage);
    const log = consoleLog();
    const { createGitHubClient } = await import('../github/client.js');
    const { createOperationsClient } = await import('../github/operations.js');
    const client = { ...request.github, log };
    const governance = createGitHubClient(client);
    const operations = createOperationsClient(client);
    try {
      const result = await runUnlock(request.settings, {
        log,
        install: installEngine,
        github: {
          unfinishedRuns: () => operations.unfinishedRuns(),
          isTeamMember: (org, team, user) => governance.isTeamMember(org, team, user)
        },
        record: (event) => recordAudit(request.audit, [event], log)
      });
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
};

interface UnlockRequest {
  settings: UnlockSettings;
  github: { token: string; repository: string; baseUrl: string };
  audit: AuditSettings;
}

/** Everything the command line says, checked before the engine or GitHub is asked anything. */
function unlockRequest(values: Values, usage: string): UnlockRequest {
  const env = process.env;
  const given = String(values['stack']);
  const lockId = String(values['lock-id']);
  const reason = String(values['reason']);
  const problems = unlockRequestProblems({ lockId, reason });
  if (problems.length > 0)
    throw new UsageError(problems.map((p) => `--${p.flag} ${p.problem}`).join('\n'), usage);
  const { dir, name: stackName } = stackFolder(given, usage);
  const token = String(values['github-token'] ?? env['GITHUB_TOKEN'] ?? '');
  if (token === '')
    throw new UsageError(
      '--github-token (or GITHUB_TOKEN) is needed: the runs of the lane are read from the Actions API before any unlock',
      usage
    );
  const repository = ownerRepository(values, 'the repository whose runs are read', usage);
  const runIdText = String(values['run-id'] ?? env['GITHUB_RUN_ID'] ?? '');
  if (runIdText !== '' && !/^[1-9][0-9]*$/.test(runIdText))
    throw new UsageError(`--run-id '${runIdText}': a run's number`, usage);
  const stackInputs: Record<string, string> = { ...engineInputs(values), 'working-directory': dir };
  const paths = runnerPaths();
  const stack = readStackInputs(mapInputReader(stackInputs), paths);
  const varFiles = resolveVarFiles(stackInputs['var-files'] ?? '', stack.workingDirectory);
  const approvers = parseSpecialApprovers(
    String(values['approvers'] ?? ''),
    process.cwd(),
    'approvers'
  );
  const audit = readAuditSettings(
    mapInputReader({
      'audit-branch': String(values['audit-branch'] ?? DEFAULT_AUDIT_BRANCH),
      'audit-repository': String(values['audit-repo'] ?? '')
    }),
    { ...env, GITHUB_REPOSITORY: repository },
    token
  );
  if (audit === undefined)
    throw new UsageError('--audit-branch is empty: a break-glass unlock is always recorded', usage);
  const context = runContext({ ...env, GITHUB_REPOSITORY: repository }, {});
  return {
    settings: {
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
    github: { token, repository, baseUrl: apiUrl(values) },
    audit
  };
}
