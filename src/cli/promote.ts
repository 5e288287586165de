import { DEFAULT_AUDIT_BRANCH, DEFAULT_AUDIT_FILE, appendAudit } from '../audit/trail.js';
import { consoleLog } from '../common/log.js';
import { runContext } from '../governance/event.js';
import { PromotionRefusedError, runPromote } from '../promote/job.js';
import {
  checkApp,
  checkDigest,
  checkEnvironment,
  ENVIRONMENT_CHAIN,
  PromotionInputError,
  promotionOutputs
} from '../promote/promotion.js';
import {
  EXIT,
  formatFlag,
  outputFormat,
  printOutputs,
  UsageError,
  type Command,
  type Values
} from './command.js';

/** `platformctl promote`. */
export const promoteCommand: Command = {
  name: 'promote',
  summary: 'move exactly the digest and commit verified in one environment to the next',
  usage: [
    '--app A --from ENV --to ENV [--digest sha256:<64 hex>] [--dry-run]',
    ' [--audit-repo PATH_OR_URL] [--audit-branch BRANCH] [--actor LOGIN]',
    ' [--format text|json]'
  ],
  description: `Reads the audit trail (its chain checked first) for the verifications verify-gates recorded, and promotes the image digest and the commit that passed verify-gates in --from (the last that passed, or --digest) to --to. Refuses when --from has no passed verification of that digest, when --to is not the environment after --from (${ENVIRONMENT_CHAIN.join(' → ')}), or when the immutable tag (semver-shortsha) would be moved to another digest. Never builds, tags or pushes: the result names the digest to deploy (gen-values --image) and the promotion is appended to the trail. Rollback: promote the previous digest (--digest) that passed in --from.

An HTTPS trail is read and written with the token in GITHUB_TOKEN, if set.`,
  flags: [
    { name: 'app', value: 'A', required: true, description: 'the app' },
    {
      name: 'from',
      value: 'ENV',
      required: true,
      description: `where it passed verify-gates: ${ENVIRONMENT_CHAIN.join(', ')}`
    },
    { name: 'to', value: 'ENV', required: true, description: 'the environment after --from' },
    {
      name: 'digest',
      value: 'sha256:…',
      default: 'the last one that passed in --from',
      description: 'the digest to promote'
    },
    { name: 'dry-run', description: 'decide and show what and why; record nothing' },
    {
      name: 'audit-repo',
      value: 'PATH_OR_URL',
      input: 'audit-repository',
      default: '.',
      description: "the audit trail's repository: owner/name, a git URL or a path"
    },
    {
      name: 'audit-branch',
      value: 'BRANCH',
      default: DEFAULT_AUDIT_BRANCH,
      description: "the audit trail's branch"
    },
    { name: 'actor', value: 'LOGIN', default: 'GITHUB_ACTOR', description: 'who promotes' },
    formatFlag('text: the outputs and why; json: the same as an object')
  ],
  example: ['platformctl promote --app checkout --from dev --to stg --dry-run'],
  exitCodes: '0 promoted (or would be), 1 refused or failed (nothing recorded), 2 usage error.',
  run: (values, { usage }) => promote(values, usage)
};

async function promote(values: Values, usage: string): Promise<number> {
  const how = outputFormat(values, usage);
  let request;
  try {
    const digest =
      values['digest'] === undefined ? undefined : checkDigest(String(values['digest']));
    request = {
      app: checkApp(String(values['app'])),
      from: checkEnvironment(String(values['from']), 'from'),
      to: checkEnvironment(String(values['to']), 'to'),
      ...(digest === undefined ? {} : { digest })
    };
  } catch (error) {
    if (error instanceof PromotionInputError) throw new UsageError(error.message, usage);
    throw error;
  }
  const env = process.env;
  const token = env['GITHUB_TOKEN'];
  const trail = {
    repository: String(values['audit-repo'] ?? '.'),
    branch: String(values['audit-branch'] ?? DEFAULT_AUDIT_BRANCH),
    file: DEFAULT_AUDIT_FILE,
    ...(token === undefined || token === '' ? {} : { token })
  };
  const dryRun = values['dry-run'] === true;
  const log = consoleLog();
  const context = runContext(env, {});
  try {
    const promotion = await runPromote(
      {
        request,
        dryRun,
        trail,
        actor: String(values['actor'] ?? env['GITHUB_ACTOR'] ?? ''),
        repository: env['GITHUB_REPOSITORY'] ?? '',
        runUrl: env['GITHUB_RUN_ID'] === undefined ? '' : context.runUrl
      },
      {
        log,
        record: async (event) => {
          await appendAudit({ ...trail, events: [event], log });
        }
      }
    );
    const outputs = promotionOutputs(promotion, dryRun);
    if (how === 'json')
      process.stdout.write(`${JSON.stringify({ ...outputs, why: promotion.why }, null, 2)}\n`);
    else {
      printOutputs(outputs, how);
      process.stdout.write(
        `\n${dryRun ? 'Would promote' : promotion.unchanged ? 'Already there' : 'Promoted'}, because:\n${promotion.why.map((w) => `  - ${w}`).join('\n')}\n`
      );
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PromotionRefusedError)) throw error;
    process.stderr.write(`platformctl: promotion refused: ${error.message}\n`);
    return EXIT.failed;
  }
}
