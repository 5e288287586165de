import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { COMMANDS } from '../../src/cli/main.js';
import { REPO } from '../support/tools.js';

const CLI = join(REPO, 'src', 'cli');

/** The modules a file loads with it: `import … from`, `export … from`; not `import()` nor types. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `import type` is erased by the compiler: it loads nothing.
  const found = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)'/gms)
  ].map((m) => m[1] ?? '');
  return found.concat([...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1] ?? ''));
}

/** A relative import as the TypeScript file it names; a package as its name. */
function target(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const file = resolve(dirname(from), spec).replace(/\.js$/, '.ts');
  return existsSync(file) ? file : resolve(dirname(from), spec);
}

/** Every file and package loaded at start from `entry`, following the project's own files. */
function loadedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts') && existsSync(file))
      for (const spec of staticImports(file)) todo.push(target(file, spec));
  }
  return seen;
}

const cliFiles = readdirSync(CLI)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(CLI, f));

describe('src/cli', () => {
  it('has no import cycle: each file imports only files below it', () => {
    const edges = new Map(
      cliFiles.map((file) => [
        file,
        staticImports(file)
          .map((spec) => target(file, spec))
          .filter((t) => t.startsWith(CLI))
      ])
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => relative(CLI, f)).join(' -> ')
        );
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of cliFiles) visit(file, []);
    expect(cycles).toEqual([]);
    expect(edges.get(join(CLI, 'main.ts'))?.length).toBeGreaterThan(5);
  });

  it('is imported by its entry only: no subcommand imports main.ts', () => {
    const importers = cliFiles.filter((file) =>
      staticImports(file).some((spec) => target(file, spec) === join(CLI, 'main.ts'))
    );
    expect(importers.map((f) => relative(CLI, f))).toEqual(['index.ts']);
  });

  it('imports nothing from the actions', () => {
    const upward = [...loadedFrom(join(CLI, 'index.ts'))].filter((f) =>
      f.startsWith(join(REPO, 'actions'))
    );
    expect(upward).toEqual([]);
  });

  it('loads the Kubernetes client only when bootstrap runs', () => {
    const atStart = loadedFrom(join(CLI, 'index.ts'));
    expect(atStart.has(join(CLI, 'bootstrap.ts'))).toBe(true);
    expect(atStart.has(join(REPO, 'src', 'bootstrap', 'cluster.ts'))).toBe(false);
    expect([...atStart].filter((f) => f.startsWith('@kubernetes/'))).toEqual([]);
    // The job itself does load it, so the check above looks at the right place.
    expect(loadedFrom(join(CLI, 'bootstrap-run.ts')).has('@kubernetes/client-node')).toBe(true);
  });

  it('declares every command as a Command: none parses its own arguments', () => {
    expect(existsSync(join(CLI, 'legacy.ts'))).toBe(false);
    for (const command of COMMANDS) {
      expect(command.usage.join(' ')).not.toBe('...');
      expect(command.flags.length + (command.positionals?.length ?? 0)).toBeGreaterThan(0);
    }
    expect(COMMANDS.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'check',
        'targets',
        'run',
        'drift',
        'state unlock',
        'promote',
        'bootstrap'
      ])
    );
  });
});
