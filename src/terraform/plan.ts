import { z } from 'zod';
import { canonicalJson, sha256Text } from '../common/hash.js';

/** The engine's action lists, as `show -json` writes them. */
const ActionSchema = z.enum(['no-op', 'create', 'read', 'update', 'delete', 'forget', 'open']);

const ChangeSchema = z.looseObject({
  actions: z.array(ActionSchema).min(1),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  replace_paths: z.unknown().optional(),
  importing: z.unknown().optional()
});

const ResourceChangeSchema = z.looseObject({
  address: z.string().min(1),
  module_address: z.string().optional(),
  mode: z.enum(['managed', 'data']),
  type: z.string(),
  name: z.string(),
  index: z.unknown().optional(),
  provider_name: z.string().optional(),
  action_reason: z.string().optional(),
  previous_address: z.string().optional(),
  change: ChangeSchema
});

/** The part of the engine's plan JSON (format 1.x) this library relies on; the rest passes through. */
export const PlanJsonSchema = z.looseObject({
  format_version: z.string().regex(/^1\./, 'a plan JSON format 1.x'),
  terraform_version: z.string(),
  resource_changes: z.array(ResourceChangeSchema).optional().default([]),
  output_changes: z.record(z.string(), ChangeSchema).optional().default({}),
  resource_drift: z.array(ResourceChangeSchema).optional(),
  variables: z.record(z.string(), z.looseObject({ value: z.unknown().optional() })).optional(),
  configuration: z.unknown().optional(),
  planned_values: z.unknown().optional(),
  prior_state: z.unknown().optional(),
  errored: z.boolean().optional()
});

export type PlanJson = z.infer<typeof PlanJsonSchema>;
export type ResourceChange = z.infer<typeof ResourceChangeSchema>;

export class PlanJsonError extends Error {
  constructor(source: string, detail: string) {
    super(`${source} is not a plan JSON this library understands: ${detail}`);
    this.name = 'PlanJsonError';
  }
}

/** Parses the engine's `show -json` text; the raw value is returned too, for redaction. */
export function parsePlanJson(text: string, source = 'The plan JSON'): PlanJson {
  return parsePlanText(text, source).plan;
}

export function parsePlanText(
  text: string,
  source = 'The plan JSON'
): { plan: PlanJson; raw: unknown } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PlanJsonError(source, (error as Error).message);
  }
  return { plan: validatePlanJson(raw, source), raw };
}

function validatePlanJson(raw: unknown, source: string): PlanJson {
  const result = PlanJsonSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new PlanJsonError(source, `${path === '' ? '(root)' : path}: ${issue?.message ?? ''}`);
  }
  return result.data;
}

/** One resource's planned action, in the words the engine's own summary uses. */
export type PlannedAction =
  'create' | 'update' | 'delete' | 'replace' | 'read' | 'forget' | 'no-op';

export function plannedAction(actions: readonly string[]): PlannedAction {
  if (actions.length === 2 && actions.includes('delete') && actions.includes('create'))
    return 'replace';
  const [first] = actions;
  if (
    first === 'create' ||
    first === 'update' ||
    first === 'delete' ||
    first === 'read' ||
    first === 'forget'
  ) {
    return first;
  }
  return 'no-op';
}

export interface PlannedResource {
  address: string;
  action: PlannedAction;
  /** Why the engine chose a replace or delete (`replace_because_tainted`, …), when it says. */
  reason?: string;
}

export interface PlanSummary {
  engineVersion: string;
  /** As the engine counts them: a replace is one add and one destroy. */
  add: number;
  change: number;
  destroy: number;
  replace: number;
  forget: number;
  hasChanges: boolean;
  /** Resources with an action other than no-op, in address order. */
  resources: PlannedResource[];
  /** Outputs whose value changes, in name order. */
  outputs: { name: string; action: PlannedAction }[];
}

export function summarizePlan(plan: PlanJson): PlanSummary {
  let add = 0;
  let change = 0;
  let destroy = 0;
  let replace = 0;
  let forget = 0;
  const resources: PlannedResource[] = [];
  for (const rc of plan.resource_changes) {
    const action = plannedAction(rc.change.actions);
    if (action === 'no-op') continue;
    if (rc.mode === 'managed') {
      if (action === 'create') add++;
      else if (action === 'update') change++;
      else if (action === 'delete') destroy++;
      else if (action === 'replace') {
        replace++;
        add++;
        destroy++;
      } else if (action === 'forget') forget++;
    }
    const resource: PlannedResource = { address: rc.address, action };
    if (rc.action_reason !== undefined) resource.reason = rc.action_reason;
    resources.push(resource);
  }
  resources.sort((a, b) => compare(a.address, b.address));
  const outputs = Object.entries(plan.output_changes)
    .map(([name, oc]) => ({ name, action: plannedAction(oc.actions) }))
    .filter((o) => o.action !== 'no-op')
    .sort((a, b) => compare(a.name, b.name));
  const hasChanges = add + change + destroy + forget > 0 || outputs.length > 0;
  return {
    engineVersion: plan.terraform_version,
    add,
    change,
    destroy,
    replace,
    forget,
    hasChanges,
    resources,
    outputs
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The semantic identity of what a plan will do: a sha256 over a canonical form of its resource and
 * output changes (no-ops left out, keys sorted, volatile top-level fields such as `timestamp` never
 * read), the engine and its version, and the dependency lock file. The same config and state give
 * the same id; anything that changes what would happen changes it.
 */
export function computePlanId(
  plan: PlanJson,
  engine: string,
  lockFile: string | undefined
): string {
  const changes = plan.resource_changes
    .filter((rc) => plannedAction(rc.change.actions) !== 'no-op')
    .map((rc) => ({
      address: rc.address,
      previous_address: rc.previous_address,
      mode: rc.mode,
      type: rc.type,
      provider_name: rc.provider_name,
      action_reason: rc.action_reason,
      change: {
        actions: rc.change.actions,
        before: rc.change.before,
        after: rc.change.after,
        after_unknown: rc.change.after_unknown,
        before_sensitive: rc.change.before_sensitive,
        after_sensitive: rc.change.after_sensitive,
        replace_paths: rc.change.replace_paths,
        importing: rc.change.importing
      }
    }))
    .sort((a, b) => compare(a.address, b.address));
  const outputs = Object.fromEntries(
    Object.entries(plan.output_changes)
      .filter(([, oc]) => plannedAction(oc.actions) !== 'no-op')
      .map(([name, oc]) => [
        name,
        { actions: oc.actions, before: oc.before, after: oc.after, after_unknown: oc.after_unknown }
      ])
  );
  const identity = {
    engine,
    engine_version: plan.terraform_version,
    lock_file: lockFile === undefined ? null : lockFile.replace(/\r\n/g, '\n').trim(),
    resource_changes: changes,
    output_changes: outputs
  };
  return sha256Text(canonicalJson(identity));
}
