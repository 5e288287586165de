import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../common/errors.js';
import { confinePath } from '../common/safe-fs.js';
import { redactAssignment } from '../common/secrets.js';

/**
 * The setting that names one state within a backend, for the backends that have one. `state-key`
 * is passed as this setting, so one stack configuration serves many states.
 */
export const STATE_KEY_SETTING: Readonly<Record<string, string>> = {
  s3: 'key',
  azurerm: 'key',
  oss: 'key',
  cos: 'key',
  gcs: 'prefix',
  pg: 'schema_name',
  consul: 'path',
  local: 'path',
  kubernetes: 'secret_suffix'
};

/**
 * The backend type a stack declares (`backend "s3" {}` in a `terraform` block of a `.tf` file, or
 * `terraform.backend` in a `.tf.json` file); `local` when it declares none, as the engine assumes.
 */
export function detectBackendType(workingDirectory: string): string {
  for (const name of readdirSync(workingDirectory).sort()) {
    const file = join(workingDirectory, name);
    if (name.endsWith('.tf')) {
      const text = readFileSync(file, 'utf8').replace(/#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
      const match = /\bbackend\s+"([A-Za-z0-9_-]+)"\s*\{/.exec(text);
      if (match?.[1] !== undefined) return match[1];
      if (/\bcloud\s*\{/.test(text) && /\bterraform\s*\{/.test(text)) return 'cloud';
    } else if (name.endsWith('.tf.json')) {
      try {
        const json = JSON.parse(readFileSync(file, 'utf8')) as { terraform?: unknown };
        const blocks = Array.isArray(json.terraform) ? json.terraform : [json.terraform];
        for (const block of blocks) {
          const backend = (block as { backend?: Record<string, unknown> } | undefined)?.backend;
          const type = backend === undefined ? undefined : Object.keys(backend)[0];
          if (type !== undefined) return type;
        }
      } catch {
        // A malformed file is the engine's to report, with its own line numbers.
      }
    }
  }
  return 'local';
}

const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/;
const STATE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * The `-backend-config` entries: each line of the input is a `key=value` pair or the path of a
 * backend config file (relative to the working directory), then the state key as its backend's
 * setting. Malformed lines, missing files and keys a backend cannot take are input errors.
 */
export function backendConfigEntries(options: {
  lines: readonly string[];
  stateKey: string;
  workingDirectory: string;
  /** Backend config files must be inside it, after `..` and links (default: no such check). */
  workspace?: string;
  backendType: string;
}): string[] {
  const entries: string[] = [];
  options.lines.forEach((line, index) => {
    const path = isAbsolute(line) ? line : join(options.workingDirectory, line);
    if (existsSync(path) && statSync(path).isFile()) {
      if (options.workspace !== undefined)
        confinePath({ input: 'backend-config', raw: path, root: options.workspace });
      entries.push(line);
      return;
    }
    const match = KEY_VALUE.exec(line);
    if (match === null) {
      throw new InputError(
        'backend-config',
        redactAssignment(line),
        `line ${index + 1} is neither key=value nor the path of a backend config file ` +
          `(looked for ${isAbsolute(line) ? redactAssignment(line) : join(options.workingDirectory, redactAssignment(line))})`
      );
    }
    if (match[2] === '') {
      throw new InputError(
        'backend-config',
        redactAssignment(line),
        `line ${index + 1} gives '${match[1]}' no value`
      );
    }
    entries.push(line);
  });
  if (options.stateKey !== '') {
    if (!STATE_KEY.test(options.stateKey) || options.stateKey.split('/').includes('..')) {
      throw new InputError(
        'state-key',
        options.stateKey,
        "must be letters, digits, '.', '_', '-' and '/', start with a letter or digit, and hold no '..'"
      );
    }
    const setting = STATE_KEY_SETTING[options.backendType];
    if (setting === undefined) {
      throw new InputError(
        'state-key',
        options.stateKey,
        `the stack's '${options.backendType}' backend has no single key setting; ` +
          `pass its settings through backend-config instead`
      );
    }
    entries.push(`${setting}=${options.stateKey}`);
  }
  return entries;
}
