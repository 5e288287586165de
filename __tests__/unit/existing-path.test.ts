import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/common/errors.js';
import { existingPath, missingPath } from '../../src/common/inputs.js';

/** The one reader of "the input names a file (a folder) that must be there". */
const root = mkdtempSync(join(tmpdir(), 'existing-path-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'a.yaml');
const folder = join(root, 'dir');
writeFileSync(file, 'a: 1\n');
mkdirSync(folder);

describe('missingPath', () => {
  it.each([
    [file, 'file' as const, undefined],
    [folder, 'folder' as const, undefined],
    [join(root, 'nope'), 'file' as const, `no such file (${join(root, 'nope')})`],
    [folder, 'file' as const, `no such file (${folder})`],
    [file, 'folder' as const, `no such folder (${file})`],
    [join(file, 'below'), 'folder' as const, `no such folder (${join(file, 'below')})`]
  ])('%s as a %s: %s', (path, kind, expected) => {
    expect(missingPath(path, kind)).toBe(expected);
  });

  it('adds the hint after the path', () => {
    expect(missingPath(join(root, 'x'), 'file', 'expected the changed files')).toBe(
      `no such file (${join(root, 'x')}): expected the changed files`
    );
  });
});

describe('existingPath', () => {
  it('returns the path and adds nothing when it is there', () => {
    const errors: InputError[] = [];
    expect(
      existingPath(errors, { input: 'baseline', raw: 'a.yaml', path: file, kind: 'file' })
    ).toBe(file);
    expect(errors).toEqual([]);
  });

  it('adds an error naming the input and its value, so the others are still read', () => {
    const errors: InputError[] = [];
    const missing = join(root, 'missing.yaml');
    expect(
      existingPath(errors, { input: 'baseline', raw: 'missing.yaml', path: missing, kind: 'file' })
    ).toBeUndefined();
    expect(
      existingPath(errors, {
        input: 'config-dir',
        raw: 'a.yaml',
        path: file,
        kind: 'folder',
        hint: 'expected the folder with dictionary.yaml'
      })
    ).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([
      `Input 'baseline' is 'missing.yaml': no such file (${missing})`,
      `Input 'config-dir' is 'a.yaml': no such folder (${file}): expected the folder with dictionary.yaml`
    ]);
  });
});
