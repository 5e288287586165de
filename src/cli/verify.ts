import { VERIFY_GATES_DEFAULTS, getInputs } from '../verify/inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog, neutralizeCommands } from '../common/log.js';
import { runnerPaths } from '../terraform/stack-inputs.js';
import { renderGateText, systemClock } from '../verify/gates.js';
import { runVerifyGates } from '../verify/job.js';
import { createProbe } from '../verify/probes.js';
import { EXIT, flagInputs, outputFormat, type Command } from './command.js';

/** `platformctl verify`: the verify-gates job in a terminal, with the same inputs as flags. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: "run verify-gates' checks against a running environment",
  usage: [
    '(--checks-file FILE | --checks=YAML) [--facts-file FILE]',
    '                   [--timeout 10m] [--interval 10s] [--dns-server IP[:PORT]]',
    '                   [--concurrency 8] [--report-path FILE] [--format text|json]'
  ],
  description:
    'Each check (dns, tcp, tls, http, invariant) is tried until it passes or its time is up; the checks run a few at a time. Strings in the checks may refer to runtime facts as ${facts.a.b}.',
  flags: [
    {
      name: 'checks-file',
      value: 'FILE',
      description: 'a YAML file of checks (see the README for the format)'
    },
    {
      name: 'checks',
      value: 'YAML',
      description:
        'the checks as YAML, instead of a file (give it as --checks=YAML: a YAML list starts with a dash, which would read as a flag)'
    },
    {
      name: 'facts-file',
      value: 'FILE',
      description: "tf-apply's outputs file or a published facts.yaml"
    },
    {
      name: 'timeout',
      value: 'DURATION',
      default: VERIFY_GATES_DEFAULTS['timeout'],
      description: 'how long each check is retried'
    },
    {
      name: 'interval',
      value: 'DURATION',
      default: VERIFY_GATES_DEFAULTS['interval'],
      description: 'the wait between attempts'
    },
    {
      name: 'dns-server',
      value: 'ADDRESS',
      default: "the system's resolvers",
      description: 'the DNS server to ask'
    },
    {
      name: 'concurrency',
      value: 'N',
      default: VERIFY_GATES_DEFAULTS['concurrency'],
      description: 'how many checks run at once'
    },
    {
      name: 'report-path',
      value: 'FILE',
      default: 'verify-gates/report.json under RUNNER_TEMP or the temporary folder',
      description: 'where the JSON report goes'
    }
  ],
  example: [
    'platformctl verify --facts-file outputs.json --checks-file gates/checks.yaml --timeout 5m'
  ],
  exitCodes: '0 every check passed, 1 a check failed or the checks are invalid, 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const settings = getInputs(mapInputReader(flagInputs(verifyCommand, values)), runnerPaths());
    const result = await runVerifyGates(settings, {
      log: consoleLog(),
      probe: createProbe({ dnsServer: settings.dnsServer }),
      clock: systemClock
    });
    if (how === 'json') process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    else process.stdout.write(neutralizeCommands(renderGateText(result.report)));
    return result.report.result === 'passed' ? EXIT.ok : EXIT.failed;
  }
};
