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

function collectStrings(value: Json, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value !== '' && value !== REDACTED) into.add(value);
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

/** Every string leaf that holds a known secret becomes `(sensitive)`, wherever it stands. */
function scrubKnownSecrets(value: Json, secrets: ReadonlySet<string>): Json {
  if (typeof value === 'string') {
    for (const secret of secrets) if (value.includes(secret)) return REDACTED;
    return value;
  }
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
    // Numbers and booleans are not registered: masking every `1` or `true` in a log hides
    // nothing and garbles everything.
    if (typeof value === 'string') {
      if (value !== '') found.push(value);
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
