import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import type { ProcessResult } from '../common/process.js';
import type { BuildScanPushDeps } from './model.js';

/** A build that failed, with the instruction that failed. */
export class BuildError extends ActionError {}
export class ToolError extends ActionError {}

const MINUTE = 60_000;
export const TIMEOUTS = {
  build: 60 * MINUTE,
  scan: 20 * MINUTE,
  push: 20 * MINUTE,
  sign: 5 * MINUTE
};

/** The last lines of a tool's output, for an error message. */
export function tail(text: string, lines = 12): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Streams a tool's output to the log line by line. */
export function lineLogger(log: Log): { write: (chunk: string) => void; flush: () => void } {
  let pending = '';
  return {
    write(chunk) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) log.info(line);
    },
    flush() {
      if (pending !== '') log.info(pending);
      pending = '';
    }
  };
}

/**
 * Runs a tool, its output streamed to the log unless quiet; a non-zero exit is a ToolError, or
 * the error `fail` makes of the result.
 */
export async function runTool(
  deps: Pick<BuildScanPushDeps, 'log' | 'run'>,
  binary: string,
  args: string[],
  options: {
    timeoutMs: number;
    what: string;
    env?: NodeJS.ProcessEnv;
    quiet?: boolean;
    fail?: (result: ProcessResult) => Error;
  }
): Promise<ProcessResult> {
  const out = lineLogger(deps.log);
  const result = await deps.run(binary, args, {
    timeoutMs: options.timeoutMs,
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.quiet === true ? {} : { onStdout: out.write, onStderr: out.write })
  });
  out.flush();
  if (result.exitCode !== 0 && options.fail !== undefined) throw options.fail(result);
  if (result.exitCode !== 0)
    throw new ToolError(
      `${options.what} failed (${binary} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`
    );
  return result;
}
