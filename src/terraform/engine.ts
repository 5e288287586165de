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
      const stream = options.stream !== false;
      const env = engineEnvironment({ ...process.env, ...extra });
      await assertUsableCliConfig(installation.binary, env);
      return runProcess(installation.binary, args, {
        cwd: options.cwd,
        env,
        timeoutMs: options.timeoutMs,
        ...(stream
          ? {
              onStdout: (chunk: string) => log.info(redactQuotedSecrets(chunk.replace(/\n$/, ''))),
              onStderr: (chunk: string) => log.info(redactQuotedSecrets(chunk.replace(/\n$/, '')))
            }
          : {})
      });
    }
  };
}
