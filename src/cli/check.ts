import { getCheckInputs } from '../check/inputs.js';
import { location } from '../check/findings.js';
import { checkOutputs, runCheck } from '../check/job.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { runnerPaths } from '../terraform/stack-inputs.js';
import { asInputs, EXIT, format, parse } from './legacy.js';

export const CHECK_USAGE = `platformctl check: tf-check's static checks of Terraform code in a terminal

Usage:
  platformctl check --dir DIR [--dir DIR]... [--validate-dir DIR]... [--tools LIST]
                    [--engine tofu|terraform] [--fail-on SEVERITY] [--baseline FILE]
                    [--sarif FILE] [--format text|json]

Runs tofu fmt -check, tofu validate (after init -backend=false), tflint, trivy config and
checkov on each folder, merges the findings into one SARIF log, applies the baseline and fails
on findings at or above the threshold. A scanner that crashes fails the check.

Flags (as the tf-check action's inputs):
  --dir DIR            a folder to check, scanned recursively (required, repeatable)
  --validate-dir DIR   a root module to validate (repeatable; default: each --dir)
  --tools LIST         comma-separated: fmt, validate, tflint, trivy, checkov (default: all)
  --engine NAME        tofu (default) or terraform, for fmt and validate
  --fail-on SEVERITY   critical, high, medium, low (default), info or none
  --baseline FILE      accepted findings, each with a reason and an expiry date
  --sarif FILE         where the SARIF log goes (default: tf-check/tf-check.sarif under
                       RUNNER_TEMP or the system temporary folder)
  --format text|json   text: a line a finding; json: the outputs and every finding
  --help               this text

Example:
  platformctl check --dir examples/stacks/local/dev --baseline tf-check-baseline.yaml

Exit codes: 0 passed, 1 failing findings, an expired acceptance or a scanner that failed,
            2 usage error.
`;

/** \`platformctl check\`: the tf-check job in a terminal, with the same inputs as flags. */
export async function checkCommand(args: string[]): Promise<number> {
  const flag = { type: 'string' } as const;
  const values = parse(
    args,
    {
      dir: { type: 'string', multiple: true },
      'validate-dir': { type: 'string', multiple: true },
      tools: flag,
      engine: flag,
      'fail-on': flag,
      baseline: flag,
      sarif: flag,
      format: flag,
      help: { type: 'boolean' }
    },
    CHECK_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(CHECK_USAGE);
    return EXIT.ok;
  }
  const how = format(values, CHECK_USAGE);
  const inputs = getCheckInputs(
    mapInputReader(
      asInputs(values, {
        dir: 'working-directory',
        'validate-dir': 'validate-directories',
        sarif: 'sarif-path'
      })
    ),
    runnerPaths()
  );
  const result = await runCheck(inputs, { log: consoleLog() });
  if (how === 'json') {
    process.stdout.write(
      `${JSON.stringify({ ...checkOutputs(result), counts: result.counts, findings: result.findings }, null, 2)}\n`
    );
  } else {
    for (const f of result.findings) {
      const state =
        f.accepted !== undefined ? 'accepted' : result.failing.includes(f) ? 'FAIL' : 'warn';
      process.stdout.write(
        `${state} ${location(f)} ${f.tool} ${f.rule} (${f.severity})${f.resource === undefined ? '' : ` ${f.resource}`}: ${f.message}\n`
      );
    }
    process.stdout.write(
      `tf-check ${result.result}: ${result.failing.length} failing, ${result.findings.length} finding(s), ${result.accepted} accepted (fail-on ${result.failOn}); SARIF ${result.sarifPath}\n`
    );
  }
  return result.result === 'passed' ? EXIT.ok : EXIT.failed;
}
