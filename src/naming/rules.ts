/**
 * The naming rule table: for every platform that consumes a derived name, what it accepts, with the
 * page of the provider's documentation the rule comes from (the platforms' rules are in
 * platform-rules.ts, the shape of a rule in rule-checks.ts). The OpenTofu module
 * `terraform-modules/common` evaluates this same table (written to its `rules.json` by
 * `moduleRulesDocument`), so both implementations break the same rules with the same ids and limits.
 */
import {
  DERIVATIONS,
  DICTIONARY_SECTION,
  MANAGED_BY,
  NAME_KEYS,
  NAME_RULES,
  TAG_KEYS
} from './contract.js';
import { PLATFORM_RULES } from './platform-rules.js';
import { length, match, type NamingRule } from './rule-checks.js';

const DICTIONARY_LISTS = {
  cloud: 'Clouds',
  env: 'Environments',
  region: 'The regions of each cloud',
  bu: 'Business units',
  app: 'Apps'
} as const;

export const NAMING_RULES: readonly NamingRule[] = [
  // Inputs. The org starts every cluster name, and GKE wants a leading letter; it is a DNS label so
  // that it fits the registry path and every name it is part of.
  {
    id: 'input-org',
    platform: 'This library (input org)',
    summary: 'The org is 1 to 63 lowercase letters and digits, starting with a letter.',
    doc: '',
    limit: 63,
    checks: [
      length(1, 63),
      match('^[a-z][a-z0-9]*$', 'must be lowercase letters and digits, starting with a letter')
    ]
  },
  // The owner is an email local part or a team slug, kept to what every cloud's tags and labels and
  // a Kubernetes label value accept apart from the dot (see gcp-label-value).
  {
    id: 'input-owner',
    platform: 'This library (input owner)',
    summary:
      'The owner is an email local part or a team slug: 1 to 63 lowercase letters and digits in groups joined by single ".", "_" or "-".',
    doc: '',
    limit: 63,
    checks: [
      length(1, 63),
      match(
        '^[a-z0-9]+([._-][a-z0-9]+)*$',
        'must be lowercase letters and digits in groups joined by single ".", "_" or "-"'
      )
    ]
  },
  // Names from the dictionary: these rules have no checks of their own, the dictionary is the check.
  ...(['cloud', 'env', 'region', 'bu', 'app'] as const).map((input): NamingRule => ({
    id: `unknown-${input}`,
    platform: 'This library (dictionary.yaml)',
    summary: `${DICTIONARY_LISTS[input]} and their short codes are listed in dictionary.yaml.`,
    doc: '',
    limit: 0,
    checks: []
  })),
  ...PLATFORM_RULES
];

const RULES_BY_ID = new Map(NAMING_RULES.map((rule) => [rule.id, rule]));

export function namingRule(id: string): NamingRule {
  const rule = RULES_BY_ID.get(id);
  if (rule === undefined) throw new Error(`No naming rule '${id}'`);
  return rule;
}

/** One check of a rule that a value fails. */
export interface CheckFailure {
  rule: string;
  check: string;
  /** What is wrong, completing "… breaks <rule>/<check>: ". */
  detail: string;
  limit: number;
}

const compiled = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Characters, counted as code points. OpenTofu's `length` counts grapheme clusters: the same for
 * every name this library builds (inputs and dictionary are ASCII once they pass their rules).
 */
export function characters(value: string): number {
  return [...value].length;
}

/** Every check of the rule that the value fails, in the rule's order; empty when it passes. */
export function checkRule(ruleId: string, value: string): CheckFailure[] {
  const rule = namingRule(ruleId);
  const failures: CheckFailure[] = [];
  for (const check of rule.checks) {
    if (check.kind === 'length') {
      const n = characters(value);
      if (n < check.min || n > check.max) {
        failures.push({
          rule: rule.id,
          check: check.id,
          detail: `is ${n} characters, must be ${check.min} to ${check.max}`,
          limit: check.max
        });
      }
    } else if (regex(check.pattern).test(value) !== (check.kind === 'match')) {
      failures.push({
        rule: rule.id,
        check: check.id,
        detail: check.text,
        limit: check.limit ?? rule.limit
      });
    }
  }
  return failures;
}

/**
 * The rule table as `terraform-modules/common/modules/name-rules/rules.json` holds it: every check
 * with the same attributes (null where they do not apply), as OpenTofu's `jsondecode` wants for a
 * list it iterates over.
 */
export function moduleRulesDocument(): Record<string, unknown> {
  return {
    $comment:
      'Written from src/naming/rules.ts (the naming rule table, with the documentation of each rule); checked by __tests__/unit/naming-rules.test.ts. Do not edit by hand.',
    rules: Object.fromEntries(
      NAMING_RULES.map((rule) => [
        rule.id,
        {
          platform: rule.platform,
          summary: rule.summary,
          doc: rule.doc,
          limit: rule.limit,
          checks: rule.checks.map((check) =>
            check.kind === 'length'
              ? {
                  id: check.id,
                  kind: check.kind,
                  min: check.min,
                  max: check.max,
                  pattern: null,
                  text: null,
                  limit: check.max
                }
              : {
                  id: check.id,
                  kind: check.kind,
                  min: null,
                  max: null,
                  pattern: check.pattern,
                  text: check.text,
                  limit: check.limit ?? rule.limit
                }
          )
        }
      ])
    ),
    name_keys: NAME_KEYS,
    tag_keys: TAG_KEYS,
    bindings: NAME_RULES,
    derivations: DERIVATIONS,
    dictionary_sections: DICTIONARY_SECTION,
    managed_by: MANAGED_BY
  };
}
