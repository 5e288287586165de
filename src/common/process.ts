import { spawn } from 'node:child_process';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the process (and its group) after this many milliseconds. */
  timeoutMs: number;
  /** Called with each chunk of output as it arrives, to stream it to the log. */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  input?: string;
}

export class ProcessTimeoutError extends Error {
  constructor(command: string, timeoutMs: number) {
    super(`${command} did not finish within ${Math.round(timeoutMs / 1000)}s and was stopped`);
    this.name = 'ProcessTimeoutError';
  }
}

export class ProcessStartError extends Error {
  constructor(command: string, cause: Error) {
    super(`Could not start ${command}: ${cause.message}`);
    this.name = 'ProcessStartError';
  }
}

/**
 * Runs a program with an argument vector (never a shell string), captures its output and stops it
 * when the timeout passes. A non-zero exit is returned, not thrown: callers decide what it means.
 *
 * Not the toolkit's `@actions/exec`: its runner has no deadline that stops a program (its only
 * timeout is how long it waits for the output streams after an exit), cannot stop a program's
 * children (an engine's provider plugins live in its process group, killed here with the group),
 * and prints each command line unredacted unless silenced. A hung provider must not hold a runner
 * for the job's six hours, and a backend password on a command line must not reach the log.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32'
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32')
          process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      options.onStdout?.(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      options.onStderr?.(chunk.toString('utf8'));
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ProcessStartError(command, error));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new ProcessTimeoutError(command, options.timeoutMs));
        return;
      }
      resolvePromise({
        exitCode: code ?? (signal === null ? 1 : 128),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      });
    });
    // A program that exits without reading its input closes the pipe first: EPIPE here is not an
    // error of the run (its exit code says how it went), and unhandled it would crash the caller.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
