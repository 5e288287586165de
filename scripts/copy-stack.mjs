// Copies a stack folder elsewhere so that it still finds the modules it calls by relative path
// (`source = "../../../../terraform-modules/local"`): each such source that points outside the
// stack is rewritten to the relative path from the copy to the same module. The tests, the demo and
// the benchmarks run copies, never the repository's own folders.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SOURCE = /^(\s*source\s*=\s*")(\.\.?\/[^"]*)(")/gm;

/** Copies `from` to `to`; `filter` (optional) is cpSync's, given the source path. */
export function copyStack(from, to, filter) {
  cpSync(from, to, { recursive: true, ...(filter === undefined ? {} : { filter }) });
  for (const name of readdirSync(to, { recursive: true }).map(String)) {
    if (!name.endsWith('.tf')) continue;
    const original = join(from, name);
    const copy = join(to, name);
    const text = readFileSync(copy, 'utf8');
    const rewritten = text.replace(SOURCE, (whole, head, path, tail) => {
      const target = resolve(dirname(original), path);
      if (target === from || target.startsWith(from + sep)) return whole;
      let moved = relative(dirname(copy), target).split(sep).join('/');
      if (!moved.startsWith('.')) moved = `./${moved}`;
      return `${head}${moved}${tail}`;
    });
    if (rewritten !== text) writeFileSync(copy, rewritten);
  }
  return to;
}
