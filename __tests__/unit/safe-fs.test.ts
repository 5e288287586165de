import { afterAll, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { InputError } from '../../src/common/errors.js';
import {
  confinePath,
  createFileExclusive,
  ensureFolder,
  privateTempDir,
  readFileSafely,
  UnsafePathError,
  writeFileSafely
} from '../../src/common/safe-fs.js';
import { runnerPaths } from '../../src/terraform/stack-inputs.js';

const base = mkdtempSync(join(tmpdir(), 'safe-fs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A root to write in and, beside it, a folder outside it holding a file that must stay as it is. */
function lab(): { root: string; outside: string; victim: string } {
  const dir = join(base, `lab-${++n}`);
  const root = join(dir, 'root');
  const outside = join(dir, 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const victim = join(outside, 'victim.txt');
  writeFileSync(victim, 'untouched\n');
  return { root, outside, victim };
}

/** Every file below a folder, links included, as relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('writeFileSafely', () => {
  it('writes a file whole, making its folders, with the mode asked for, and no staging file left', () => {
    const { root } = lab();
    const path = join(root, 'a', 'b', 'facts.yaml');
    writeFileSafely(root, path, 'one\n', { mode: 0o600 });
    writeFileSafely(root, path, 'two\n', { mode: 0o600 });
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(tree(root)).toEqual(['a', 'a/b', 'a/b/facts.yaml']);
  });

  // A link at every level of the written path: the file itself, and each folder above it.
  const levels = [
    ['the file', ['a', 'b', 'facts.yaml'], 2],
    ['its folder', ['a', 'b', 'facts.yaml'], 1],
    ['the top folder', ['a', 'b', 'facts.yaml'], 0]
  ] as const;

  it.each(levels)(
    'refuses a symbolic link at %s, naming it, and writes nothing outside',
    (_level, parts, at) => {
      const { root, outside, victim } = lab();
      const linkParts = parts.slice(0, at + 1);
      mkdirSync(join(root, ...linkParts.slice(0, -1)), { recursive: true });
      const link = join(root, ...linkParts);
      // A link to the victim file (for the file level) or to the outside folder (for folders).
      symlinkSync(at === parts.length - 1 ? victim : outside, link);
      const before = tree(outside);
      const error = (() => {
        try {
          writeFileSafely(root, join(root, ...parts), 'planted?\n');
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(UnsafePathError);
      expect((error as Error).message).toContain(link);
      expect((error as Error).message).toMatch(/symbolic link/);
      expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
      expect(tree(outside)).toEqual(before);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }
  );

  it('refuses a link that points inside the root too: a link is never followed', () => {
    const { root } = lab();
    writeFileSync(join(root, 'real.txt'), 'real\n');
    symlinkSync(join(root, 'real.txt'), join(root, 'alias.txt'));
    expect(() => writeFileSafely(root, join(root, 'alias.txt'), 'x')).toThrow(UnsafePathError);
    expect(readFileSync(join(root, 'real.txt'), 'utf8')).toBe('real\n');
  });

  it('refuses a folder where the file is expected, and a file where a folder is', () => {
    const { root } = lab();
    mkdirSync(join(root, 'report.json'));
    expect(() => writeFileSafely(root, join(root, 'report.json'), 'x')).toThrow(
      /is a folder, where a file is expected/
    );
    writeFileSync(join(root, 'plain'), 'x');
    expect(() => writeFileSafely(root, join(root, 'plain', 'f'), 'x')).toThrow(
      /is a file where a folder is expected/
    );
  });

  it('refuses a path that leaves its root, with .. or absolute', () => {
    const { root, victim } = lab();
    expect(() => writeFileSafely(root, join(root, '..', 'outside', 'victim.txt'), 'x')).toThrow(
      /outside .*, the folder it belongs to/
    );
    expect(() => writeFileSafely(root, victim, 'x')).toThrow(UnsafePathError);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  });

  it('holds for any nesting of folders with a link planted at any level (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (folders, pick) => {
          const { root, outside, victim } = lab();
          const parts = [...folders, 'out.json'];
          const at = pick % parts.length;
          mkdirSync(join(root, ...parts.slice(0, at)), { recursive: true });
          symlinkSync(
            at === parts.length - 1 ? victim : outside,
            join(root, ...parts.slice(0, at + 1))
          );
          expect(() => writeFileSafely(root, join(root, ...parts), 'x')).toThrow(UnsafePathError);
          expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
          expect(readdirSync(outside)).toEqual(['victim.txt']);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe('readFileSafely', () => {
  it('reads a file, gives undefined when absent, and refuses a link at any level', () => {
    const { root, outside, victim } = lab();
    writeFileSync(join(root, 'log.jsonl'), 'line\n');
    expect(readFileSafely(root, join(root, 'log.jsonl'))).toBe('line\n');
    expect(readFileSafely(root, join(root, 'none', 'log.jsonl'))).toBeUndefined();
    symlinkSync(victim, join(root, 'audit.jsonl'));
    expect(() => readFileSafely(root, join(root, 'audit.jsonl'))).toThrow(/symbolic link/);
    symlinkSync(outside, join(root, 'dir'));
    expect(() => readFileSafely(root, join(root, 'dir', 'victim.txt'))).toThrow(/symbolic link/);
  });
});

describe('ensureFolder', () => {
  it('makes missing folders and refuses a linked one', () => {
    const { root, outside } = lab();
    ensureFolder(root, join(root, 'x', 'y'));
    expect(statSync(join(root, 'x', 'y')).isDirectory()).toBe(true);
    symlinkSync(outside, join(root, 'x', 'z'));
    expect(() => ensureFolder(root, join(root, 'x', 'z', 'w'))).toThrow(UnsafePathError);
    expect(existsSync(join(outside, 'w'))).toBe(false);
  });
});

describe('createFileExclusive', () => {
  it('refuses an existing file and a planted link, creating with the mode asked for', () => {
    const { root, victim } = lab();
    const file = join(root, 'new');
    createFileExclusive(file, 'x', 0o600);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => createFileExclusive(file, 'y')).toThrow(/EEXIST/);
    symlinkSync(victim, join(root, 'planted'));
    expect(() => createFileExclusive(join(root, 'planted'), 'y')).toThrow(/EEXIST|ELOOP/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  });
});

describe('privateTempDir and runnerPaths', () => {
  it('makes a fresh 0700 folder with an unpredictable name each time', () => {
    const a = privateTempDir('t-', base);
    const b = privateTempDir('t-', base);
    expect(a).not.toBe(b);
    expect(statSync(a).mode & 0o777).toBe(0o700);
  });

  it('uses RUNNER_TEMP when set, else a private folder made on first use, never a fixed path', () => {
    expect(runnerPaths({ RUNNER_TEMP: '/runner/temp' }).temp).toBe('/runner/temp');
    const one = runnerPaths({});
    const two = runnerPaths({});
    expect(one.temp).toBe(one.temp);
    expect(one.temp).not.toBe(two.temp);
    expect(one.temp).not.toBe(tmpdir());
    expect(statSync(one.temp).mode & 0o777).toBe(0o700);
    rmSync(one.temp, { recursive: true });
    rmSync(two.temp, { recursive: true });
  });
});

describe('confinePath', () => {
  const { root, outside } = lab();
  mkdirSync(join(root, 'stacks', 'dev'), { recursive: true });
  symlinkSync(outside, join(root, 'escape'));
  symlinkSync('/etc', join(root, 'etc'));

  it.each([
    ['stacks/dev', join(root, 'stacks', 'dev')],
    ['./stacks/../stacks/dev', join(root, 'stacks', 'dev')],
    ['new/folder', join(root, 'new', 'folder')],
    ['.', root]
  ])('keeps %s inside the workspace', (raw, expected) => {
    expect(confinePath({ input: 'out-dir', raw, root })).toBe(expected);
  });

  it.each([
    ['../outside', 'after ..'],
    ['/etc/shadow', 'absolute'],
    ['escape/victim.txt', 'through a link to a folder outside'],
    ['etc/shadow', 'through a link to /etc'],
    ['stacks/../../outside/x', '.. past the root']
  ])('refuses %s (%s), naming the input', (raw) => {
    expect(() => confinePath({ input: 'policy-data', raw, root })).toThrow(InputError);
    expect(() => confinePath({ input: 'policy-data', raw, root })).toThrow(
      /^Input 'policy-data' is '.*': resolves to .*, outside the workspace/
    );
  });

  it('accepts a folder explicitly allowed besides the workspace', () => {
    expect(
      confinePath({ input: 'out-dir', raw: join(outside, 'plans'), root, alsoAllowed: [outside] })
    ).toBe(join(outside, 'plans'));
  });
});
