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
  outputsDir: string
): Promise<ApplyJobResult & { masked: string[]; log: string[] }> {
  const log = memoryLog();
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
