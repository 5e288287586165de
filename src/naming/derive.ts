import { ActionError } from '../common/errors.js';
import type { Config } from './load.js';
import { baseDomain, registry } from './resolve.js';
import {
  DERIVATIONS,
  DICTIONARY_SECTION,
  MANAGED_BY,
  NAME_KEYS,
  NAME_RULES,
  TAG_KEYS,
  type Cloud,
  type NameKey,
  type TagKey
} from './contract.js';
import { checkRule, namingRule } from './rules.js';
import { closest } from './suggest.js';

/** What names are derived from. The org defaults to the org of globals.yaml. */
export interface NamingInput {
  org?: string | undefined;
  cloud: string;
  env: string;
  region: string;
  bu: string;
  app: string;
  owner: string;
}

/** The inputs as used, the org resolved. */
export type NamingInputs = Required<{ [K in keyof NamingInput]: string }>;

export type Names = Record<NameKey, string>;
export type Tags = Record<TagKey, string>;

export interface DerivedNames {
  names: Names;
  tags: Tags;
}

/** One broken rule: which name or input, its value, the rule and check, the limit. */
export interface Violation {
  /** The name (`cluster_name`), input (`org`) or tag (`tags.owner`) that breaks the rule. */
  subject: string;
  value: string;
  rule: string;
  check: string;
  /** What is wrong with the value. */
  detail: string;
  /** The limit the check enforces; undefined for a value missing from the dictionary. */
  limit: number | undefined;
  /** How a derived name is built, e.g. `{org}-{env}-{region_code}-{bu}`. */
  derivation: string | undefined;
  /** For a value missing from the dictionary: what is allowed, and the closest of it. */
  allowed: readonly string[] | undefined;
  suggestion: string | undefined;
  /** The whole sentence, as the OpenTofu module words it too (less the suggestion). */
  message: string;
}

/**
 * Inputs or derived names that break naming rules: every violation, in the order inputs, names,
 * tags. The fields of the first are on the error itself; `subject` is the name (or input) that
 * broke the rule.
 */
export class NamingError extends ActionError {
  readonly rule: string;
  readonly check: string;
  readonly subject: string;
  readonly value: string;
  readonly limit: number | undefined;

  constructor(
    readonly violations: readonly [Violation, ...Violation[]],
    readonly inputs: NamingInputs
  ) {
    super(violations.map((v) => v.message).join('\n'));
    const [first] = violations;
    this.rule = first.rule;
    this.check = first.check;
    this.subject = first.subject;
    this.value = first.value;
    this.limit = first.limit;
  }
}

/**
 * Derives every name and the tags from the inputs and the config, and checks each against the rules
 * of the platforms that consume it on the input's cloud (see NAME_RULES). Throws a NamingError with
 * every violation: first the inputs (org, the dictionary's cloud, env, region, bu and app, owner);
 * when those pass, every name and tag.
 */
export function deriveNames(input: NamingInput, config: Config): DerivedNames {
  const inputs: NamingInputs = {
    org: input.org ?? config.globals.org,
    cloud: input.cloud,
    env: input.env,
    region: input.region,
    bu: input.bu,
    app: input.app,
    owner: input.owner
  };
  const { dictionary } = config;
  const violations: Violation[] = [];
  const add = (v: Omit<Violation, 'message'>) =>
    violations.push({ ...v, message: violationMessage(v, inputs) });
  const checkValue = (
    subject: string,
    value: string,
    rules: readonly string[],
    derivation?: string
  ) => {
    for (const rule of rules)
      for (const failure of checkRule(rule, value))
        add({ subject, value, ...failure, derivation, allowed: undefined, suggestion: undefined });
  };
  const lookup = (subject: keyof typeof DICTIONARY_SECTION, allowed: readonly string[]) => {
    const value = inputs[subject];
    if (allowed.includes(value)) return;
    const sorted = [...allowed].sort();
    add({
      subject,
      value,
      rule: `unknown-${subject}`,
      check: 'dictionary',
      detail: `must be one of the ${DICTIONARY_SECTION[subject]} of dictionary.yaml${subject === 'region' ? ` for ${inputs.cloud}` : ''}: ${sorted.join(', ')}`,
      limit: undefined,
      derivation: undefined,
      allowed: sorted,
      suggestion: closest(value, sorted)
    });
  };

  checkValue('org', inputs.org, ['input-org']);
  lookup('cloud', Object.keys(dictionary.clouds));
  lookup('env', Object.keys(dictionary.environments));
  const regions = Object.hasOwn(dictionary.clouds, inputs.cloud)
    ? dictionary.regions[inputs.cloud]
    : undefined;
  if (regions !== undefined) lookup('region', Object.keys(regions));
  lookup('bu', Object.keys(dictionary.business_units));
  lookup('app', Object.keys(dictionary.apps));
  checkValue('owner', inputs.owner, ['input-owner']);
  throwIfAny(violations, inputs);

  const codes = {
    env_code: entry(dictionary.environments, inputs.env),
    region_code: entry(regions ?? {}, inputs.region),
    bu_code: entry(dictionary.business_units, inputs.bu)
  };
  const values: Record<string, string> = {
    ...inputs,
    ...codes,
    base_domain: baseDomain(config),
    registry: registry(config, inputs.org)
  };
  const cloud = inputs.cloud as Cloud;
  const names = Object.fromEntries(
    NAME_KEYS.map((key) => [key, expand(DERIVATIONS[key], values)])
  ) as Names;
  for (const key of NAME_KEYS)
    checkValue(key, names[key], NAME_RULES[key][cloud], DERIVATIONS[key]);

  const tags: Tags = {
    org: inputs.org,
    env: inputs.env,
    bu: inputs.bu,
    app: inputs.app,
    owner: inputs.owner,
    'managed-by': MANAGED_BY
  };
  for (const key of TAG_KEYS) checkValue(`tags.${key}`, tags[key], NAME_RULES.tags[cloud]);
  throwIfAny(violations, inputs);
  return { names, tags };
}

function throwIfAny(violations: Violation[], inputs: NamingInputs): void {
  const [first, ...rest] = violations;
  if (first !== undefined) throw new NamingError([first, ...rest], inputs);
}

function entry(entries: Record<string, { code: string }>, key: string): string {
  const found = Object.hasOwn(entries, key) ? entries[key] : undefined;
  if (found === undefined) throw new Error(`No dictionary entry '${key}' after validation`);
  return found.code;
}

/** Fills `{placeholder}`s of a derivation. */
export function expand(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in '${template}'`);
    return value;
  });
}

/**
 * A string quoted as OpenTofu's `jsonencode` quotes it (JSON, with <, > and & escaped), so that
 * both implementations word a violation alike.
 */
export function quote(value: string): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

export function inputsText(inputs: NamingInputs): string {
  return (['org', 'cloud', 'env', 'region', 'bu', 'app', 'owner'] as const)
    .map((key) => `${key}=${quote(inputs[key])}`)
    .join(', ');
}

/**
 * `cluster_name "…" (derived as {org}-…) breaks gke-cluster-name/length: is 41 characters, must be
 * 1 to 40 (limit 40). Did you mean …? <rule summary> Inputs: org="acme", …. See <doc>`
 */
function violationMessage(v: Omit<Violation, 'message'>, inputs: NamingInputs): string {
  const rule = namingRule(v.rule);
  return [
    `${v.subject} ${quote(v.value)}`,
    v.derivation === undefined ? '' : ` (derived as ${v.derivation})`,
    ` breaks ${v.rule}/${v.check}: ${v.detail}`,
    v.limit === undefined ? '' : ` (limit ${v.limit})`,
    '.',
    v.suggestion === undefined ? '' : ` Did you mean ${quote(v.suggestion)}?`,
    ` ${rule.summary} Inputs: ${inputsText(inputs)}.`,
    rule.doc === '' ? '' : ` See ${rule.doc}`
  ].join('');
}
