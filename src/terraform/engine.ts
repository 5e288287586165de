import { runProcess, type ProcessResult } from '../common/process.js';
import type { Log } from '../common/log.js';
import { redactAssignment, redactQuotedSecrets } from '../common/secrets.js';
import type { EngineInstallation } from './install.js';
import { assertUsableCliConfig } from './cli-config.js';

export interface EngineRunOptions {
  cwd: string;
  timeoutMs: number;
  /** Stream the engine's output to the log as it comes (off for machine output such as JSON). */
  stream?: boolean;
  /**
   * The streamed output is held back until this settles (the masks of the state's secrets
   * registered, say); if it rejects, the held output is dropped: never printed unmasked.
   */
  holdOutputUntil?: Promise<unknown>;
}

/** The one way this library talks to the engine binary. */
export interface Engine {
  readonly installation: EngineInstallation;
  run(args: readonly string[], options: EngineRunOptions): Promise<ProcessResult>;
}

/** The environment every engine run gets: no prompts, output meant for automation. */
export function engineEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...base, TF_IN_AUTOMATION: '1', TF_INPUT: '0', NO_COLOR: '1' };
}

export function engineCli(
  installation: EngineInstallation,
  log: Log,
  extra: Readonly<Record<string, string>> = {}
): Engine {
  return {
    installation,
    run: async (args, options) => {
      // Backend settings and URLs on the command line, and tfvars lines a diagnostic quotes, are
      // printed with their credentials hidden.
      log.info(`$ ${installation.engine} ${args.map(redactAssignment).join(' ')}`);
      const env = engineEnvironment({ ...process.env, ...extra });
      await assertUsableCliConfig(installation.binary, env);
      if (options.stream === false) {
        return runProcess(installation.binary, args, {
          cwd: options.cwd,
          env,
          timeoutMs: options.timeoutMs
        });
      }
      const printer = heldPrinter(
        (chunk) => log.info(redactQuotedSecrets(chunk.replace(/\n$/, ''))),
        options.holdOutputUntil
      );
      const result = await runProcess(installation.binary, args, {
        cwd: options.cwd,
        env,
        timeoutMs: options.timeoutMs,
        onStdout: printer.write,
        onStderr: printer.write
      });
      await printer.flushed;
      return result;
    }
  };
}

/** Prints chunks as they come, or holds them until `hold` settles (dropping them if it rejects). */
export function heldPrinter(
  print: (chunk: string) => void,
  hold: Promise<unknown> | undefined
): { write: (chunk: string) => void; flushed: Promise<void> } {
  if (hold === undefined) return { write: print, flushed: Promise.resolve() };
  let held: string[] | undefined = [];
  let dropped = false;
  const flushed = hold.then(
    () => {
      for (const chunk of held ?? []) print(chunk);
      held = undefined;
    },
    () => {
      held = undefined;
      dropped = true;
    }
  );
  return {
    write: (chunk) => {
      if (held !== undefined) held.push(chunk);
      else if (!dropped) print(chunk);
    },
    flushed
  };
}
