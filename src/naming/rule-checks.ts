/**
 * What a naming rule is (its checks, limit and documentation) and the builders the rule table is
 * written with. Patterns are written in the common subset of JavaScript (`u` flag) and RE2
 * (OpenTofu's `regex`), and are always anchored.
 */

/** A length bound, counted in characters (Unicode code points). */
export interface LengthCheck {
  id: string;
  kind: 'length';
  min: number;
  max: number;
}

/** A pattern the value must match (`match`) or must not match (`reject`). */
export interface PatternCheck {
  id: string;
  kind: 'match' | 'reject';
  pattern: string;
  /** What the value must (not) be, completing "… breaks <rule>/<check>: ". */
  text: string;
  /** The limit the check enforces when it is not the rule's (a label length in a host name). */
  limit?: number;
}

export type RuleCheck = LengthCheck | PatternCheck;

export interface NamingRule {
  id: string;
  /** Who consumes a value checked by this rule. */
  platform: string;
  /** The rule in one sentence, limits included. */
  summary: string;
  /** The provider's documentation of the rule; empty for this library's own input rules. */
  doc: string;
  /** The rule's length limit, reported with every violation. */
  limit: number;
  checks: readonly RuleCheck[];
}

/** Lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
export const DNS_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';

export const length = (min: number, max: number): LengthCheck => ({
  id: 'length',
  kind: 'length',
  min,
  max
});
export const match = (pattern: string, text: string): PatternCheck => ({
  id: 'pattern',
  kind: 'match',
  pattern,
  text
});
export const reject = (id: string, pattern: string, text: string, limit?: number): PatternCheck =>
  limit === undefined
    ? { id, kind: 'reject', pattern, text }
    : { id, kind: 'reject', pattern, text, limit };

export const dnsLabelRule = (id: string, platform: string, doc: string): NamingRule => ({
  id,
  platform,
  summary: `${platform} names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.`,
  doc,
  limit: 63,
  checks: [
    length(1, 63),
    match(
      `^${DNS_LABEL}$`,
      'must be lowercase letters, digits and hyphens, starting and ending with a letter or digit'
    )
  ]
});
