import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Runs a bundled JavaScript action the way a GitHub runner does: inputs as `INPUT_<NAME>` with
 * action.yml defaults filled in, the runner's files and folders in the environment, and the
 * outputs file read back with its multi-line delimiters. Used by the e2e tests, the demo and
 * `platformctl action run`.
 */

const ActionYamlSchema = z.object({
  name: z.string(),
  description: z.string(),
  inputs: z
    .record(
      z.string(),
      z.object({
        description: z.string(),
        required: z.boolean().optional(),
        default: z.string().optional()
      })
    )
    .optional()
    .default({}),
  outputs: z
    .record(z.string(), z.object({ description: z.string() }))
    .optional()
    .default({}),
  runs: z.object({ using: z.string(), main: z.string() })
});

export type ActionYaml = z.infer<typeof ActionYamlSchema>;

export function readActionYaml(actionDir: string): ActionYaml {
  const file = join(actionDir, 'action.yml');
  return ActionYamlSchema.parse(parse(readFileSync(file, 'utf8')));
}

export interface LocalRunOptions {
  actionDir: string;
  /** Inputs by name; absent ones get action.yml's default, as the runner gives them. */
  inputs: Record<string, string>;
  /** The node binary to run the bundle with (default: this process's). */
  node?: string;
  workspace: string;
  /** A folder for this run's runner files; a fresh temporary one when not given. */
  runnerDir?: string;
  toolCache?: string;
  event?: unknown;
  eventName?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface LocalRunResult {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  /** Output with every `::add-mask::` value replaced by `***`, wherever it was printed. */
  log: string;
  /**
   * Output as a runner shows it: each value masked only from the line after its `::add-mask::`
   * on, so a secret printed before it was registered shows (and a test can see that it leaked).
   */
  orderedLog: string;
  /** The values the action asked the runner to mask. */
  masked: string[];
  /** `::error::` messages the action reported. */
  errors: string[];
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
}

/** Reads a runner file of `name=value` and `name<<DELIM … DELIM` entries; later entries win. */
export function parseRunnerFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length)
        throw new Error(`Runner file entry '${name}' has no closing delimiter '${delimiter}'`);
      out[name ?? ''] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1)
      throw new Error(`Runner file line '${line}' is neither name=value nor name<<DELIMITER`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function inputEnvironmentName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function runLocalAction(options: LocalRunOptions): Promise<LocalRunResult> {
  const action = readActionYaml(options.actionDir);
  const unknown = Object.keys(options.inputs).filter((k) => !(k in action.inputs));
  if (unknown.length > 0) {
    return Promise.reject(
      new Error(`${action.name} has no input ${unknown.map((u) => `'${u}'`).join(', ')}`)
    );
  }
  const dir = options.runnerDir ?? mkdtempSync(join(tmpdir(), 'runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path')
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const temp = join(dir, 'temp');
  mkdirSync(temp, { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const toolCache = options.toolCache ?? join(dir, 'tool-cache');
  mkdirSync(toolCache, { recursive: true });

  // The job's environment reaches the action, as on a runner; the runner's own variables are set anew.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    ...files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_ACTION: `__${action.name}`,
    GITHUB_RUN_ID: options.env?.['GITHUB_RUN_ID'] ?? '1',
    GITHUB_REPOSITORY: options.env?.['GITHUB_REPOSITORY'] ?? 'acme/infrastructure'
  };
  for (const [name, spec] of Object.entries(action.inputs)) {
    env[inputEnvironmentName(name)] = options.inputs[name] ?? spec.default ?? '';
  }

  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      options.node ?? process.execPath,
      [join(options.actionDir, action.runs.main)],
      {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        const raw = Buffer.concat(chunks).toString('utf8');
        const masked: string[] = [];
        const errors: string[] = [];
        const kept: string[] = [];
        const ordered: string[] = [];
        for (const line of raw.split('\n')) {
          const mask = /^::add-mask::(.*)$/.exec(line);
          if (mask !== null) {
            if (mask[1] !== undefined && mask[1] !== '') masked.push(unescapeCommand(mask[1]));
            continue;
          }
          let shown = line;
          for (const secret of [...masked].sort((a, b) => b.length - a.length))
            shown = shown.split(secret).join('***');
          ordered.push(shown);
          const error = /^::error(?: [^:]*)?::(.*)$/.exec(line);
          if (error !== null) errors.push(unescapeCommand(error[1] ?? ''));
          kept.push(line);
        }
        let log = kept.join('\n');
        for (const secret of [...masked].sort((a, b) => b.length - a.length))
          log = log.split(secret).join('***');
        resolvePromise({
          exitCode: code ?? 1,
          outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
          summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
          log,
          orderedLog: ordered.join('\n'),
          masked,
          errors,
          exportedEnv: parseRunnerFile(readFileSync(files.GITHUB_ENV, 'utf8')),
          addedPath: readFileSync(files.GITHUB_PATH, 'utf8')
            .split('\n')
            .filter((l) => l !== ''),
          state: parseRunnerFile(readFileSync(files.GITHUB_STATE, 'utf8'))
        });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** Workflow command data escapes `%`, CR and LF. */
function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
