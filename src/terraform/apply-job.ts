import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ActionError } from '../common/errors.js';
import { sha256File } from '../common/hash.js';
import { writeFileSafely } from '../common/safe-fs.js';
import { applyArgs, outputJsonArgs, showJsonArgs } from './args.js';
import { parsePlanJson } from './plan.js';
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
  /**
   * Called with the plan-id the engine reads from the plan file, after init and before apply:
   * throwing stops the apply with the state untouched.
   */
  verifyPlanId?: (planId: string) => Promise<void>;
}

export class PlanHashMismatchError extends ActionError {
  constructor(path: string, expected: string, actual: string) {
    super(
      `The plan file ${path} has sha256 ${actual}, not the approved ${expected}: it is not the plan ` +
        `that was reviewed. Nothing was applied. Apply the plan file tf-plan produced, unchanged.`
    );
  }
}

export class PlanFileMissingError extends ActionError {
  constructor(path: string) {
    super(
      `Input 'plan-path' names ${path}, which does not exist: download the plan artifact tf-plan ` +
        `uploaded before this step`
    );
  }
}

/**
 * Applies exactly the approved plan file: its sha256 is checked before the engine is installed or
 * called, a stale plan and a held lock become errors a user can act on, and the outputs are written
 * whole while every sensitive value is masked and kept out of what is returned.
 */
export async function runApplyJob(
  settings: ApplyJobSettings,
  deps: ApplyDependencies
): Promise<ApplyJobResult> {
  await deps.log.group('Verify the plan file', async () => {
    if (!existsSync(settings.planPath)) throw new PlanFileMissingError(settings.planPath);
    const actual = await sha256File(settings.planPath);
    if (actual !== settings.planSha256) {
      throw new PlanHashMismatchError(settings.planPath, settings.planSha256, actual);
    }
    deps.log.info(`sha256 ${actual} matches plan-sha256`);
  });

  const engine = await prepareStack(settings, deps);
  const cwd = settings.workingDirectory;
  const timeoutMs = engineTimeout(settings.lockTimeout);

  const verify = deps.verifyPlanId;
  // The plan's sensitive values (prior state included) are masked before apply streams its output.
  await deps.log.group(
    verify === undefined ? 'Read the plan' : 'Recompute the plan-id',
    async () => {
      const show = await engine.run(showJsonArgs(settings.planPath), {
        cwd,
        timeoutMs,
        stream: false
      });
      if (show.exitCode !== 0) {
        throw new EngineCommandError(
          `${settings.engine} show -json`,
          show.exitCode,
          errorDiagnostics(show.stderr)
        );
      }
      const count = maskSecrets(deps, planSecrets(JSON.parse(show.stdout)));
      deps.log.info(`Masked ${count} sensitive value${count === 1 ? '' : 's'} of the plan`);
      if (verify === undefined) return;
      const planId = stackPlanId(parsePlanJson(show.stdout), settings);
      deps.log.info(`plan-id ${planId}`);
      await verify(planId);
    }
  );

  await deps.log.group(`${settings.engine} apply`, async () => {
    const result = await engine.run(
      applyArgs({ planFile: settings.planPath, lockTimeout: settings.lockTimeout }),
      {
        cwd,
        timeoutMs
      }
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

/** The job's results under the names of tf-apply's outputs. */
export function applyOutputs(result: ApplyJobResult): Record<string, string> {
  return {
    applied: String(result.applied),
    'outputs-path': result.outputsPath,
    outputs: JSON.stringify(result.outputs)
  };
}
