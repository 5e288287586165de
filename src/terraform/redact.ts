/** What stands in place of a sensitive value in everything this library writes. */
export const REDACTED = '(sensitive)';

type Json = unknown;

/**
 * Replaces the parts of `value` that a sensitivity mask marks: `true` masks the whole value; an
 * object or array mask is followed key by key, as the engine writes `*_sensitive` fields.
 */
export function maskSensitive(value: Json, mask: Json): Json {
  if (mask === true) return REDACTED;
  if (mask === null || typeof mask !== 'object' || value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    const masks = Array.isArray(mask) ? mask : [];
    return value.map((item, i) => maskSensitive(item, masks[i]));
  }
  const masks = mask as Record<string, Json>;
  return Object.fromEntries(
    Object.entries(value as Record<string, Json>).map(([k, v]) => [k, maskSensitive(v, masks[k])])
  );
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function redactChange(change: Json): Json {
  if (!isObject(change)) return change;
  const out: Record<string, Json> = { ...change };
  if ('before' in change)
    out['before'] = maskSensitive(change['before'], change['before_sensitive']);
  if ('after' in change) out['after'] = maskSensitive(change['after'], change['after_sensitive']);
  // An output marked sensitive carries no *_sensitive masks, only its own flag.
  if (change['before_sensitive'] === true || change['after_sensitive'] === true) {
    if ('before' in change && change['before_sensitive'] === true) out['before'] = REDACTED;
    if ('after' in change && change['after_sensitive'] === true) out['after'] = REDACTED;
  }
  return out;
}

function redactModule(module: Json): Json {
  if (!isObject(module)) return module;
  const out: Record<string, Json> = { ...module };
  if (Array.isArray(module['resources'])) {
    out['resources'] = module['resources'].map((r: Json) =>
      isObject(r) ? { ...r, values: maskSensitive(r['values'], r['sensitive_values']) } : r
    );
  }
  if (Array.isArray(module['child_modules'])) {
    out['child_modules'] = module['child_modules'].map(redactModule);
  }
  return out;
}

function redactValues(values: Json): Json {
  if (!isObject(values)) return values;
  const out: Record<string, Json> = { ...values };
  if (isObject(values['outputs'])) {
    out['outputs'] = Object.fromEntries(
      Object.entries(values['outputs']).map(([name, o]) => [
        name,
        isObject(o) && o['sensitive'] === true ? { ...o, value: REDACTED } : o
      ])
    );
  }
  if ('root_module' in values) out['root_module'] = redactModule(values['root_module']);
  return out;
}

/** The values a sensitivity mask marks, collected as strings (objects as their leaves). */
function collectMasked(value: Json, mask: Json, into: Set<string>): void {
  if (mask === true) {
    collectStrings(value, into);
    return;
  }
  if (mask === null || typeof mask !== 'object' || value === null || typeof value !== 'object')
    return;
  const masks = mask as Record<string, Json>;
  for (const [k, v] of Object.entries(value as Record<string, Json>))
    collectMasked(v, masks[k], into);
}

/**
 * Numbers shorter than this are not taken as secrets to look for elsewhere: a sensitive `1` must
 * not turn every count of the plan into `(sensitive)`. They are still redacted where marked.
 */
const MIN_SECRET_NUMBER_LENGTH = 4;

function collectStrings(value: Json, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value !== '' && value !== REDACTED) into.add(value);
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    if (String(value).length >= MIN_SECRET_NUMBER_LENGTH) into.add(String(value));
  } else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, into));
  else if (isObject(value)) Object.values(value).forEach((v) => collectStrings(v, into));
}

/**
 * A module's configuration with the defaults of its sensitive variables, the constant values of
 * its sensitive outputs and the constant arguments passed to a child module's sensitive variables
 * redacted, down through every module call. Each redacted value is added to `secrets`.
 */
function redactConfigurationModule(module: Json, secrets: Set<string>): Json {
  if (!isObject(module)) return module;
  const out: Record<string, Json> = { ...module };
  if (isObject(module['variables'])) {
    out['variables'] = Object.fromEntries(
      Object.entries(module['variables']).map(([name, v]) => {
        if (!isObject(v) || v['sensitive'] !== true || !('default' in v)) return [name, v];
        collectStrings(v['default'], secrets);
        return [name, { ...v, default: REDACTED }];
      })
    );
  }
  if (isObject(module['outputs'])) {
    out['outputs'] = Object.fromEntries(
      Object.entries(module['outputs']).map(([name, o]) => {
        if (!isObject(o) || o['sensitive'] !== true || !isObject(o['expression'])) return [name, o];
        if (!('constant_value' in o['expression'])) return [name, o];
        collectStrings(o['expression']['constant_value'], secrets);
        return [name, { ...o, expression: { ...o['expression'], constant_value: REDACTED } }];
      })
    );
  }
  if (isObject(module['module_calls'])) {
    out['module_calls'] = Object.fromEntries(
      Object.entries(module['module_calls']).map(([name, call]) => {
        if (!isObject(call)) return [name, call];
        const child = call['module'];
        const childVars = isObject(child) && isObject(child['variables']) ? child['variables'] : {};
        const expressions = isObject(call['expressions'])
          ? Object.fromEntries(
              Object.entries(call['expressions']).map(([arg, e]) => {
                const v = childVars[arg];
                if (
                  !isObject(v) ||
                  v['sensitive'] !== true ||
                  !isObject(e) ||
                  !('constant_value' in e)
                )
                  return [arg, e];
                collectStrings(e['constant_value'], secrets);
                return [arg, { ...e, constant_value: REDACTED }];
              })
            )
          : call['expressions'];
        return [name, { ...call, expressions, module: redactConfigurationModule(child, secrets) }];
      })
    );
  }
  return out;
}

/** Names of root variables the configuration declares `sensitive = true`. */
function sensitiveVariables(plan: Record<string, Json>): Set<string> {
  const config = plan['configuration'];
  const root = isObject(config) ? config['root_module'] : undefined;
  const variables = isObject(root) ? root['variables'] : undefined;
  const names = new Set<string>();
  if (isObject(variables)) {
    for (const [name, v] of Object.entries(variables)) {
      if (isObject(v) && v['sensitive'] === true) names.add(name);
    }
  }
  return names;
}

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Every leaf that holds a known secret becomes `(sensitive)`, wherever it stands: a string that
 * contains one (or a line of a multi-line one), a number equal to one.
 */
function scrubKnownSecrets(value: Json, secrets: ReadonlySet<string>): Json {
  if (typeof value === 'string') {
    for (const secret of secrets) {
      if (NUMERIC.test(secret)) {
        if (
          new RegExp(`(?<![\\w.])${secret.replace(/[.+-]/g, (c) => `\\${c}`)}(?![\\w.])`).test(
            value
          )
        )
          return REDACTED;
      } else if (value.includes(secret)) return REDACTED;
      else if (/[\r\n]/.test(secret)) {
        for (const line of secret.split(/\r?\n|\r/))
          if (line.trim().length >= MIN_SECRET_NUMBER_LENGTH && value.includes(line.trim()))
            return REDACTED;
      }
    }
    return value;
  }
  if (typeof value === 'number') return secrets.has(String(value)) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => scrubKnownSecrets(v, secrets));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, scrubKnownSecrets(v, secrets)])
    );
  }
  return value;
}

/**
 * A copy of an engine plan JSON with every sensitive value replaced by `(sensitive)`: resource and
 * output changes, drift, planned values, prior state, sensitive variables and their defaults in
 * the configuration. Then, as a last guard, any string anywhere that still holds one of the
 * sensitive values found is replaced too. What this returns is safe to write as an artifact.
 */
export function redactPlanJson(plan: Json): Json {
  if (!isObject(plan)) return plan;
  const secrets = new Set<string>();
  const out: Record<string, Json> = { ...plan };
  for (const key of ['resource_changes', 'resource_drift']) {
    const list = plan[key];
    if (Array.isArray(list)) {
      for (const rc of list) {
        const change = isObject(rc) ? rc['change'] : undefined;
        if (isObject(change)) {
          collectMasked(change['before'], change['before_sensitive'], secrets);
          collectMasked(change['after'], change['after_sensitive'], secrets);
        }
      }
      out[key] = list.map((rc: Json) =>
        isObject(rc) ? { ...rc, change: redactChange(rc['change']) } : rc
      );
    }
  }
  if (isObject(plan['output_changes'])) {
    for (const c of Object.values(plan['output_changes'])) {
      if (isObject(c)) {
        collectMasked(c['before'], c['before_sensitive'], secrets);
        collectMasked(c['after'], c['after_sensitive'], secrets);
      }
    }
    out['output_changes'] = Object.fromEntries(
      Object.entries(plan['output_changes']).map(([name, c]) => [name, redactChange(c)])
    );
  }
  // Values derived from a secret lose its mark (the engine marks a resource's inputs, not what is
  // computed from them): what prior state and planned values mark is looked for everywhere.
  collectModuleSecrets(
    isObject(plan['planned_values']) ? plan['planned_values']['root_module'] : undefined,
    secrets
  );
  const prior = isObject(plan['prior_state']) ? plan['prior_state']['values'] : undefined;
  collectModuleSecrets(isObject(prior) ? prior['root_module'] : undefined, secrets);
  for (const values of [plan['planned_values'], prior])
    if (isObject(values) && isObject(values['outputs']))
      for (const o of Object.values(values['outputs']))
        if (isObject(o) && o['sensitive'] === true) collectStrings(o['value'], secrets);
  if ('planned_values' in plan) out['planned_values'] = redactValues(plan['planned_values']);
  if (isObject(plan['prior_state'])) {
    out['prior_state'] = {
      ...plan['prior_state'],
      values: redactValues(plan['prior_state']['values'])
    };
  }
  const secretVars = sensitiveVariables(plan);
  if (isObject(plan['variables']) && secretVars.size > 0) {
    out['variables'] = Object.fromEntries(
      Object.entries(plan['variables']).map(([name, v]) => {
        if (!secretVars.has(name) || !isObject(v)) return [name, v];
        collectStrings(v['value'], secrets);
        return [name, { ...v, value: REDACTED }];
      })
    );
  }
  if (isObject(plan['configuration'])) {
    out['configuration'] = {
      ...plan['configuration'],
      root_module: redactConfigurationModule(plan['configuration']['root_module'], secrets)
    };
  }
  return secrets.size === 0 ? out : scrubKnownSecrets(out, secrets);
}

/** The values a module's resources mark sensitive, down through its child modules. */
function collectModuleSecrets(module: Json, secrets: Set<string>): void {
  if (!isObject(module)) return;
  if (Array.isArray(module['resources']))
    for (const r of module['resources'])
      if (isObject(r)) collectMasked(r['values'], r['sensitive_values'], secrets);
  if (Array.isArray(module['child_modules']))
    for (const child of module['child_modules']) collectModuleSecrets(child, secrets);
}

/**
 * Every sensitive value a plan JSON (or a state's `show -json`) holds: what its sensitivity marks
 * name on both sides of each change, in planned values and prior state, sensitive outputs and
 * variables. These are what the runner is told to mask and what is scrubbed from the plan text.
 */
export function planSecrets(plan: Json): string[] {
  const secrets = new Set<string>();
  if (!isObject(plan)) return [];
  for (const key of ['resource_changes', 'resource_drift']) {
    const list = plan[key];
    if (Array.isArray(list))
      for (const rc of list) {
        const change = isObject(rc) ? rc['change'] : undefined;
        if (isObject(change)) {
          collectMasked(change['before'], change['before_sensitive'], secrets);
          collectMasked(change['after'], change['after_sensitive'], secrets);
        }
      }
  }
  if (isObject(plan['output_changes']))
    for (const c of Object.values(plan['output_changes']))
      if (isObject(c)) {
        collectMasked(c['before'], c['before_sensitive'], secrets);
        collectMasked(c['after'], c['after_sensitive'], secrets);
      }
  // A plan's prior state and planned values, or a state's own `values`.
  for (const values of [
    plan['planned_values'],
    isObject(plan['prior_state']) ? plan['prior_state']['values'] : undefined,
    plan['values']
  ]) {
    if (!isObject(values)) continue;
    collectModuleSecrets(values['root_module'], secrets);
    if (isObject(values['outputs']))
      for (const o of Object.values(values['outputs']))
        if (isObject(o) && o['sensitive'] === true) collectStrings(o['value'], secrets);
  }
  const secretVars = sensitiveVariables(plan);
  if (isObject(plan['variables']))
    for (const [name, v] of Object.entries(plan['variables']))
      if (secretVars.has(name) && isObject(v)) collectStrings(v['value'], secrets);
  if (isObject(plan['configuration']))
    redactConfigurationModule(plan['configuration']['root_module'], secrets);
  return [...secrets];
}

/** The engine's `output -json`, as tf-apply reads it. */
export type EngineOutputs = Record<string, { sensitive?: boolean; type?: Json; value?: Json }>;

/** Output values with every sensitive one replaced by `(sensitive)`. */
export function redactOutputs(outputs: EngineOutputs): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, o]) => [name, o.sensitive === true ? REDACTED : o.value])
  );
}

/** Every string leaf of the sensitive outputs, to be registered as a secret with the runner. */
export function sensitiveStrings(outputs: EngineOutputs): string[] {
  const found: string[] = [];
  const walk = (value: Json): void => {
    // Booleans and short numbers are not registered: masking every `1` or `true` in a log hides
    // nothing and garbles everything.
    if (typeof value === 'string') {
      if (value !== '') found.push(value);
    } else if (typeof value === 'number' && String(value).length >= MIN_SECRET_NUMBER_LENGTH) {
      found.push(String(value));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) Object.values(value).forEach(walk);
  };
  for (const o of Object.values(outputs)) {
    if (o.sensitive === true) {
      walk(o.value);
      if (o.value !== null && typeof o.value === 'object') found.push(JSON.stringify(o.value));
    }
  }
  return found;
}
