import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { runProcess, type ProcessResult } from '../common/process.js';
import type { CheckTool, Finding } from './findings.js';
import {
  parseCheckov,
  parseFmt,
  parseTflint,
  parseTrivy,
  parseValidate,
  ScannerError,
  tail,
  type PathMapper
} from './parsers.js';
import { assertUsableCliConfig } from '../terraform/cli-config.js';

/**
 * The scanners, run as a person runs them by hand, each told to exit 0 when it has findings (so
 * that any other exit is a crash) and to report in its machine-readable format. Command lines are
 * built by pure functions; `runScanner` is the one adapter that starts them.
 */

/** Every run is stopped after this long: a scanner that hangs fails the step. */
export const SCANNER_TIMEOUT_MS = 10 * 60_000;

export function fmtArgs(): string[] {
  return ['fmt', '-check', '-diff', '-recursive', '-no-color'];
}

export function initArgs(): string[] {
  return ['init', '-backend=false', '-input=false', '-no-color'];
}

export function validateArgs(): string[] {
  return ['validate', '-json', '-no-color'];
}

export function tflintArgs(directory: string): string[] {
  return ['--chdir', directory, '--recursive', '--format', 'json', '--force', '--no-color'];
}

export function trivyArgs(directory: string, cacheDir: string): string[] {
  return [
    'config',
    '--quiet',
    '--skip-check-update',
    '--misconfig-scanners',
    'terraform',
    '--format',
    'json',
    '--exit-code',
    '0',
    '--cache-dir',
    cacheDir,
    directory
  ];
}

/**
 * One folder a run: checkov 3.3.30 given several `--directory` flags scans the first one again in
 * place of the others.
 */
export function checkovArgs(directory: string): string[] {
  return [
    '--directory',
    directory,
    '--framework',
    'terraform',
    '--output',
    'json',
    '--quiet',
    '--compact',
    '--soft-fail',
    '--skip-download'
  ];
}

export type Exec = (
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }
) => Promise<ProcessResult>;

export const execProcess: Exec = (command, args, options) => runProcess(command, args, options);

export interface ScanContext {
  workspace: string;
  /** Absolute paths of the binaries, by tool (`fmt` and `validate` are the engine). */
  binaries: Record<CheckTool, string>;
  env: NodeJS.ProcessEnv;
  exec: Exec;
  /** A folder for caches and data dirs that must not land in the scanned code. */
  scratch: string;
}

/** A path as a tool reported it (relative to `base`, or absolute) → relative to the workspace. */
export function workspacePath(workspace: string, base: string): PathMapper {
  return (reported) => relative(workspace, resolve(base, reported)).split(sep).join('/');
}

async function exec(
  ctx: ScanContext,
  tool: CheckTool,
  directory: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = ctx.env
): Promise<ProcessResult> {
  try {
    return await ctx.exec(ctx.binaries[tool], args, { cwd, env, timeoutMs: SCANNER_TIMEOUT_MS });
  } catch (error) {
    throw new ScannerError(tool, shown(ctx, directory), errorMessage(error));
  }
}

function shown(ctx: ScanContext, directory: string): string {
  return isAbsolute(directory) ? relative(ctx.workspace, directory) || '.' : directory;
}

function crashed(tool: CheckTool, ctx: ScanContext, directory: string, r: ProcessResult): never {
  throw new ScannerError(
    tool,
    shown(ctx, directory),
    `exited with ${r.exitCode}:\n${tail(r.stderr || r.stdout)}`
  );
}

/** Runs one tool on each folder in turn and returns its findings; a crash is a ScannerError. */
export async function runScanner(
  tool: CheckTool,
  directories: readonly string[],
  ctx: ScanContext
): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const directory of directories) found.push(...(await runOne(tool, directory, ctx)));
  return found;
}

async function runOne(tool: CheckTool, directory: string, ctx: ScanContext): Promise<Finding[]> {
  const toPath = workspacePath(ctx.workspace, directory);
  const where = shown(ctx, directory);
  switch (tool) {
    case 'fmt': {
      const r = await exec(ctx, tool, directory, fmtArgs(), directory);
      // 3: some files are not formatted. Anything else but 0: it could not read the code.
      if (r.exitCode !== 0 && r.exitCode !== 3) crashed(tool, ctx, directory, r);
      return parseFmt(r.stdout, toPath);
    }
    case 'validate':
      return validate(directory, ctx);
    case 'tflint': {
      const r = await exec(ctx, tool, directory, tflintArgs(directory), directory);
      if (r.exitCode !== 0) {
        // tflint reports its own errors in the JSON; say those rather than the exit code.
        parseTflint(r.stdout, where, toPath);
        crashed(tool, ctx, directory, r);
      }
      return parseTflint(r.stdout, where, toPath);
    }
    case 'trivy': {
      const cacheDir = join(ctx.scratch, 'trivy-cache');
      const r = await exec(ctx, tool, directory, trivyArgs(directory, cacheDir), directory);
      if (r.exitCode !== 0) crashed(tool, ctx, directory, r);
      return parseTrivy(r.stdout, where, toPath);
    }
    case 'checkov': {
      const r = await exec(ctx, tool, directory, checkovArgs(directory), directory);
      if (r.exitCode !== 0) crashed(tool, ctx, directory, r);
      return parseCheckov(r.stdout, where, toPath);
    }
  }
}

/**
 * `init -backend=false` then `validate -json`, with the engine's data folder outside the code.
 * init writes a lock file where there was none; it is removed again (and one that was there is
 * put back as it was), so a check leaves the code as it found it.
 */
async function validate(directory: string, ctx: ScanContext): Promise<Finding[]> {
  const dataDir = mkdtempSync(join(ctx.scratch, 'tf-data-'));
  const env = { ...ctx.env, TF_DATA_DIR: dataDir, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  const lockFile = join(directory, '.terraform.lock.hcl');
  const lockBefore = existsSync(lockFile) ? readFileSync(lockFile) : undefined;
  try {
    // A broken CLI configuration is named in one line here, as for every engine run of tf-plan.
    await assertUsableCliConfig(ctx.binaries.validate, env);
    const init = await exec(ctx, 'validate', directory, initArgs(), directory, env);
    if (init.exitCode !== 0)
      throw new ScannerError(
        'validate',
        shown(ctx, directory),
        `init -backend=false failed, so the folder cannot be validated (are its providers installable here?):\n${tail(init.stderr || init.stdout)}`
      );
    const r = await exec(ctx, 'validate', directory, validateArgs(), directory, env);
    if (r.exitCode !== 0 && r.exitCode !== 1) crashed('validate', ctx, directory, r);
    return parseValidate(r.stdout, shown(ctx, directory), workspacePath(ctx.workspace, directory));
  } finally {
    if (lockBefore === undefined) rmSync(lockFile, { force: true });
    else if (!existsSync(lockFile) || !readFileSync(lockFile).equals(lockBefore))
      writeFileSync(lockFile, lockBefore);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A scratch folder for one check run. */
export function scratchFolder(base = tmpdir()): string {
  return mkdtempSync(join(base, 'tf-check-'));
}
