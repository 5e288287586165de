import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tool } from './tools.js';

/** Real servers on loopback, started and stopped by the tests, each with a bounded start-up wait. */
export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Waits until something accepts TCP connections on the port, for at most `timeoutMs`. */
export async function waitForPort(
  port: number,
  timeoutMs: number,
  child?: ChildProcess,
  log?: () => string
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    if (child?.exitCode !== null && child?.exitCode !== undefined) {
      throw new Error(
        `the server exited with ${child.exitCode} before listening: ${log?.() ?? ''}`
      );
    }
    if (Date.now() > deadline)
      throw new Error(
        `nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms: ${log?.() ?? ''}`
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
}

/** An in-memory S3-compatible server (gofakes3), with the given buckets created. */
export async function startS3(buckets: string[]): Promise<RunningServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(tool('gofakes3'), ['-addr', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await waitForPort(port, 15_000, child, () => output);
  for (const bucket of buckets) {
    const response = await fetch(`http://127.0.0.1:${port}/${bucket}`, {
      method: 'PUT',
      signal: AbortSignal.timeout(5_000)
    });
    if (!response.ok) throw new Error(`creating bucket ${bucket}: HTTP ${response.status}`);
  }
  return { port, stop: stopper(child, () => undefined) };
}

/** Lists the keys of an S3 bucket (path style). */
export async function listKeys(port: number, bucket: string): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${port}/${bucket}?list-type=2`, {
    signal: AbortSignal.timeout(5_000)
  });
  const xml = await response.text();
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1] ?? '').sort();
}

const NOBODY = 65534;

/**
 * A PostgreSQL server in a temporary folder, as an unprivileged user when this process is root
 * (PostgreSQL refuses to run as root), listening on loopback only, trusting local connections.
 */
export async function startPostgres(): Promise<RunningServer & { connString: string }> {
  const root = mkdtempSync(join(tmpdir(), 'pg-'));
  const data = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  if (asRoot) chownSync(root, NOBODY, NOBODY);
  const init = spawnSync(
    tool('initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
    {
      ...ids,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LC_ALL: 'C' }
    }
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  writeFileSync(join(root, 'README'), 'test cluster\n');
  const port = await freePort();
  let output = '';
  const child = spawn(
    tool('postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${root}`,
      '-c',
      'fsync=off'
    ],
    { ...ids, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } }
  );
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await waitForPort(port, 30_000, child, () => output);
  return {
    port,
    connString: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: stopper(child, () => rmSync(root, { recursive: true, force: true }))
  };
}
