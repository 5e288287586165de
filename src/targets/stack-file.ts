import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { ActionError } from '../common/errors.js';

export const STACK_FILE = 'stack.yaml';

/** An invalid `stack.yaml` (or a `.tf` file, or a reference between stacks): file:line and the rule. */
export class RepositoryError extends ActionError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string
  ) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
  }
}

const STATE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

const StackFileSchema = z
  .strictObject({
    depends_on: z
      .array(z.string().min(1, 'must be a folder, relative to this stack (e.g. ../network)'))
      .optional(),
    state_key: z
      .string()
      .regex(
        STATE_KEY,
        "must be letters, digits, '.', '_', '-' and '/', starting with a letter or digit"
      )
      .refine((v) => !v.split('/').includes('..'), "must hold no '..'")
      .optional(),
    module: z
      .string()
      .min(1, 'must be the folder of the shared root module, relative to this folder')
      .optional(),
    var_files: z
      .array(z.string().min(1, 'must be a file name or a glob such as *.tfvars'))
      .min(1, 'must name at least one variable file')
      .optional()
  })
  .refine((v) => v.module === undefined || v.var_files !== undefined, {
    message: "a configuration-only target naming 'module' must list its 'var_files'",
    path: ['module']
  })
  .refine((v) => v.var_files === undefined || v.module !== undefined, {
    message: "'var_files' belong to a configuration-only target: name its shared 'module' too",
    path: ['var_files']
  });

export type StackFile = z.infer<typeof StackFileSchema>;

/** Lines of the settings of a stack.yaml, for errors about them found later (a bad depends_on). */
export interface StackFileLines {
  line(path: (string | number)[]): number | undefined;
}

/**
 * Reads a `stack.yaml`: YAML errors, unknown keys and values of the wrong kind are errors naming
 * the file and line. `file` is the name used in messages (relative to the root).
 */
export function parseStackFile(
  text: string,
  file: string
): { settings: StackFile; lines: StackFileLines } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first !== undefined) {
    const at = first.linePos?.[0]?.line ?? counter.linePos(first.pos[0]).line;
    throw new RepositoryError(file, at, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range == null ? undefined : counter.linePos(node.range[0]).line;
  const lines: StackFileLines = {
    line: (path) => {
      const node = doc.getIn(path, true) as Node | undefined;
      return lineOf(node) ?? lineOf(doc.contents);
    }
  };
  const value: unknown = doc.toJS() ?? {};
  const result = StackFileSchema.safeParse(value);
  if (result.success) return { settings: result.data, lines };
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const map = issue.path.length === 0 ? doc.contents : doc.getIn(issue.path, true);
    let at: number | undefined;
    if (isMap(map)) {
      const pair = map.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === key
      );
      at = lineOf(pair?.key as Node | undefined);
    }
    throw new RepositoryError(
      file,
      at,
      `unknown key '${key}' (known: depends_on, state_key, module, var_files)`
    );
  }
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const where = path.length === 0 ? '' : `'${path.join('.')}' `;
  throw new RepositoryError(file, lines.line(path), `${where}${issue.message}`);
}
