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
import { EXIT, format, print, requireFlags, UsageError } from './legacy.js';
import { verbFlags } from './subcommand.js';

export const PROMOTE_USAGE = `platformctl promote: move exactly what was verified to the next environment

Usage:
  platformctl promote --app A --from ENV --to ENV [--digest sha256:<64 hex>] [--dry-run]
                      [--audit-repo PATH_OR_URL] [--audit-branch BRANCH] [--actor LOGIN]
                      [--format text|json]

Reads the audit trail (its chain checked first) for the verifications verify-gates recorded, and
promotes the image digest and the commit that passed verify-gates in --from (the last that passed,
or --digest) to --to. Refuses when --from has no passed verification of that digest, when --to is
not the environment after --from (${ENVIRONMENT_CHAIN.join(' → ')}), or when the immutable tag
(semver-shortsha) would be moved to another digest. Never builds, tags or pushes: the result names
the digest to deploy (gen-values --image) and the promotion is appended to the trail.
Rollback: promote the previous digest (--digest) that passed in --from.

Flags:
  --app A              the app (required)
  --from ENV           where it passed verify-gates: ${ENVIRONMENT_CHAIN.join(', ')} (required)
  --to ENV             the environment after --from (required)
  --digest sha256:…    the digest to promote (default: the last one that passed in --from)
  --dry-run            decide and show what and why; record nothing
  --audit-repo REPO    the audit trail's repository: owner/name, a git URL or a path (default: .)
  --audit-branch NAME  the audit trail's branch (default: ${DEFAULT_AUDIT_BRANCH})
  --actor LOGIN        who promotes (default: GITHUB_ACTOR)
  --format text|json   text: the outputs and why; json: the same as an object
  --help               this text

An HTTPS trail is read and written with the token in GITHUB_TOKEN, if set.
Example:
  platformctl promote --app checkout --from dev --to stg --dry-run

Exit codes: 0 promoted (or would be), 1 refused or failed (nothing recorded), 2 usage error.
`;

/** `platformctl promote`. */
export async function promoteCommand(args: string[]): Promise<number> {
  // `promote` has no verb: reuse the verb parser with the flags as they come.
  const values = verbFlags(
    'promote',
    'promote',
    ['promote', ...args],
    ['app', 'from', 'to', 'digest', 'audit-repo', 'audit-branch', 'actor'],
    PROMOTE_USAGE,
    ['dry-run']
  );
  if (values === undefined) return EXIT.ok;
  const how = format(values, PROMOTE_USAGE);
  requireFlags(values, ['app', 'from', 'to'], 'promote', PROMOTE_USAGE);
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
    if (error instanceof PromotionInputError) throw new UsageError(error.message, PROMOTE_USAGE);
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
      print(outputs, how);
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
