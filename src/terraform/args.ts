/** Pure builders of the engine's argument vectors. Never a shell string. */

export interface InitArgs {
  backendConfig: readonly string[];
  lockfileReadonly: boolean;
  lockTimeout: string;
}

export function initArgs(o: InitArgs): string[] {
  return [
    'init',
    '-input=false',
    '-no-color',
    ...(o.lockfileReadonly ? ['-lockfile=readonly'] : []),
    `-lock-timeout=${o.lockTimeout}`,
    ...o.backendConfig.map((entry) => `-backend-config=${entry}`)
  ];
}

export interface PlanArgs {
  out: string;
  destroy: boolean;
  varFiles: readonly string[];
  lockTimeout: string;
}

export function planArgs(o: PlanArgs): string[] {
  return [
    'plan',
    '-input=false',
    '-no-color',
    '-detailed-exitcode',
    `-lock-timeout=${o.lockTimeout}`,
    `-out=${o.out}`,
    ...(o.destroy ? ['-destroy'] : []),
    ...o.varFiles.map((file) => `-var-file=${file}`)
  ];
}

export function showJsonArgs(planFile: string): string[] {
  return ['show', '-json', '-no-color', planFile];
}

/** The state as JSON (`show -json` without a plan file): its sensitive values, to mask them. */
export function showStateJsonArgs(): string[] {
  return ['show', '-json', '-no-color'];
}

export function showTextArgs(planFile: string): string[] {
  return ['show', '-no-color', planFile];
}

export function applyArgs(o: { planFile: string; lockTimeout: string }): string[] {
  return ['apply', '-input=false', '-no-color', `-lock-timeout=${o.lockTimeout}`, o.planFile];
}

export function outputJsonArgs(): string[] {
  return ['output', '-json', '-no-color'];
}
