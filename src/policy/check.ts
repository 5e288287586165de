import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createFileExclusive, privateTempDir } from '../common/safe-fs.js';
import { join } from 'node:path';
import { ActionError } from '../common/errors.js';
import { parsePlanText } from '../terraform/plan.js';
import { redactPlanJson } from '../terraform/redact.js';
import { evaluatePolicy, type PolicyDecision, type PolicyEvaluator } from './evaluate.js';
import type { PolicySettings } from './inputs.js';

/** The plan file could not be read as a plan. */
export class PlanFileError extends ActionError {}

export interface PlanPolicyCheck {
  opa: string;
  /** A plan as `tofu show -json` / `terraform show -json` writes it. */
  planFile: string;
  policyDir: string;
  dataFile?: string;
  environment: string;
}

/**
 * What tf-plan does with a plan, for a plan file at hand: sensitive values redacted first, then the
 * policy library evaluated over it with the real OPA.
 */
export async function checkPlanPolicy(o: PlanPolicyCheck): Promise<PolicyDecision> {
  if (!existsSync(o.planFile) || !statSync(o.planFile).isFile())
    throw new PlanFileError(`The plan ${o.planFile} does not exist: expected a show -json file`);
  const { raw } = parsePlanText(readFileSync(o.planFile, 'utf8'), `The plan ${o.planFile}`);
  const scratch = privateTempDir('policy-check-');
  try {
    const planJsonPath = join(scratch, 'plan.json');
    createFileExclusive(planJsonPath, JSON.stringify(redactPlanJson(raw)), 0o600);
    return await evaluatePolicy({
      opa: o.opa,
      policyDir: o.policyDir,
      ...(o.dataFile === undefined ? {} : { dataFile: o.dataFile }),
      environment: o.environment,
      planJsonPath
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The policy over a plan the engine just read (`show -json`, sensitive values included): redacted
 * first, as tf-plan writes it, into a private file the evaluator reads and that is removed after.
 */
export async function checkPlanJsonPolicy(
  evaluate: PolicyEvaluator,
  plan: unknown,
  settings: PolicySettings
): Promise<PolicyDecision> {
  const scratch = privateTempDir('policy-plan-');
  try {
    const planJsonPath = join(scratch, 'plan.json');
    createFileExclusive(planJsonPath, JSON.stringify(redactPlanJson(plan)), 0o600);
    return await evaluate({ ...settings, planJsonPath });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
