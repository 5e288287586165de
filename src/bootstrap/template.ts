import { isDocument, parseDocument } from 'yaml';
import { ActionError } from '../common/errors.js';

/**
 * The Application template of the root ApplicationSets, as a user may give it: its references
 * checked against what the generator's elements hold. Apart from the rendering (and the Argo CD
 * models it validates against), so the inputs are checked without loading those.
 */

/** What each generated Application's template may refer to, as `{{.name}}`. */
export const TEMPLATE_KEYS = [
  'app',
  'env',
  'cluster',
  'cloud',
  'repoURL',
  'branch',
  'project'
] as const;

export interface ApplicationTemplate {
  file: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

/** A template file or rendered object that cannot be sent, with where and why. */
export class TemplateError extends ActionError {}

/** The Go template references of a string that are not TEMPLATE_KEYS, and unclosed actions. */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const opens = text.split('{{').length - 1;
  const closes = text.split('}}').length - 1;
  if (opens !== closes) problems.push(`'${text}' has ${opens} '{{' but ${closes} '}}'`);
  for (const action of text.matchAll(/\{\{(.*?)\}\}/g))
    for (const ref of (action[1] ?? '').matchAll(/(?<![\w)\]])\.([A-Za-z_]\w*)/g)) {
      const key = ref[1] ?? '';
      if (!(TEMPLATE_KEYS as readonly string[]).includes(key))
        problems.push(
          `'{{${action[1] ?? ''}}}' refers to .${key}: the elements have ${TEMPLATE_KEYS.map((k) => `.${k}`).join(', ')}`
        );
    }
  return problems;
}

function walkStrings(
  value: unknown,
  path: string,
  visit: (text: string, path: string) => void
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      walkStrings(v, path === '' ? k : `${path}.${k}`, visit);
}

/** Parses a template file: a mapping with `metadata` and `spec`, every reference known. */
export function parseApplicationTemplate(file: string, text: string): ApplicationTemplate {
  const doc = parseDocument(text, { prettyErrors: true });
  if (!isDocument(doc) || doc.errors.length > 0)
    throw new TemplateError(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new TemplateError(
      `${file}: expected a mapping with metadata and spec (the template of each generated Application)`
    );
  const record = data as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => k !== 'metadata' && k !== 'spec');
  if (extra.length > 0)
    throw new TemplateError(
      `${file}: unknown key ${extra.join(', ')}: a template has metadata and spec only`
    );
  const isMap = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isMap(record['metadata']) || !isMap(record['spec']))
    throw new TemplateError(`${file}: metadata and spec must both be mappings`);
  const problems: string[] = [];
  walkStrings(record, '', (s, path) => {
    for (const p of templateProblems(s)) problems.push(`${path}: ${p}`);
  });
  if (problems.length > 0)
    throw new TemplateError(
      `${file}: malformed template:\n${problems.map((p) => `  ${p}`).join('\n')}`
    );
  return { file, metadata: record['metadata'], spec: record['spec'] };
}
