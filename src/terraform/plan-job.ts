import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureFolder, writeFileSafely } from '../common/safe-fs.js';
import { sha256File } from '../common/hash.js';
import { planArgs, showJsonArgs, showTextArgs } from './args.js';
import { EngineCommandError, errorDiagnostics } from './diagnostics.js';
import {
  computePlanId,
  parsePlanText,
  summarizePlan,
  type PlanJson,
  type PlanSummary
} from './plan.js';
import { redactKnownSecrets } from '../common/secrets.js';
import { planSecrets, redactPlanJson } from './redact.js';
import {
  engineFailure,
  engineTimeout,
  LOCK_FILE,
  maskSecrets,
  maskStateSecrets,
  prepareStack,
  type StackDependencies,
  type StackSettings
} from './stack.js';

export interface PlanJobSettings extends StackSettings {
  varFiles: string[];
  destroy: boolean;
  outDir: string;
  /**
   * The folder the out folder must stay in (the workspace or the runner's temp); no level below it
   * may be a symbolic link. Default: the out folder's parent.
   */
  outRoot?: string;
}

export interface PlanJobResult {
  summary: PlanSummary;
  /** The engine's `-detailed-exitcode`: 0 the plan changes nothing, 2 it changes something. */
  detailedExitCode: 0 | 2;
  planId: string;
  planSha256: string;
  planPath: string;
  planJsonPath: string;
  planTextPath: string;
}

export const PLAN_FILE = 'tfplan';
export const PLAN_JSON_FILE = 'tfplan.json';
export const PLAN_TEXT_FILE = 'tfplan.txt';

/**
 * init, plan and show: writes the binary plan, its JSON (sensitive values redacted) and its text
 * into the out folder, and returns the summary and the plan's two identities. On failure the
 * files it started are removed, so no half-made plan is left to be applied.
 */
export async function runPlanJob(
  settings: PlanJobSettings,
  deps: StackDependencies
): Promise<PlanJobResult> {
  return (await runPlanJobWith(settings, deps, () => Promise.resolve())).result;
}

/**
 * runPlanJob, with `alongside` started on the plan's JSON as soon as it is written, while the
 * engine renders the plan's text (tf-plan evaluates its policy there). Its outcome is returned
 * settled, not thrown, so a failure of it still leaves the plan to report; a failure of the plan
 * waits for it before the plan's files are removed.
 */
export async function runPlanJobWith<T>(
  settings: PlanJobSettings,
  deps: StackDependencies,
  alongside: (planJsonPath: string) => Promise<T>
): Promise<{ result: PlanJobResult; alongside: PromiseSettledResult<T> }> {
  const planPath = join(settings.outDir, PLAN_FILE);
  const planJsonPath = join(settings.outDir, PLAN_JSON_FILE);
  const planTextPath = join(settings.outDir, PLAN_TEXT_FILE);
  const written = [planPath, planJsonPath, planTextPath];
  const outRoot = settings.outRoot ?? dirname(settings.outDir);
  // A link planted at the out folder or a plan file would make the engine write through it.
  ensureFolder(outRoot, settings.outDir);
  for (const file of written) rmSync(file, { force: true });
  let beside: Promise<PromiseSettledResult<T>> | undefined;
  try {
    const engine = await prepareStack(settings, deps);
    const cwd = settings.workingDirectory;
    const timeoutMs = engineTimeout(settings.lockTimeout);
    // The state is read while the engine plans; the plan's output is held until its secrets are
    // masked, so the log shows it as if the read had come first.
    const masked = maskStateSecrets(engine, settings, deps);
    const planned = deps.log.group(`${settings.engine} plan`, async () => {
      const args = planArgs({
        out: planPath,
        destroy: settings.destroy,
        varFiles: settings.varFiles,
        lockTimeout: settings.lockTimeout
      });
      const result = await engine.run(args, { cwd, timeoutMs, holdOutputUntil: masked });
      // -detailed-exitcode: 0 no changes, 2 changes, anything else an error.
      if (result.exitCode !== 0 && result.exitCode !== 2) {
        throw engineFailure(
          `${settings.engine} plan`,
          result.exitCode,
          result.stdout + result.stderr,
          settings.lockTimeout
        );
      }
      return result.exitCode === 2 ? (2 as const) : (0 as const);
    });
    const [mask, plan] = await Promise.allSettled([masked, planned]);
    if (mask.status === 'rejected') throw mask.reason;
    if (plan.status === 'rejected') throw plan.reason;
    const detailedExitCode = plan.value;

    const read = await deps.log.group('Read the plan', async () => {
      const json = await engine.run(showJsonArgs(planPath), { cwd, timeoutMs, stream: false });
      if (json.exitCode !== 0) {
        throw new EngineCommandError(
          `${settings.engine} show -json`,
          json.exitCode,
          errorDiagnostics(json.stderr)
        );
      }
      const { plan, raw } = parsePlanText(json.stdout, `${settings.engine} show -json`);
      const planId = stackPlanId(plan, settings);
      const secrets = planSecrets(raw);
      maskSecrets(deps, secrets);
      writeFileSafely(outRoot, planJsonPath, JSON.stringify(redactPlanJson(raw)), {
        mode: 0o600
      });
      // The text is read from the engine while `alongside` works on the JSON.
      const started = settle(alongside(planJsonPath));
      beside = started;
      const text = await engine.run(showTextArgs(planPath), { cwd, timeoutMs, stream: false });
      if (text.exitCode !== 0) {
        throw new EngineCommandError(
          `${settings.engine} show`,
          text.exitCode,
          errorDiagnostics(text.stderr)
        );
      }
      // The text shows values derived from secrets unmarked: every known secret is taken out.
      writeFileSafely(outRoot, planTextPath, redactKnownSecrets(text.stdout, secrets), {
        mode: 0o600
      });

      const summary = summarizePlan(plan);
      const planSha256 = await sha256File(planPath);
      deps.log.info(
        `Plan: ${summary.add} to add, ${summary.change} to change, ${summary.destroy} to destroy ` +
          `(${summary.replace} replaced); plan-id ${planId}; plan-sha256 ${planSha256}`
      );
      const result = {
        summary,
        detailedExitCode,
        planId,
        planSha256,
        planPath,
        planJsonPath,
        planTextPath
      };
      return { result, alongside: started };
    });
    return { result: read.result, alongside: await read.alongside };
  } catch (error) {
    await beside;
    for (const file of written) rmSync(file, { force: true });
    throw error;
  }
}

function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason })
  );
}

/** The plan-id of a plan of this stack: its changes, the engine and the stack's lock file. */
export function stackPlanId(plan: PlanJson, settings: StackSettings): string {
  const lockFile = join(settings.workingDirectory, LOCK_FILE);
  return computePlanId(
    plan,
    settings.engine,
    existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : undefined
  );
}

/** The job's results under the names of tf-plan's outputs. */
export function planOutputs(result: PlanJobResult): Record<string, string> {
  const s = result.summary;
  return {
    'has-changes': String(s.hasChanges),
    add: String(s.add),
    change: String(s.change),
    destroy: String(s.destroy),
    replace: String(s.replace),
    'plan-path': result.planPath,
    'plan-json-path': result.planJsonPath,
    'plan-text-path': result.planTextPath,
    'plan-sha256': result.planSha256,
    'plan-id': result.planId
  };
}
