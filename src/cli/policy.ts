import { neutralizeCommands } from '../common/log.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../common/errors.js';
import { checkPlanPolicy } from '../policy/check.js';
import { installOpa } from '../policy/opa.js';
import { EXIT, format, UsageError } from './main.js';
import { verbFlags } from './subcommand.js';

export const POLICY_USAGE = `platformctl policy check: evaluate a plan against the policy library, as tf-plan does

Usage:
  platformctl policy check --plan FILE [--policy-dir DIR] [--data FILE] [--env ENV]
                           [--format text|json]

Redacts the plan's sensitive values, then evaluates data.platform.policy with OPA (from PATH, the
tool cache or its release, checksum verified).

Flags:
  --plan FILE        the plan as \`tofu show -json\` (or terraform) writes it (required)
  --policy-dir DIR   the Rego library; it must define data.platform.policy
                     (default: the library shipped with platformctl)
  --data FILE        settings for the library, JSON or YAML (e.g. max_deletions: 5)
  --env ENV          the environment the plan is judged for (e.g. production)
  --format text|json text: the verdict and one line a violation; json: {result, violations}
  --help             this text

Exit codes: 0 passed (warnings allowed), 1 violations, 2 usage error, unreadable plan or
            settings, missing library or an OPA error.
`;

/** The library shipped beside the CLI: this file is two levels below the package root. */
function bundledPolicyLibrary(): string {
  return join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'policies');
}

/** `platformctl policy check`. */
export async function policyCommand(args: string[]): Promise<number> {
  const values = verbFlags(
    'policy',
    'check',
    args,
    ['plan', 'policy-dir', 'data', 'env'],
    POLICY_USAGE
  );
  if (values === undefined) return EXIT.ok;
  const how = format(values, POLICY_USAGE);
  if (values['plan'] === undefined) throw new UsageError('policy check needs --plan', POLICY_USAGE);
  const environment = String(values['env'] ?? '');
  if (!/^[A-Za-z0-9_.-]*$/.test(environment))
    throw new UsageError(
      `--env '${environment}' must be letters, digits, '.', '_' or '-'`,
      POLICY_USAGE
    );
  try {
    const opa = await installOpa({ log: (m) => void process.stderr.write(`${m}\n`) });
    const decision = await checkPlanPolicy({
      opa: opa.binary,
      planFile: resolve(String(values['plan'])),
      policyDir:
        values['policy-dir'] === undefined
          ? bundledPolicyLibrary()
          : resolve(String(values['policy-dir'])),
      ...(values['data'] === undefined ? {} : { dataFile: resolve(String(values['data'])) }),
      environment
    });
    if (how === 'json') {
      process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
    } else {
      process.stdout.write(
        `Policy ${decision.result}: ${decision.violations.length} violation(s)\n`
      );
      for (const v of decision.violations)
        process.stdout.write(
          `${neutralizeCommands(`  ${v.severity} ${v.rule} ${v.address}: ${v.message}`)}\n`
        );
    }
    return decision.result === 'passed' ? EXIT.ok : EXIT.failed;
  } catch (error) {
    process.stderr.write(`${neutralizeCommands(`platformctl: ${errorMessage(error)}`)}\n`);
    return EXIT.usage;
  }
}
