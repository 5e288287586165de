import { DEFAULT_FAIL_ON, getCheckInputs } from '../check/inputs.js';
import { CHECK_TOOLS, location } from '../check/findings.js';
import { checkOutputs, runCheck } from '../check/job.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { runnerPaths, STACK_DEFAULTS } from '../terraform/stack-inputs.js';
import { EXIT, flagInputs, formatFlag, outputFormat, type Command } from './command.js';

/** `platformctl check`: the tf-check job in a terminal, with the same inputs as flags. */
export const checkCommand: Command = {
  name: 'check',
  summary: "tf-check's static checks of Terraform code: fmt, validate, tflint, trivy, checkov",
  usage: [
    '--dir DIR [--dir DIR]... [--validate-dir DIR]... [--tools LIST]',
    ' [--engine tofu|terraform] [--fail-on SEVERITY] [--baseline FILE]',
    ' [--sarif FILE] [--format text|json]'
  ],
  description:
    "Runs tofu fmt -check, tofu validate (after init -backend=false), tflint, trivy config and checkov on each folder, merges the findings into one SARIF log, applies the baseline and fails on findings at or above the threshold. A scanner that crashes fails the check. The flags are the tf-check action's inputs.",
  flags: [
    {
      name: 'dir',
      value: 'DIR',
      multiple: true,
      input: 'working-directory',
      description: 'a folder to check, scanned recursively; at least one'
    },
    {
      name: 'validate-dir',
      value: 'DIR',
      multiple: true,
      input: 'validate-directories',
      default: 'each --dir',
      description: 'a root module to validate'
    },
    {
      name: 'tools',
      value: 'LIST',
      default: CHECK_TOOLS.join(', '),
      description: 'the checks to run, comma-separated'
    },
    {
      name: 'engine',
      value: 'tofu|terraform',
      default: STACK_DEFAULTS.engine,
      description: 'the engine of fmt and validate'
    },
    {
      name: 'fail-on',
      value: 'SEVERITY',
      default: DEFAULT_FAIL_ON,
      description: 'the lowest severity that fails: critical, high, medium, low, info or none'
    },
    {
      name: 'baseline',
      value: 'FILE',
      description: 'accepted findings, each with a reason and an expiry date'
    },
    {
      name: 'sarif',
      value: 'FILE',
      input: 'sarif-path',
      default: 'tf-check/tf-check.sarif under RUNNER_TEMP or the system temporary folder',
      description: 'where the SARIF log goes'
    },
    formatFlag('text: a line a finding; json: the outputs and every finding')
  ],
  example: ['platformctl check --dir examples/stacks/local/dev --baseline tf-check-baseline.yaml'],
  exitCodes:
    '0 passed, 1 failing findings, an expired acceptance, a scanner that failed or a bad input, 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const inputs = getCheckInputs(mapInputReader(flagInputs(checkCommand, values)), runnerPaths());
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
};
