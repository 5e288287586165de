import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type EngineName = 'tofu' | 'terraform';
export const ENGINES: readonly EngineName[] = ['tofu', 'terraform'];

/** The versions used when neither the input nor a version file names one. */
export const DEFAULT_ENGINE_VERSIONS: Readonly<Record<EngineName, string>> = {
  tofu: '1.12.6',
  terraform: '1.14.0'
};

/** An exact release: `1.12.6`, `1.13.0-beta1`. Ranges are refused so a run is reproducible. */
export const ENGINE_VERSION_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?$/;

/** The version files each engine honours, nearest first within a folder. */
const VERSION_FILES: Readonly<Record<EngineName, readonly string[]>> = {
  tofu: ['.opentofu-version', '.terraform-version'],
  terraform: ['.terraform-version']
};

export interface ResolvedEngineVersion {
  version: string;
  /** Where it came from: `input`, a version file's path, or `default`. */
  source: string;
}

export class EngineVersionFileError extends Error {
  constructor(
    readonly file: string,
    readonly content: string
  ) {
    super(
      `Version file ${file} holds '${content}': it must hold one exact version such as 1.12.6 ` +
        `(no ranges, no 'v' prefix)`
    );
    this.name = 'EngineVersionFileError';
  }
}

/**
 * The engine version: the input when given, else the nearest version file in the working
 * directory or its parents (stopping at `stopAt`, the workspace, when given), else the default.
 */
export function resolveEngineVersion(options: {
  engine: EngineName;
  input: string;
  workingDirectory: string;
  stopAt?: string;
}): ResolvedEngineVersion {
  if (options.input !== '') return { version: options.input, source: 'input' };
  const stop = options.stopAt === undefined ? undefined : resolve(options.stopAt);
  let dir = resolve(options.workingDirectory);
  for (;;) {
    for (const name of VERSION_FILES[options.engine]) {
      const file = join(dir, name);
      if (existsSync(file)) {
        const content = readFileSync(file, 'utf8').trim().replace(/^v/, '');
        if (!ENGINE_VERSION_PATTERN.test(content)) throw new EngineVersionFileError(file, content);
        return { version: content, source: file };
      }
    }
    const parent = dirname(dir);
    if (parent === dir || dir === stop) break;
    dir = parent;
  }
  return { version: DEFAULT_ENGINE_VERSIONS[options.engine], source: 'default' };
}
