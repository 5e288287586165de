import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ActionError, InputError } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import { writeFileSafely } from '../common/safe-fs.js';
import { applyArgs, outputJsonArgs, showJsonArgs } from './args.js';
import type { Log } from '../common/log.js';
import type { Engine } from './engine.js';
import { parsePlanText } from './plan.js';
import { stackPlanId } from './plan-job.js';
import {
  EngineCommandError,
  errorDiagnostics,
  isStalePlan,
  StalePlanError
} from './diagnostics.js';
import { planSecrets, redactOutputs, sensitiveStrings, type EngineOutputs } from './redact.js';
import {
  engineFailure,
  engineTimeout,
  maskSecrets,
  prepareStack,
  type StackDependencies,
  type StackSettings
} from './stack.js';

export interface ApplyJobSettings extends StackSettings {
  planPath: string;
  planSha256: string;
  outputsPath: string;
  /** The folder the outputs file must stay in, no link below it (default: the file's folder). */
  outputsRoot?: string;
}

export interface ApplyJobResult {
  applied: boolean;
  outputsPath: string;
  /** Output values with the sensitive ones replaced by `(sensitive)`. */
  outputs: Record<string, unknown>;
}

export interface ApplyDependencies extends StackDependencies {
  /** Registers a value the runner must mask in every log line from now on. */
  maskSecret: (value: string) => void;
}

export class PlanHashMismatchError extends ActionError {
  constructor(path: string, expected: string, actual: string) {
    super(
      `The plan file ${path} has sha256 ${actual}, not the approved ${expected}: it is not the plan ` +
        `that was reviewed. Nothing was applied. Apply the plan file tf-plan produced, unchanged.`
    );
  }
}

/** An input error, reported with the other bad inputs, in the words of the step it fails. */
export class PlanFileMissingError extends InputError {
  constructor(path: string, raw = path) {
    super('plan-path', raw, 'no such file');
    this.message =
      `Input 'plan-path' names ${path}, which does not exist: download the plan artifact tf-plan ` +
      `uploaded before this step`;
  }
}

/** The plan file is the approved one: it exists and has the sha256 given, before any engine runs. */
export async function verifyPlanFile(settings: ApplyJobSettings, log: Log): Promise<void> {
  await log.group('Verify the plan file', async () => {
    if (!existsSync(settings.planPath)) throw new PlanFileMissingError(settings.planPath);
    const actual = await sha256File(settings.planPath);
    if (actual !== settings.planSha256) {
      throw new PlanHashMismatchError(settings.planPath, settings.planSha256, actual);
    }
    log.info(`sha256 ${actual} matches plan-sha256`);
  });
}

/** The plan file as the engine reads it, with the stack initialised to apply it. */
export interface ReadPlan {
  engine: Engine;
  planId: string;
  /** The plan as `show -json` prints it (sensitive values included: redact before writing). */
  json: unknown;
}

/**
 * Installs the engine, initialises the stack and reads the plan file: its plan-id, and its JSON
 * for the policy. The plan's sensitive values (prior state included) are masked before apply
 * streams its output.
 */
export async function readPlanFile(
  settings: ApplyJobSettings,
  deps: ApplyDependencies
): Promise<ReadPlan> {
  const engine = await prepareStack(settings, deps);
  return deps.log.group('Read the plan', async () => {
    const show = await engine.run(showJsonArgs(settings.planPath), {
      cwd: settings.workingDirectory,
      timeoutMs: engineTimeout(settings.lockTimeout),
      stream: false
    });
    if (show.exitCode !== 0) {
      throw new EngineCommandError(
        `${settings.engine} show -json`,
        show.exitCode,
        errorDiagnostics(show.stderr)
      );
    }
    const { plan, raw } = parsePlanText(show.stdout, `${settings.engine} show -json`);
    const count = maskSecrets(deps, planSecrets(raw));
    deps.log.info(`Masked ${count} sensitive value${count === 1 ? '' : 's'} of the plan`);
    const planId = stackPlanId(plan, settings);
    deps.log.info(`plan-id ${planId}`);
    return { engine, planId, json: raw };
  });
}

/**
 * Applies the plan file read by readPlanFile: a stale plan and a held lock become errors a user
 * can act on, and the outputs are written whole while every sensitive value is masked and kept
 * out of what is returned.
 */
export async function applyPlanFile(
  settings: ApplyJobSettings,
  deps: ApplyDependencies,
  engine: Engine
): Promise<ApplyJobResult> {
  const cwd = settings.workingDirectory;
  const timeoutMs = engineTimeout(settings.lockTimeout);
  await deps.log.group(`${settings.engine} apply`, async () => {
    const result = await engine.run(
      applyArgs({ planFile: settings.planPath, lockTimeout: settings.lockTimeout }),
      { cwd, timeoutMs }
    );
    if (result.exitCode !== 0) {
      const output = result.stdout + result.stderr;
      if (isStalePlan(output)) throw new StalePlanError();
      throw engineFailure(
        `${settings.engine} apply`,
        result.exitCode,
        output,
        settings.lockTimeout
      );
    }
  });

  return deps.log.group('Read the outputs', async () => {
    const result = await engine.run(outputJsonArgs(), { cwd, timeoutMs, stream: false });
    if (result.exitCode !== 0) {
      throw new EngineCommandError(
        `${settings.engine} output -json`,
        result.exitCode,
        errorDiagnostics(result.stderr)
      );
    }
    const outputs = JSON.parse(result.stdout) as EngineOutputs;
    maskSecrets(deps, sensitiveStrings(outputs));
    writeFileSafely(
      settings.outputsRoot ?? dirname(settings.outputsPath),
      settings.outputsPath,
      JSON.stringify(outputs, null, 2) + '\n',
      { mode: 0o600 }
    );
    return { applied: true, outputsPath: settings.outputsPath, outputs: redactOutputs(outputs) };
  });
}

/**
 * Applies exactly the approved plan file, without a gate (the CLI, `platformctl run`): its sha256
 * checked before the engine is installed or called, then read and applied.
 */
export async function runApplyJob(
  settings: ApplyJobSettings,
  deps: ApplyDependencies
): Promise<ApplyJobResult> {
  await verifyPlanFile(settings, deps.log);
  const { engine } = await readPlanFile(settings, deps);
  return applyPlanFile(settings, deps, engine);
}

/** The job's results under the names of tf-apply's outputs. */
export function applyOutputs(result: ApplyJobResult): Record<string, string> {
  return {
    applied: String(result.applied),
    'outputs-path': result.outputsPath,
    outputs: JSON.stringify(result.outputs)
  };
}
