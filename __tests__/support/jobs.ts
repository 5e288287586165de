import { join } from 'node:path';
import { memoryLog } from '../../src/common/log.js';
import { runApplyJob, type ApplyJobResult } from '../../src/terraform/apply-job.js';
import { installEngine } from '../../src/terraform/install.js';
import { runPlanJob, type PlanJobResult } from '../../src/terraform/plan-job.js';
import type { StackSettings } from '../../src/terraform/stack.js';
import { tool, toolEnv } from './tools.js';

/** Runs the engine jobs in this process with the toolchain's engine and the offline mirror. */
export function useToolchain(): void {
  tool('tofu');
  Object.assign(process.env, toolEnv());
}

export function stackSettings(
  workingDirectory: string,
  extra: Partial<StackSettings> = {}
): StackSettings {
  return {
    workingDirectory,
    engine: 'tofu',
    engineVersion: '1.12.6',
    backendConfig: [],
    lockTimeout: '300s',
    ...extra
  };
}

export async function plan(
  settings: StackSettings,
  options: { outDir: string; varFiles?: string[]; destroy?: boolean }
): Promise<PlanJobResult & { log: string[] }> {
  const log = memoryLog();
  const result = await runPlanJob(
    {
      ...settings,
      varFiles: options.varFiles ?? [],
      destroy: options.destroy ?? false,
      outDir: options.outDir
    },
    { log, install: installEngine }
  );
  return { ...result, log: log.lines };
}

export async function apply(
  settings: StackSettings,
  planned: { planPath: string; planSha256: string },
  outputsDir: string,
  onLog?: (text: string) => void
): Promise<ApplyJobResult & { masked: string[]; log: string[] }> {
  const log = memoryLog();
  if (onLog !== undefined) {
    const info = log.info;
    log.info = (message) => {
      info(message);
      onLog(message);
    };
  }
  const masked: string[] = [];
  const result = await runApplyJob(
    {
      ...settings,
      planPath: planned.planPath,
      planSha256: planned.planSha256,
      outputsPath: join(outputsDir, 'outputs.json')
    },
    { log, install: installEngine, maskSecret: (s) => masked.push(s) }
  );
  return { ...result, masked, log: log.lines };
}

/**
 * Starts an apply that holds the state lock while its provisioner sleeps, and resolves once the
 * engine says the provisioner runs: from then until the apply ends, the lock is held.
 */
export async function holdLock(
  settings: StackSettings,
  planned: { planPath: string; planSha256: string },
  outputsDir: string,
  timeoutMs = 60_000
): Promise<{ done: Promise<ApplyJobResult> }> {
  let signal: () => void = () => undefined;
  const provisioning = new Promise<void>((resolve) => (signal = resolve));
  const done = apply(settings, planned, outputsDir, (text) => {
    if (text.includes("Provisioning with 'local-exec'")) signal();
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the holder did not start provisioning within ${timeoutMs} ms`)),
      timeoutMs
    );
  });
  try {
    await Promise.race([
      provisioning,
      timeout,
      done.then(() =>
        Promise.reject(new Error('the holder finished before it was seen holding the lock'))
      )
    ]);
  } finally {
    clearTimeout(timer);
  }
  return { done };
}
