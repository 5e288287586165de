import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { delimiter, join } from 'node:path';
import { freePort } from './image-env.mjs';
import { REPO, TOFU_CLI_CONFIG, TOOLS_BIN, tool } from './tools.js';

/**
 * Workflows run for real on this machine: act (host mode, no Docker) runs a consumer repository's
 * workflow, which calls this project's reusable workflows and actions by
 * `platform-actions/platform-actions/…@<ref>`, mapped with --local-repository to a snapshot of this
 * checkout, as GitHub would resolve them from the published repository. Third-party actions cannot
 * be cloned here: each one the workflows use is mapped to a stand-in under
 * `__tests__/support/stand-ins/` built on the same toolkit library (artifacts go through act's own
 * artifact server, on loopback). actions/checkout of the caller's own repository is done by act
 * itself (it copies the repository into the job's workspace). The runner's `node` is Node 24, the
 * runtime the actions declare.
 */

/** The name the workflows call this project by (scripts/release.mjs rewrites it on release). */
export const SELF = 'platform-actions/platform-actions';

/** Pinned third-party actions of the workflows and the stand-in that runs for each. */
export const STAND_INS: Record<string, string> = {
  'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f': 'upload-artifact',
  'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c': 'download-artifact',
  'aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c':
    'cloud-login-unavailable',
  'azure/login@f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca': 'cloud-login-unavailable',
  'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093': 'cloud-login-unavailable'
};

const STAND_IN_DIR = join(REPO, '__tests__', 'support', 'stand-ins');

/** What of this checkout a caller gets from the published repository. */
const PUBLISHED = ['actions', 'policies', '.github', 'package.json'];

/** A copy of what callers of this repository's workflows and actions receive, from the work tree. */
export function snapshotProject(parent: string, from = REPO): string {
  const dir = mkdtempSync(join(parent, 'project-'));
  for (const entry of PUBLISHED)
    if (existsSync(join(from, entry)))
      cpSync(join(from, entry), join(dir, entry), { recursive: true });
  return dir;
}

export interface ActOptions {
  /** The consumer repository (a git repository on disk). */
  repo: string;
  /** Workflow file, relative to the repository. */
  workflow: string;
  event:
    | 'workflow_dispatch'
    | 'pull_request'
    | 'push'
    | 'schedule'
    | 'repository_dispatch'
    | 'pull_request_review'
    | 'issue_comment';
  /** The event payload (written to a file for act's --eventpath). */
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  env?: Record<string, string>;
  /** This project as the consumer gets it, for every ref the workflows name (default v1 and main). */
  project: string;
  /** Other refs of this project mapped to other folders (e.g. a release and a later main). */
  refs?: Record<string, string>;
  /** Where act keeps its workspaces and artifacts. */
  scratch: string;
  timeoutMs?: number;
}

export interface ActRun {
  code: number;
  log: string;
  ms: number;
  /** The jobs that ran, with their result, in the order act reported them. */
  jobs: Record<string, 'succeeded' | 'failed'>;
  /** `::set-output::` lines of a job (matched by the end of its name), by output name. */
  outputs(job: string): Record<string, string>;
}

/** A folder whose `node` is Node 24, put first on the runner's PATH. */
function node24Bin(scratch: string): string {
  const dir = join(scratch, 'node24-bin');
  if (!existsSync(join(dir, 'node'))) {
    mkdirSync(dir, { recursive: true });
    symlinkSync(tool('node24'), join(dir, 'node'));
  }
  return dir;
}

export async function runAct(options: ActOptions): Promise<ActRun> {
  const act = tool('act');
  const scratch = options.scratch;
  mkdirSync(scratch, { recursive: true });
  const artifacts = mkdtempSync(join(scratch, 'artifacts-'));
  const port = await freePort();
  const args = [
    options.event,
    '-W',
    options.workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--artifact-server-addr',
    '127.0.0.1',
    '--artifact-server-port',
    String(port),
    '--artifact-server-path',
    artifacts,
    '--cache-server-addr',
    '127.0.0.1',
    '--no-cache-server',
    '--concurrent-jobs',
    '1',
    '--action-offline-mode'
  ];
  const refs: Record<string, string> = {
    v1: options.project,
    main: options.project,
    ...options.refs
  };
  for (const [ref, dir] of Object.entries(refs))
    args.push('--local-repository', `${SELF}@${ref}=${dir}`);
  for (const [action, dir] of Object.entries(STAND_INS))
    args.push('--local-repository', `${action}=${join(STAND_IN_DIR, dir)}`);
  if (options.payload !== undefined) {
    const file = join(mkdtempSync(join(scratch, 'event-')), 'event.json');
    writeFileSync(file, JSON.stringify(options.payload));
    args.push('--eventpath', file);
  }
  for (const [k, v] of Object.entries(options.inputs ?? {})) args.push('--input', `${k}=${v}`);
  for (const [k, v] of Object.entries(options.vars ?? {})) args.push('--var', `${k}=${v}`);
  for (const [k, v] of Object.entries(options.secrets ?? {})) args.push('--secret', `${k}=${v}`);
  const path = [node24Bin(scratch), TOOLS_BIN, process.env['PATH'] ?? ''].join(delimiter);
  const env: Record<string, string> = {
    TF_CLI_CONFIG_FILE: TOFU_CLI_CONFIG,
    CHECKPOINT_DISABLE: '1',
    // The stand-ins are plain scripts; the runner copies them before running, so their library
    // is found here.
    NODE_PATH: join(REPO, 'node_modules'),
    ...options.env
  };
  for (const [k, v] of Object.entries(env)) args.push('--env', `${k}=${v}`);
  const started = Date.now();
  const child = spawn(act, args, {
    cwd: options.repo,
    env: {
      ...process.env,
      ...env,
      PATH: path,
      // act's workspaces and clones, apart from the user's.
      XDG_CACHE_HOME: join(scratch, 'act-cache'),
      // No Docker here: host mode only.
      DOCKER_HOST: 'unix:///nonexistent'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
  const code = await new Promise<number>((resolve) =>
    child.on('close', (c, signal) => resolve(c ?? (signal === null ? 1 : 137)))
  );
  clearTimeout(timeout);
  const log = Buffer.concat(chunks).toString('utf8');
  // PLATFORM_ACT_LOGS=<folder> keeps every run's log there, to read after a failure.
  const keep = process.env['PLATFORM_ACT_LOGS'];
  if (keep !== undefined && keep !== '') {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, `${started}-${options.workflow.replace(/\W+/g, '-')}.log`), log);
  }
  return parseRun(code, log, Date.now() - started);
}

/** Reads act's log: each line is `[<workflow>/<job>] …`. */
export function parseRun(code: number, log: string, ms: number): ActRun {
  const jobs: Record<string, 'succeeded' | 'failed'> = {};
  for (const m of log.matchAll(/^\[([^\]]+)\] 🏁 {2}Job (succeeded|failed)$/gmu)) {
    const name = (m[1] ?? '').trim();
    jobs[name] = m[2] === 'succeeded' ? 'succeeded' : 'failed';
  }
  return {
    code,
    log,
    ms,
    jobs,
    outputs(job: string) {
      const out: Record<string, string> = {};
      for (const m of log.matchAll(/^\[([^\]]+)\] +⚙ {2}::set-output:: ([A-Za-z0-9_-]+)=(.*)$/gmu))
        if ((m[1] ?? '').trim().endsWith(job)) out[m[2] ?? ''] = m[3] ?? '';
      return out;
    }
  };
}

/** The result of the job whose name ends with `job` (`undefined`: it never ran). */
export function jobResult(run: ActRun, job: string): 'succeeded' | 'failed' | undefined {
  const hit = Object.entries(run.jobs).find(([name]) => name.endsWith(job));
  return hit?.[1];
}

/** A consumer repository on disk: `files` (path → content, or a folder to copy) committed on main. */
/**
 * A consumer file: its text, a folder to copy, or a stack of this repository's examples (its
 * module sources pointed at the consumer's own copy of terraform-modules/, as a team vendors them).
 */
export type ConsumerFile = string | { copy: string } | { stack: string };

const MODULE_SOURCE = /^(\s*source\s*=\s*")((?:\.\.\/)+)terraform-modules\//gm;

export function consumerRepository(
  dir: string,
  files: Record<string, ConsumerFile>,
  remote = 'https://github.com/acme/platform.git'
): string {
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const dest = join(dir, path);
    mkdirSync(join(dest, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(dest, content);
    else if ('copy' in content) cpSync(content.copy, dest, { recursive: true });
    else {
      cpSync(join(REPO, content.stack), dest, { recursive: true });
      const up = '../'.repeat(path.split('/').length);
      for (const name of readdirSync(dest).filter((f) => f.endsWith('.tf'))) {
        const file = join(dest, name);
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(MODULE_SOURCE, `$1${up}terraform-modules/`)
        );
      }
      if (!existsSync(join(dir, 'terraform-modules')))
        cpSync(join(REPO, 'terraform-modules'), join(dir, 'terraform-modules'), {
          recursive: true
        });
    }
  }
  const git = (...args: string[]) => runGit(dir, args);
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', remote);
  git('add', '-A');
  git('commit', '-q', '-m', 'the platform repository');
  return git('rev-parse', 'HEAD');
}

export function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'platform-dev',
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_COMMITTER_NAME: 'platform-dev',
      GIT_COMMITTER_EMAIL: 'dev@example.test'
    },
    timeout: 60_000
  }).trim();
}
