import { neutralizeCommands } from '../common/log.js';
import { join, resolve } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { checkPlanPolicy } from '../policy/check.js';
import { installOpa } from '../policy/opa.js';
import { EXIT, outputFormat, UsageError, type Command } from './command.js';
import { packageRoot, prepareTerminal } from './toolchain.js';

/** `platformctl policy check`. */
export const policyCheckCommand: Command = {
  name: 'policy check',
  summary: 'evaluate a plan against the policy library, as tf-plan does',
  usage: [
    '--plan FILE [--policy-dir DIR] [--data FILE] [--env ENV]',
    '                           [--format text|json]'
  ],
  description:
    "Redacts the plan's sensitive values, then evaluates data.platform.policy with OPA (from PATH, the toolchain of `npm run tools`, or in Actions the tool cache or its release, checksum verified).",
  flags: [
    {
      name: 'plan',
      value: 'FILE',
      required: true,
      description:
        'the plan as `tofu show -json` (or terraform) writes it, e.g. tfplan.json of plan'
    },
    {
      name: 'policy-dir',
      value: 'DIR',
      default: 'the library shipped with platformctl',
      description: 'the Rego library; it must define data.platform.policy'
    },
    {
      name: 'data',
      value: 'FILE',
      description: 'settings for the library, JSON or YAML (e.g. max_deletions: 5)'
    },
    {
      name: 'env',
      value: 'ENV',
      description: 'the environment the plan is judged for (e.g. production)'
    }
  ],
  example: ['platformctl policy check --plan plan/tfplan.json --env production'],
  exitCodes:
    '0 passed (warnings allowed), 1 violations, 2 usage error, unreadable plan or settings, missing library or an OPA error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const environment = String(values['env'] ?? '');
    if (!/^[A-Za-z0-9_.-]*$/.test(environment))
      throw new UsageError(
        `--env '${environment}' must be letters, digits, '.', '_' or '-'`,
        usage
      );
    try {
      const local = prepareTerminal();
      const opa = await installOpa({
        log: (m) => void process.stderr.write(`${m}\n`),
        ...(local === undefined ? {} : { local })
      });
      const decision = await checkPlanPolicy({
        opa: opa.binary,
        planFile: resolve(String(values['plan'])),
        policyDir:
          values['policy-dir'] === undefined
            ? join(packageRoot(), 'policies')
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
};
