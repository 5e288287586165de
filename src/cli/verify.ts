import { neutralizeCommands } from '../common/log.js';
import { getInputs } from '../../actions/verify-gates/src/inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { runnerPaths } from '../terraform/stack-inputs.js';
import { renderGateText, systemClock } from '../verify/gates.js';
import { runVerifyGates } from '../verify/job.js';
import { createProbe } from '../verify/probes.js';
import { asInputs, EXIT, format, parse } from './main.js';

export const VERIFY_USAGE = `platformctl verify: run verify-gates' checks against a running environment

Usage:
  platformctl verify (--checks-file FILE | --checks=YAML) [--facts-file FILE]
                     [--timeout 10m] [--interval 10s] [--dns-server IP[:PORT]]
                     [--concurrency 8] [--report-path FILE] [--format text|json]

Each check (dns, tcp, tls, http, invariant) is tried until it passes or its time is up; the
checks run a few at a time. Strings in the checks may refer to runtime facts as \${facts.a.b}.

Flags (as the verify-gates action's inputs):
  --checks-file FILE    a YAML file of checks (see the README for the format)
  --checks=YAML         the checks as YAML, instead of a file (with '=': a YAML list starts
                        with a dash, which would read as a flag)
  --facts-file FILE     tf-apply's outputs file or a published facts.yaml
  --timeout DURATION    how long each check is retried (default 10m)
  --interval DURATION   the wait between attempts (default 10s)
  --dns-server ADDRESS  the DNS server to ask (default: the system's resolvers)
  --concurrency N       how many checks run at once (default 8)
  --report-path FILE    where the JSON report goes (default: verify-gates/report.json under
                        RUNNER_TEMP or the system temporary folder)
  --format text|json    text: a line a check; json: the report
  --help                this text

Exit codes: 0 every check passed, 1 a check failed or the checks are invalid, 2 usage error.
`;

/** `platformctl verify`: the verify-gates job in a terminal, with the same inputs as flags. */
export async function verifyCommand(args: string[]): Promise<number> {
  const flag = { type: 'string' } as const;
  const values = parse(
    args,
    {
      checks: flag,
      'checks-file': flag,
      'facts-file': flag,
      timeout: flag,
      interval: flag,
      'dns-server': flag,
      concurrency: flag,
      'report-path': flag,
      format: flag,
      help: { type: 'boolean' }
    },
    VERIFY_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(VERIFY_USAGE);
    return EXIT.ok;
  }
  const how = format(values, VERIFY_USAGE);
  const settings = getInputs(mapInputReader(asInputs(values)), runnerPaths());
  const result = await runVerifyGates(settings, {
    log: consoleLog(),
    probe: createProbe({ dnsServer: settings.dnsServer }),
    clock: systemClock
  });
  if (how === 'json') process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else process.stdout.write(neutralizeCommands(renderGateText(result.report)));
  return result.report.result === 'passed' ? EXIT.ok : EXIT.failed;
}
