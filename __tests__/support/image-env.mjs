// Real parts for build-scan-push, shared by the tests, the demo and the bench (plain JavaScript,
// so scripts import it without a compiler): a Docker registry on loopback (open or with htpasswd),
// an offline Trivy database built from fixture advisories with Trivy's own database builder, and
// the sample service as a build context.
import { execFileSync, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const REPO = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const TOOLS_BIN = join(REPO, '.tools', 'bin');
export const SAMPLE_SERVICE = join(REPO, 'examples', 'services', 'hello');
export const ADVISORIES = join(REPO, '__tests__', 'fixtures', 'build-scan-push', 'advisories');

/** The Debian packages that give each system tool, for the message when one is missing. */
export const SYSTEM_TOOLS = {
  buildah: 'buildah',
  skopeo: 'skopeo',
  'docker-registry': 'docker-registry',
  busybox: 'busybox-static',
  htpasswd: 'apache2-utils'
};

/** A program on PATH, or undefined. */
export function which(name, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The system tools that are missing, and the command that installs them. */
export function missingSystemTools(names = Object.keys(SYSTEM_TOOLS)) {
  const missing = names.filter((n) => which(n) === undefined);
  const packages = missing.map((n) => SYSTEM_TOOLS[n]);
  return {
    missing,
    install:
      missing.length === 0 ? '' : `sudo apt-get install -y ${[...new Set(packages)].join(' ')}`
  };
}

/** A tool that `npm run tools` builds into .tools/bin, or an error saying how to get it. */
export function builtTool(name) {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path))
    throw new Error(`${name} is not in .tools/bin: run 'npm run tools' (npm test does it first)`);
  return realpathSync(path);
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port, timeoutMs, child, output) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    if (child.exitCode !== null)
      throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`);
    if (Date.now() > deadline)
      throw new Error(`docker-registry did not listen on ${port} in ${timeoutMs} ms: ${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Debian's docker-registry on 127.0.0.1, storing in a temporary folder; with `auth`, it asks for
 * HTTP basic credentials checked against an htpasswd file (bcrypt, made by `htpasswd -B`).
 */
export async function startRegistry(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const auth =
    options.auth === undefined
      ? ''
      : `auth:\n  htpasswd:\n    realm: test-registry\n    path: ${join(dir, 'htpasswd')}\n`;
  if (options.auth !== undefined) {
    const line = execFileSync('htpasswd', ['-nbB', options.auth.username, options.auth.password], {
      encoding: 'utf8',
      timeout: 30_000
    });
    writeFileSync(join(dir, 'htpasswd'), line.trim() + '\n');
  }
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      auth
    ].join('\n')
  );
  let output = '';
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' }
  });
  child.stdout.on('data', (c) => (output += c.toString()));
  child.stderr.on('data', (c) => (output += c.toString()));
  await waitForPort(port, 15_000, child, () => output);
  const host = `127.0.0.1:${port}`;
  const headers =
    options.auth === undefined
      ? {}
      : {
          authorization: `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`
        };
  return {
    host,
    port,
    dir,
    log: () => output,
    /** The tags of a repository, [] when it has none. */
    async tags(path) {
      const response = await fetch(`http://${host}/v2/${path}/tags/list`, {
        headers,
        signal: AbortSignal.timeout(5_000)
      });
      if (response.status === 404) return [];
      if (!response.ok) throw new Error(`tags of ${path}: HTTP ${response.status}`);
      const body = await response.json();
      return [...(body.tags ?? [])].sort();
    },
    /** The repositories the registry holds. */
    async repositories() {
      const response = await fetch(`http://${host}/v2/_catalog`, {
        headers,
        signal: AbortSignal.timeout(5_000)
      });
      if (!response.ok) throw new Error(`catalog: HTTP ${response.status}`);
      return ((await response.json()).repositories ?? []).sort();
    },
    /** The digest a reference (tag or digest) resolves to, or undefined. */
    async digest(path, reference) {
      const response = await fetch(`http://${host}/v2/${path}/manifests/${reference}`, {
        method: 'HEAD',
        headers: {
          ...headers,
          accept:
            'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
        },
        signal: AbortSignal.timeout(5_000)
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${path}:${reference}: HTTP ${response.status}`);
      return response.headers.get('docker-content-digest') ?? undefined;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/**
 * A Trivy cache folder holding a vulnerability database built by Trivy's own builder (trivy-db
 * build) from the fixture advisories: Alpine secdb files and NVD records in the vuln-list layout
 * the builder reads. Scans with it run offline.
 */
export function buildTrivyCache(parent, advisories = ADVISORIES) {
  const cache = mkdtempSync(join(parent, 'trivy-cache-'));
  execFileSync(
    builtTool('trivy-db'),
    [
      'build',
      '--cache-dir',
      advisories,
      '--output-dir',
      join(cache, 'db'),
      '--only-update',
      'alpine',
      '--only-update',
      'nvd'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 }
  );
  return cache;
}

/** Environment for a run of the action or its tools on this machine, offline. */
export function imageEnv(trivyCache, base = process.env) {
  return {
    ...base,
    PATH: `${TOOLS_BIN}${delimiter}${base.PATH ?? ''}`,
    // buildah without a daemon or user namespaces: the vfs store and chroot isolation.
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    // Trivy with the database made from the fixtures, never reaching out.
    TRIVY_CACHE_DIR: trivyCache,
    TRIVY_SKIP_DB_UPDATE: 'true',
    TRIVY_SKIP_JAVA_DB_UPDATE: 'true',
    TRIVY_OFFLINE_SCAN: 'true',
    TRIVY_SKIP_VERSION_CHECK: 'true',
    TRIVY_DISABLE_TELEMETRY: 'true',
    TRIVY_NO_PROGRESS: 'true'
  };
}

/**
 * The sample service as a build context under `dest`, with the static busybox copied in and the
 * installed busybox package at `busyboxVersion` (1.37.0-r19 is vulnerable to the fixtures).
 */
export function serviceContext(dest, options = {}) {
  mkdirSync(dest, { recursive: true });
  cpSync(SAMPLE_SERVICE, dest, { recursive: true });
  const busybox = which('busybox');
  if (busybox === undefined)
    throw new Error(`busybox is not on PATH: ${missingSystemTools(['busybox']).install}`);
  copyFileSync(realpathSync(busybox), join(dest, 'busybox'));
  if (options.busyboxVersion !== undefined) {
    const db = join(dest, 'rootfs', 'lib', 'apk', 'db', 'installed');
    writeFileSync(db, readFileSync(db, 'utf8').replace(/^V:.*$/m, `V:${options.busyboxVersion}`));
  }
  if (options.containerfile !== undefined)
    writeFileSync(join(dest, 'Containerfile'), options.containerfile);
  return dest;
}

/**
 * Makes `dir` a git checkout with everything in it committed (at `date` when given, so that the
 * commit time, and with it every timestamp in the image, is fixed) and returns the commit.
 */
export function commitAll(dir, date) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'platform-actions',
    GIT_AUTHOR_EMAIL: 'platform-actions@example.com',
    GIT_COMMITTER_NAME: 'platform-actions',
    GIT_COMMITTER_EMAIL: 'platform-actions@example.com',
    ...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
  };
  const git = (...args) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', timeout: 30_000 }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'build context');
  return git('rev-parse', 'HEAD');
}
