import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../naming/suggest.js';
import { parseJsonStrict, readUtf8File } from '../common/strict-text.js';

/**
 * The settings a policy library takes, as its `data.json` declares them under
 * `platform.defaults`: the names a `policy-data` file may set, with the kind of value each takes.
 * Undefined when the library declares none (a library of one's own without a data.json).
 */
export function librarySettings(policyDir: string): Record<string, unknown> | undefined {
  const file = join(policyDir, 'data.json');
  if (!existsSync(file)) return undefined;
  const data = parseJsonStrict(readUtf8File(file), file) as {
    platform?: { defaults?: Record<string, unknown> };
  };
  const defaults = data.platform?.defaults;
  return defaults !== null && typeof defaults === 'object' && !Array.isArray(defaults)
    ? defaults
    : undefined;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/**
 * What is wrong with a user's settings against the library's: unknown names (with the closest
 * known one), values of another kind than the default, and `environment`, which the action sets.
 * Empty when the settings are fine.
 */
export function policySettingsProblems(
  settings: Record<string, unknown>,
  defaults: Record<string, unknown>
): string[] {
  const known = Object.keys(defaults).filter((k) => k !== 'environment');
  const problems: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (name === 'environment') {
      problems.push(
        "sets 'environment', which the action sets itself from its 'environment' input: remove it"
      );
      continue;
    }
    if (!(name in defaults)) {
      const suggestion = closest(name, known);
      problems.push(
        `sets '${name}', which the policy library has no setting of${suggestion === undefined ? '' : `: did you mean '${suggestion}'?`} (its settings: ${known.join(', ')})`
      );
      continue;
    }
    const expected = kind(defaults[name]);
    if (kind(value) !== expected)
      problems.push(`sets '${name}' to ${kind(value)}, where the library takes ${expected}`);
  }
  return problems;
}
