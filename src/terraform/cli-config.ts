import { ActionError } from '../common/errors.js';
import { runProcess } from '../common/process.js';

/**
 * The engine's CLI configuration (`TF_CLI_CONFIG_FILE`, `~/.tofurc`, `~/.terraformrc`) can be
 * missing or broken on a misconfigured runner. The engine then says so before anything else: a
 * header on stderr and, for a missing file, a warning block on stdout in front of any `-json`
 * document, and goes on without the configuration: providers are then looked for in the public
 * registry instead of the mirror the file names, which offline fails after long timeouts with an
 * error that says nothing of the cause. This module finds the problem before the first real
 * command and names it in one line.
 */

const PROBLEM_HEADER = 'There are some problems with the CLI configuration';

export class CliConfigError extends ActionError {}

/** One line that says what is wrong with the engine's CLI configuration, or undefined. */
export function cliConfigProblem(
  output: { stdout: string; stderr: string },
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  if (!output.stderr.includes(PROBLEM_HEADER)) return undefined;
  // The engine wraps its warning to the terminal's width: any space may be a line break.
  const missing = /The\s+CLI\s+configuration\s+file\s+at\s+"([^"]*)"\s+does\s+not\s+exist\./.exec(
    output.stdout
  );
  const error = /^Error: (.+)$/m.exec(output.stderr);
  const detail =
    missing !== null
      ? `the file ${JSON.stringify(missing[1])} does not exist`
      : error !== null
        ? (error[1] ?? '').trim()
        : 'the engine could not read it';
  const named = env['TF_CLI_CONFIG_FILE'];
  const variable =
    named === undefined || named === ''
      ? 'the CLI configuration file (~/.tofurc or ~/.terraformrc)'
      : `TF_CLI_CONFIG_FILE (${JSON.stringify(named)})`;
  return `The engine's CLI configuration is unusable (${detail}): fix or unset ${variable}`;
}

/**
 * The JSON document of a `-json` command, with anything the engine printed in front of it (the
 * CLI configuration warning) left out. Text without a document comes back as it was, so the
 * caller's parser reports it.
 */
export function engineJsonText(stdout: string): string {
  const start = stdout.search(/^[ \t]*[{[]/m);
  return start <= 0 ? stdout : stdout.slice(start);
}

/** What each engine binary said of its CLI configuration, by binary and configuration file. */
const verdicts = new Map<string, Promise<string | undefined>>();

function verdictKey(binary: string, env: NodeJS.ProcessEnv): string {
  return `${binary}\0${env['TF_CLI_CONFIG_FILE'] ?? ''}\0${env['HOME'] ?? ''}`;
}

/** Keeps what a `version -json` run already said, so the check costs no second process. */
export function recordCliConfigVerdict(
  binary: string,
  env: NodeJS.ProcessEnv,
  output: { stdout: string; stderr: string }
): void {
  verdicts.set(verdictKey(binary, env), Promise.resolve(cliConfigProblem(output, env)));
}

/**
 * Fails in one line, before any command that would reach for providers, when the engine cannot
 * use its CLI configuration (one `version -json`, a few tens of milliseconds, once per binary).
 */
export async function assertUsableCliConfig(binary: string, env: NodeJS.ProcessEnv): Promise<void> {
  const key = verdictKey(binary, env);
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = runProcess(binary, ['version', '-json'], { env, timeoutMs: 30_000 }).then(
      (output) => cliConfigProblem(output, env),
      () => undefined
    );
    verdicts.set(key, verdict);
  }
  const problem = await verdict;
  if (problem !== undefined) throw new CliConfigError(problem);
}
