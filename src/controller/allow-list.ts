import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ActionError } from '../common/errors.js';

/**
 * The controller's allow-list: the team repositories it serves and, for each, the stacks it plans
 * and the environment each is judged and applied for. It lives in the controller repository; no
 * team can add itself or choose its environment.
 *
 *   repositories:
 *     acme/payments:
 *       stacks:
 *         - path: stacks/dev        # a folder of the team repository
 *           environment: development
 */

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const STACK_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]{1,200}(?<!\/)$/;

const StackSchema = z.strictObject({
  path: z.string().regex(STACK_PATH, 'must be a relative folder without . or .. parts'),
  environment: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "must be letters, digits, '.', '_', '-'"),
  name: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,100}$/)
    .optional()
});

const AllowListSchema = z.strictObject({
  repositories: z.record(
    z.string().regex(REPOSITORY, 'must be owner/name'),
    z.strictObject({ stacks: z.array(StackSchema).min(1, 'must list at least one stack') })
  )
});

export interface ControlledStack {
  /** The folder in the team repository. */
  path: string;
  environment: string;
  /** The plan comment's key: `name`, else the path. */
  stack: string;
}

export interface AllowList {
  /** Lower-case `owner/name` → its stacks. */
  repositories: Map<string, ControlledStack[]>;
}

export class AllowListError extends ActionError {}

export function parseAllowList(text: string, file: string): AllowList {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const where = first === undefined ? undefined : lines.linePos(first.pos[0]);
    throw new AllowListError(
      `The allow-list ${file} is not valid YAML` +
        (where === undefined ? '' : ` (line ${where.line}, column ${where.col})`) +
        `: ${first?.message.split('\n')[0] ?? 'unreadable'}. Nothing was planned or merged.`
    );
  }
  const parsed = AllowListSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`
    );
    throw new AllowListError(
      `The allow-list ${file} is not {repositories: {owner/name: {stacks: [{path, environment}]}}}: ` +
        `${problems.join('; ')}. Nothing was planned or merged.`
    );
  }
  const repositories = new Map<string, ControlledStack[]>();
  for (const [name, entry] of Object.entries(parsed.data.repositories)) {
    const key = name.toLowerCase();
    if (repositories.has(key))
      throw new AllowListError(`The allow-list ${file} lists ${name} twice.`);
    repositories.set(
      key,
      entry.stacks.map((s) => ({
        path: s.path,
        environment: s.environment,
        stack: s.name ?? s.path
      }))
    );
  }
  return { repositories };
}

/** The stacks of a repository, or undefined when it is not on the list. */
export function allowedStacks(list: AllowList, repository: string): ControlledStack[] | undefined {
  return list.repositories.get(repository.toLowerCase());
}

/** The stacks a change touches: a changed file inside the stack's folder. */
export function touchedStacks(
  stacks: readonly ControlledStack[],
  files: readonly string[]
): ControlledStack[] {
  return stacks.filter((s) => files.some((f) => f.startsWith(`${s.path}/`)));
}
