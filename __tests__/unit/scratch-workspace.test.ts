import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openScratchWorkspace,
  ScratchCleanupError,
  withScratchWorkspace,
  type ScratchWorkspace
} from '../../src/common/scratch-workspace.js';

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'scratch-workspace-test-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every path under `dir`, relative to it, folders with a trailing slash. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? [`${prefix}${entry.name}/`, ...tree(join(dir, entry.name), `${prefix}${entry.name}/`)]
        : [`${prefix}${entry.name}`]
    )
    .sort();
}

describe('openScratchWorkspace', () => {
  it('makes one private folder in the parent, the parent too when it is missing', () => {
    const nested = join(parent, 'runner', 'temp');
    const workspace = openScratchWorkspace(nested, 'job-');
    expect(readdirSync(nested)).toEqual([workspace.root.slice(nested.length + 1)]);
    expect(workspace.root.startsWith(join(nested, 'job-'))).toBe(true);
    expect(mode(workspace.root)).toBe(0o700);
  });

  it('writes secrets readable by their owner only, in private folders', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    const secret = workspace.write('auth/config.json', '{"auths":{}}', { secret: true });
    const plain = workspace.write('reports/open.json', '{}');
    expect(secret).toBe(join(workspace.root, 'auth', 'config.json'));
    expect(mode(secret)).toBe(0o600);
    expect(mode(join(workspace.root, 'auth'))).toBe(0o700);
    expect(mode(plain)).toBe(0o644);
    expect(workspace.read('auth/config.json')).toBe('{"auths":{}}');
  });

  it('makes a secret written over a plain file private too', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    workspace.write('keys/cosign.key', 'placeholder');
    workspace.write('keys/cosign.key', 'PRIVATE KEY', { secret: true });
    expect(mode(join(workspace.root, 'keys', 'cosign.key'))).toBe(0o600);
  });

  it('gives a tool a path whose folder exists and leaves the file to the tool', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    const path = workspace.path('store/root');
    expect(path).toBe(join(workspace.root, 'store', 'root'));
    expect(existsSync(join(workspace.root, 'store'))).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(workspace.exists('store/root')).toBe(false);
  });

  it.each(['../escape', '/etc/passwd', 'a/../../escape', '..', '.', 'a/..', ''])(
    'refuses the path %p, which is not inside the folder, and writes nothing',
    (relative) => {
      const workspace = openScratchWorkspace(parent, 'job-');
      const before = tree(parent);
      expect(() => workspace.write(relative, 'x', { secret: true })).toThrow(
        /is not a path inside/
      );
      expect(() => workspace.path(relative)).toThrow(/is not a path inside/);
      expect(() => workspace.keep(relative)).toThrow(/is not a path inside/);
      expect(() => workspace.remove(relative)).toThrow(/is not a path inside/);
      expect(tree(parent)).toEqual(before);
    }
  );

  it('removes a file or folder at once when asked', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    workspace.write('secrets/npm', 'token', { secret: true });
    workspace.remove('secrets');
    expect(tree(workspace.root)).toEqual([]);
  });

  it('removes everything on dispose, the folder included, and is safe to call twice', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    workspace.write('secrets/npm', 'token', { secret: true });
    workspace.write('auth/config.json', '{}', { secret: true });
    workspace.write('deep/er/still/file', 'x');
    workspace.dispose();
    expect(readdirSync(parent)).toEqual([]);
    workspace.dispose();
    expect(() => workspace.write('late', 'x')).toThrow(/already removed/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps the kept files on dispose, and nothing else', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    workspace.write('secrets/npm', 'token', { secret: true });
    workspace.write('reports/trivy-open.json', '{}');
    const sarif = workspace.keep('reports/trivy.sarif');
    workspace.write('reports/trivy.sarif', '{"version":"2.1.0"}');
    workspace.keep('reports/never-written.json');
    workspace.dispose();
    expect(tree(workspace.root)).toEqual(['reports/', 'reports/trivy.sarif']);
    expect(readFileSync(sarif, 'utf8')).toBe('{"version":"2.1.0"}');
  });

  it('removes the folder when no kept file was written', () => {
    const workspace = openScratchWorkspace(parent, 'job-');
    workspace.keep('reports/trivy.json');
    workspace.write('oci/index.json', '{}');
    workspace.dispose();
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('withScratchWorkspace', () => {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
  });
  const warn = (message: string) => void warnings.push(message);

  it('disposes of the workspace after the body succeeds, and returns its result', async () => {
    const result = await withScratchWorkspace(
      () => openScratchWorkspace(parent, 'job-'),
      warn,
      async (workspace) => {
        workspace.write('secrets/id', 'value', { secret: true });
        return 'built';
      }
    );
    expect(result).toBe('built');
    expect(readdirSync(parent)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('disposes of the workspace after the body fails, and throws the body’s error', async () => {
    await expect(
      withScratchWorkspace(
        () => openScratchWorkspace(parent, 'job-'),
        warn,
        async (workspace) => {
          workspace.write('auth/config.json', '{}', { secret: true });
          throw new Error('the push failed');
        }
      )
    ).rejects.toThrow('the push failed');
    expect(readdirSync(parent)).toEqual([]);
  });

  /** A workspace whose cleanup fails, as when a tool left a file the job may not remove. */
  function stuck(): ScratchWorkspace {
    const real = openScratchWorkspace(parent, 'job-');
    return {
      ...real,
      dispose: () => {
        throw new ScratchCleanupError(real.root, new Error('EACCES: permission denied'));
      }
    };
  }

  it('fails a run that succeeded when the workspace cannot be removed', async () => {
    await expect(withScratchWorkspace(stuck, warn, async () => 'built')).rejects.toThrow(
      /Could not remove the scratch folder .*job-.* \(EACCES: permission denied\): it may hold registry credentials or build secrets, remove it by hand/
    );
  });

  it('keeps the error of a failed run and warns that the workspace is left', async () => {
    await expect(
      withScratchWorkspace(stuck, warn, async () => {
        throw new Error('the build failed at RUN make');
      })
    ).rejects.toThrow('the build failed at RUN make');
    expect(warnings).toEqual([expect.stringContaining('Could not remove the scratch folder')]);
  });
});
