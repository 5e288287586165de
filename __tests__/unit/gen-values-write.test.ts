import { afterAll, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutputFolder, OutputFolderError, writeArtifacts } from '../../src/gitops/write.js';

const scratch = mkdtempSync(join(tmpdir(), 'gen-values-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A fresh parent folder, so that leftovers of a run can be seen. */
const parent = () => {
  const dir = join(scratch, String(++n));
  mkdirSync(dir);
  return dir;
};

/** Every file under a folder with its bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')])
  );
}

const files = [
  { file: 'values.yaml', content: 'replicaCount: 1\n' },
  { file: 'names.json', content: '{}\n' }
];

describe('writeArtifacts', () => {
  it('creates the folder and its parents with the files', () => {
    const out = join(parent(), 'deep', 'artifacts');
    writeArtifacts(out, files);
    expect(readFileSync(join(out, 'values.yaml'), 'utf8')).toBe('replicaCount: 1\n');
    expect(readdirSync(out).sort()).toEqual(['names.json', 'values.yaml']);
  });

  it('gives the folder the mode mkdir would, not the private mode of a temporary folder', () => {
    const out = join(parent(), 'artifacts');
    writeArtifacts(out, files);
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it('replaces an earlier run whole: a file no longer generated goes, and no temporary is left', () => {
    const root = parent();
    const out = join(root, 'artifacts');
    writeArtifacts(out, [...files, { file: 'keda-scaledobject.yaml', content: 'kind: x\n' }]);
    writeArtifacts(out, [{ file: 'values.yaml', content: 'replicaCount: 2\n' }, files[1]!]);
    expect(readdirSync(out).sort()).toEqual(['names.json', 'values.yaml']);
    expect(readFileSync(join(out, 'values.yaml'), 'utf8')).toBe('replicaCount: 2\n');
    expect(readdirSync(root)).toEqual(['artifacts']);
  });

  it('leaves the folder byte-identical and no temporary behind when a write fails', () => {
    const root = parent();
    const out = join(root, 'artifacts');
    mkdirSync(out);
    writeFileSync(join(out, 'values.yaml'), 'kept: true\n');
    const before = snapshot(out);
    // A file name no folder can hold makes the second write fail, after the first succeeded.
    expect(() =>
      writeArtifacts(out, [files[0]!, { file: 'no/such/folder.yaml', content: 'x' }])
    ).toThrow(/ENOENT/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['artifacts']);
  });

  it.each([
    ['a file gen-values does not write', 'README.md', 'file'],
    ['a folder', 'charts', 'folder']
  ])('refuses a folder holding %s, leaving it as it was', (_name, entry, kind) => {
    const out = join(parent(), 'artifacts');
    mkdirSync(out);
    writeFileSync(join(out, 'values.yaml'), 'kept: true\n');
    if (kind === 'file') writeFileSync(join(out, entry), '# mine\n');
    else mkdirSync(join(out, entry));
    const before = snapshot(out);
    expect(() => writeArtifacts(out, files)).toThrow(OutputFolderError);
    expect(() => writeArtifacts(out, files)).toThrow(
      `holds "${entry}", which gen-values does not write: it replaces the folder whole, so give it a folder of its own`
    );
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(join(out, entry))).toBe(true);
  });

  it('refuses an output path that is a file', () => {
    const out = join(parent(), 'artifacts');
    writeFileSync(out, 'not a folder');
    expect(() => checkOutputFolder(out)).toThrow('is not a folder');
    expect(readFileSync(out, 'utf8')).toBe('not a folder');
  });
});
