import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** git, run synchronously in tests, without the machine's config. */
export function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
}

/** A bare repository in a folder of its own under `parent`. */
export function bareRepo(parent: string, name = 'remote.git'): string {
  const dir = join(parent, name);
  git(['init', '--quiet', '--bare', '--initial-branch=main', dir]);
  return dir;
}

/** The commit a branch of a (bare) repository points at, or undefined. */
export function branchTip(repo: string, branch: string): string | undefined {
  try {
    return git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], repo).trim();
  } catch {
    return undefined;
  }
}

/** Every ref of a repository with its commit: a snapshot to prove nothing was pushed. */
export function refs(repo: string): string {
  return git(['for-each-ref', '--format=%(refname) %(objectname)'], repo);
}

/** A file of a branch, as committed. */
export function showFile(repo: string, branch: string, path: string): string {
  return git(['show', `refs/heads/${branch}:${path}`], repo);
}

/** The message of a branch's last commit. */
export function commitMessage(repo: string, branch: string): string {
  return git(['log', '-1', '--format=%B', `refs/heads/${branch}`], repo);
}

/** Commits of a branch, newest first: subject and author. */
export function commits(repo: string, branch: string): { subject: string; author: string }[] {
  return git(['log', '--format=%s%x09%an <%ae>', `refs/heads/${branch}`], repo)
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      const [subject = '', author = ''] = line.split('\t');
      return { subject, author };
    });
}

/** Commits files as a new branch of a bare repository through a scratch clone (for fixtures). */
export function seedBranch(repo: string, branch: string, files: Record<string, string>): string {
  return commitFiles(repo, branch, files, undefined);
}

/** Another writer: commits files on top of a branch of a bare repository and pushes them. */
export function pushOnTop(
  repo: string,
  branch: string,
  files: Record<string, string>,
  message = 'other writer'
): string {
  return commitFiles(repo, branch, files, message);
}

function commitFiles(
  repo: string,
  branch: string,
  files: Record<string, string>,
  /** The message of a commit on top of the branch; undefined: a new branch. */
  onTop: string | undefined
): string {
  const work = mkdtempSync(join(tmpdir(), 'seed-'));
  try {
    git(['init', '--quiet', `--initial-branch=${branch}`, work]);
    if (onTop !== undefined) {
      git(['fetch', '--quiet', repo, `refs/heads/${branch}`], work);
      git(['reset', '--quiet', '--hard', 'FETCH_HEAD'], work);
    }
    for (const [path, content] of Object.entries(files)) {
      execFileSync('sh', ['-c', 'mkdir -p "$(dirname "$1")" && cat > "$1"', 'sh', path], {
        cwd: work,
        input: content
      });
    }
    git(['add', '.'], work);
    git(
      [
        '-c',
        'user.name=seed',
        '-c',
        'user.email=seed@example.com',
        'commit',
        '-qm',
        onTop ?? 'seed'
      ],
      work
    );
    git(['push', '--quiet', repo, `HEAD:refs/heads/${branch}`], work);
    return git(['rev-parse', 'HEAD'], work).trim();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface GitHttpServer {
  /** The base URL; a repository `<root>/x.git` is at `<url>/x.git`. */
  url: string;
  /** Authorization headers seen, to prove the token went as a header. */
  authorizations: string[];
  /** Request URLs seen, to prove the token never went in a URL. */
  paths: string[];
  close(): Promise<void>;
}

/**
 * git's smart HTTP protocol on loopback (`git http-backend` as CGI) for the repositories under
 * `root`, answering 401 unless the request carries the token as GitHub takes it (basic
 * `x-access-token:<token>`).
 */
export async function serveGitHttp(root: string, token: string): Promise<GitHttpServer> {
  const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const authorizations: string[] = [];
  const paths: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    paths.push(req.url ?? '');
    const auth = req.headers['authorization'] ?? '';
    authorizations.push(auth);
    if (auth.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end('bad credentials');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        REMOTE_USER: 'x-access-token',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? '')
      }
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const end = out.indexOf('\r\n\r\n');
      const head = out.subarray(0, end).toString('utf8');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.split('\r\n')) {
        const colon = line.indexOf(':');
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'status') status = Number(value.split(' ')[0]);
        else headers[key] = value;
      }
      res.writeHead(status, headers).end(out.subarray(end + 4));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    paths,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      })
  };
}
