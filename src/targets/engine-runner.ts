import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mapInputReader } from '../common/inputs.js';
import type { Log } from '../common/log.js';
import { runApplyJob } from '../terraform/apply-job.js';
import type { EngineInstallation, InstallOptions } from '../terraform/install.js';
import { runPlanJob, type PlanJobSettings } from '../terraform/plan-job.js';
import { readStackInputs } from '../terraform/stack-inputs.js';
import { LOCK_FILE } from '../terraform/stack.js';
import type { Detection } from './detect.js';
import type { Target } from './graph.js';
import { stackName } from './render.js';
import type { StackRunner } from './schedule.js';

export interface EngineRunSettings {
  mode: 'plan' | 'apply';
  destroy: boolean;
  /** As tf-plan's inputs: engine, engine-version, backend-config (one a line), lock-timeout. */
  inputs: Record<string, string>;
  /** Absolute: each stack's plan files go to a folder of its own below it. */
  outDir: string;
}

export interface EngineRunDependencies {
  /** The log of one stack's run. */
  logFor: (path: string) => Log;
  install: (options: InstallOptions) => Promise<EngineInstallation>;
  /** Told of secrets in an apply's outputs (a terminal has no runner to mask them). */
  maskSecret: (value: string) => void;
}

/**
 * Every target's tf-plan settings, read and checked before any stack runs, so a bad flag or a
 * missing folder stops the run with nothing planned.
 */
export function planSettings(
  detection: Detection,
  settings: EngineRunSettings
): Map<string, PlanJobSettings> {
  const out = new Map<string, PlanJobSettings>();
  for (const target of detection.selection.targets) {
    const stack = detection.repository.stacks.get(target.path)!;
    const workingDirectory =
      stack.rootModule === '.' ? detection.root : join(detection.root, stack.rootModule);
    const shared = readStackInputs(
      mapInputReader({
        ...settings.inputs,
        'working-directory': workingDirectory,
        'state-key': stack.stateKey ?? ''
      }),
      { workspace: detection.top, temp: settings.outDir }
    );
    out.set(target.path, {
      ...shared,
      varFiles: stack.varFiles.map((f) => join(detection.root, f)),
      destroy: settings.destroy,
      outDir: join(settings.outDir, stackName(target.path))
    });
  }
  return out;
}

function changes(summary: { add: number; change: number; destroy: number }): string {
  return `+${summary.add} ~${summary.change} -${summary.destroy}`;
}

/**
 * Runs one target through the code of tf-plan (and of tf-apply, applying the plan just made and
 * checked by its sha256). Configuration-only targets share their root module's folder, so each
 * gets its own engine data folder (TF_DATA_DIR) beside its plan.
 */
export function engineRunner(
  detection: Detection,
  prepared: ReadonlyMap<string, PlanJobSettings>,
  settings: EngineRunSettings,
  deps: EngineRunDependencies
): StackRunner {
  // One installation for all stacks: parallel runs must not race to download the same engine.
  const installs = new Map<string, Promise<EngineInstallation>>();
  const install = (options: InstallOptions): Promise<EngineInstallation> => {
    const key = `${options.engine}@${options.version}`;
    let promise = installs.get(key);
    if (promise === undefined) installs.set(key, (promise = deps.install(options)));
    return promise;
  };
  // The first init of a shared root module without a lock file writes one: the other targets of
  // that module wait for it, then init with the lock file read-only, in parallel.
  const firstOfModule = new Map<string, Promise<unknown>>();
  return async (target: Target) => {
    const plan = prepared.get(target.path)!;
    const stack = detection.repository.stacks.get(target.path)!;
    const log = deps.logFor(target.path);
    mkdirSync(plan.outDir, { recursive: true });
    if (stack.kind === 'configuration') {
      const first = firstOfModule.get(stack.rootModule);
      if (first !== undefined) await first.catch(() => undefined);
      else if (!existsSync(join(plan.workingDirectory, LOCK_FILE))) {
        const run = runStack(plan, stack.kind, log);
        firstOfModule.set(stack.rootModule, run);
        return run;
      }
    }
    return runStack(plan, stack.kind, log);
  };

  async function runStack(
    plan: PlanJobSettings,
    kind: 'stack' | 'configuration',
    log: Log
  ): Promise<{ changes: string }> {
    const environment =
      kind === 'configuration' ? { TF_DATA_DIR: join(plan.outDir, 'terraform-data') } : undefined;
    const jobDeps = { log, install, ...(environment === undefined ? {} : { environment }) };
    const planned = await runPlanJob(plan, jobDeps);
    if (settings.mode === 'plan') return { changes: changes(planned.summary) };
    if (!planned.summary.hasChanges) return { changes: changes(planned.summary) };
    await runApplyJob(
      {
        ...plan,
        planPath: planned.planPath,
        planSha256: planned.planSha256,
        outputsPath: join(plan.outDir, 'outputs.json')
      },
      { ...jobDeps, maskSecret: deps.maskSecret }
    );
    return { changes: changes(planned.summary) };
  }
}

/** A log for one stack among many on the terminal: every line prefixed with the stack. */
export function prefixedLog(path: string, stream: NodeJS.WritableStream = process.stderr): Log {
  const write = (text: string): void => {
    for (const line of text.split('\n')) stream.write(`[${path}] ${line}\n`);
  };
  return {
    info: write,
    warning: (message) => write(`warning: ${message}`),
    group: async (title, fn) => {
      write(`== ${title}`);
      return fn();
    }
  };
}
