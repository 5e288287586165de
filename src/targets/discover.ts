import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { STATE_KEY_SETTING } from '../terraform/backend.js';
import type { Dependency, Repository, Stack } from './graph.js';
import {
  HclScanError,
  terraformFacts,
  terraformJsonFacts,
  type TerraformFacts
} from './hcl-scan.js';
import {
  parseStackFile,
  RepositoryError,
  STACK_FILE,
  type StackFile,
  type StackFileLines
} from './stack-file.js';

/** What one folder declares: its `.tf` files' facts merged, and its stack.yaml. */
interface Folder {
  path: string;
  /** The names of the files in it. */
  files: string[];
  /** `.tf` and `.tf.json` file names. */
  configFiles: string[];
  backend?: TerraformFacts['backend'] & { file: string };
  modules: (TerraformFacts['modules'][number] & { file: string })[];
  remoteStates: (TerraformFacts['remoteStates'][number] & { file: string })[];
  stackFile?: { settings: StackFile; lines: StackFileLines };
}

/** Words without which a file can hold none of the blocks read here: such files are not scanned. */
const INTERESTING = /\b(?:backend|cloud|module|terraform_remote_state)\b/;

/**
 * The files of a folder a var_files pattern matches. A pattern of one path segment is matched
 * against the names the walk listed already (a glob library call per target costs more than the
 * whole scan of a large repository); one with a '/' or a brace goes to the glob library.
 */
function matchFiles(pattern: string, names: readonly string[], folder: string): string[] {
  if (/[/{}!]/.test(pattern))
    return globSync(pattern, { cwd: folder, onlyFiles: true, dot: true }).sort();
  const source = pattern
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const regex = new RegExp(`^${source}$`);
  return names.filter((name) => regex.test(name)).sort();
}

export interface DiscoverOptions {
  /** Absolute: where stacks are looked for. */
  root: string;
  /** Absolute: the repository's top folder; module sources must stay inside it. */
  repository: string;
}

/**
 * Finds the stacks under the root (folders with a backend, and configuration-only folders with a
 * stack.yaml naming a shared root module), follows their local modules transitively, and reads
 * their dependencies: declared in stack.yaml, or inferred from `terraform_remote_state`.
 * Skips `.terraform/` and hidden folders. Any invalid content is a RepositoryError (file:line).
 */
export function discoverRepository(options: DiscoverOptions): Repository {
  const { root } = options;
  const abs = (path: string): string => (path === '.' ? root : join(root, path));
  // Paths are compared as strings: the root's place in the repository is worked out once.
  const rootFromTop = relative(options.repository, root).split(sep).join('/');
  const inRepository = (path: string): boolean => {
    const fromTop = posix.normalize(rootFromTop === '' ? path : `${rootFromTop}/${path}`);
    return fromTop !== '..' && !fromTop.startsWith('../');
  };
  const isFolderCache = new Map<string, boolean>();
  const isFolder = (path: string): boolean => {
    let known = isFolderCache.get(path);
    if (known === undefined) {
      known = existsSync(abs(path)) && statSync(abs(path)).isDirectory();
      isFolderCache.set(path, known);
    }
    return known;
  };

  const folders = new Map<string, Folder>();
  const readFolder = (path: string, entries?: string[]): Folder => {
    const known = folders.get(path);
    if (known !== undefined) return known;
    const names = entries ?? readdirSync(abs(path));
    const folder: Folder = { path, files: names, configFiles: [], modules: [], remoteStates: [] };
    for (const name of names.sort()) {
      const isTf = name.endsWith('.tf');
      if (!isTf && !name.endsWith('.tf.json')) continue;
      folder.configFiles.push(name);
      const file = path === '.' ? name : `${path}/${name}`;
      const text = readFileSync(join(abs(path), name), 'utf8');
      if (!INTERESTING.test(text)) continue;
      let facts: TerraformFacts;
      try {
        facts = isTf ? terraformFacts(text, file) : terraformJsonFacts(text, file);
      } catch (error) {
        if (error instanceof HclScanError)
          throw new RepositoryError(error.file, error.line, error.detail);
        throw error;
      }
      if (facts.backend !== undefined) folder.backend = { ...facts.backend, file };
      for (const m of facts.modules) folder.modules.push({ ...m, file });
      for (const r of facts.remoteStates) folder.remoteStates.push({ ...r, file });
    }
    if (names.includes(STACK_FILE)) {
      const file = path === '.' ? STACK_FILE : `${path}/${STACK_FILE}`;
      folder.stackFile = parseStackFile(readFileSync(join(abs(path), STACK_FILE), 'utf8'), file);
    }
    folders.set(path, folder);
    return folder;
  };

  // Walk the root: every folder but hidden ones and the engine's working folders.
  const walk = (path: string): void => {
    const entries = readdirSync(abs(path), { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.')) continue;
        walk(path === '.' ? entry.name : `${path}/${entry.name}`);
      } else files.push(entry.name);
    }
    if (files.some((f) => f.endsWith('.tf') || f.endsWith('.tf.json') || f === STACK_FILE))
      readFolder(path, files);
  };
  walk('.');

  /** A folder named relative to another, as a path relative to the root. */
  const resolveFrom = (folder: string, target: string): string =>
    posix.normalize(folder === '.' ? target : `${folder}/${target}`).replace(/\/$/, '') || '.';

  const sharedModules = new Set<string>();
  for (const folder of folders.values()) {
    const module = folder.stackFile?.settings.module;
    if (module !== undefined) sharedModules.add(resolveFrom(folder.path, module));
  }

  const stacks = new Map<string, Stack>();
  const stackFiles = new Map<string, Folder>();
  for (const folder of [...folders.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const settings = folder.stackFile?.settings;
    const file = folder.path === '.' ? STACK_FILE : `${folder.path}/${STACK_FILE}`;
    if (settings?.module !== undefined) {
      const shared = resolveFrom(folder.path, settings.module);
      if (!inRepository(shared))
        throw new RepositoryError(
          file,
          folder.stackFile!.lines.line(['module']),
          `module '${settings.module}' is outside the repository`
        );
      if (!isFolder(shared))
        throw new RepositoryError(
          file,
          folder.stackFile!.lines.line(['module']),
          `module '${settings.module}' names no folder (${shared})`
        );
      const varFiles: string[] = [];
      (settings.var_files ?? []).forEach((pattern, index) => {
        const matches = matchFiles(pattern, folder.files, abs(folder.path));
        if (matches.length === 0)
          throw new RepositoryError(
            file,
            folder.stackFile!.lines.line(['var_files', index]),
            `var_files '${pattern}' matches no file in ${folder.path}`
          );
        for (const m of matches) {
          const path = resolveFrom(folder.path, m);
          if (!varFiles.includes(path)) varFiles.push(path);
        }
      });
      stacks.set(folder.path, {
        path: folder.path,
        kind: 'configuration',
        rootModule: shared,
        varFiles,
        stateKey: settings.state_key ?? `${folder.path}.tfstate`,
        modules: [shared],
        dependsOn: []
      });
      stackFiles.set(folder.path, folder);
    } else if (folder.backend !== undefined && !sharedModules.has(folder.path)) {
      stacks.set(folder.path, {
        path: folder.path,
        kind: 'stack',
        rootModule: folder.path,
        varFiles: [],
        ...(settings?.state_key === undefined ? {} : { stateKey: settings.state_key }),
        modules: [],
        dependsOn: []
      });
      stackFiles.set(folder.path, folder);
    } else if (folder.stackFile !== undefined && !sharedModules.has(folder.path)) {
      throw new RepositoryError(
        file,
        undefined,
        `is beside no stack: its folder's .tf files declare no terraform backend, and it names no shared 'module'`
      );
    }
  }

  // Local modules, followed transitively from every stack (and every shared root module).
  const modules = new Map<string, string[]>();
  const localCalls = (folder: Folder): string[] => {
    const calls: string[] = [];
    for (const call of folder.modules) {
      const source = call.source;
      if (source === undefined || !(source.startsWith('./') || source.startsWith('../'))) continue;
      const target = resolveFrom(folder.path, source.split('//')[0]!);
      if (!inRepository(target))
        throw new RepositoryError(
          call.file,
          call.line,
          `module "${call.name}" has source '${source}', which is outside the repository`
        );
      if (!isFolder(target))
        throw new RepositoryError(
          call.file,
          call.line,
          `module "${call.name}" has source '${source}', which names no folder (${target})`
        );
      if (!calls.includes(target)) calls.push(target);
    }
    return calls;
  };
  const follow = (start: string[]): void => {
    const queue = [...start];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (modules.has(path)) continue;
      const calls = localCalls(readFolder(path));
      modules.set(path, calls);
      queue.push(...calls);
    }
  };
  for (const stack of stacks.values()) {
    const calls = stack.kind === 'stack' ? localCalls(folders.get(stack.path)!) : stack.modules;
    stack.modules = calls;
    follow(calls);
  }

  // The state each stack writes, to match remote-state data sources against.
  const stateOf = new Map<string, string[]>();
  const localStateOf = new Map<string, string>();
  for (const stack of stacks.values()) {
    const backend = folders.get(stack.rootModule)?.backend;
    const type = backend?.type ?? 'local';
    const setting = STATE_KEY_SETTING[type];
    const key = stack.stateKey ?? (setting === undefined ? undefined : backend?.settings[setting]);
    if (type === 'local') {
      localStateOf.set(resolveFrom(stack.rootModule, key ?? 'terraform.tfstate'), stack.path);
    } else if (key !== undefined) {
      const list = stateOf.get(`${type}\n${key}`) ?? [];
      list.push(stack.path);
      stateOf.set(`${type}\n${key}`, list);
    }
  }

  for (const stack of stacks.values()) {
    const folder = stackFiles.get(stack.path)!;
    const dependsOn: Dependency[] = [];
    const file = stack.path === '.' ? STACK_FILE : `${stack.path}/${STACK_FILE}`;
    (folder.stackFile?.settings.depends_on ?? []).forEach((entry, index) => {
      const target = resolveFrom(stack.path, entry);
      const line = folder.stackFile!.lines.line(['depends_on', index]);
      if (!stacks.has(target)) {
        const why = !existsSync(abs(target))
          ? 'no such folder'
          : 'a folder without a terraform backend block or a stack.yaml naming a shared module';
        throw new RepositoryError(
          file,
          line,
          `depends_on '${entry}' names ${target}, which is not a stack (${why})`
        );
      }
      dependsOn.push({ path: target, origin: { file, line } });
    });
    const rootFolder = folders.get(stack.rootModule);
    for (const remote of rootFolder?.remoteStates ?? []) {
      const type = remote.backend ?? 'local';
      let matches: string[] = [];
      if (type === 'local') {
        const path = remote.settings['path'];
        if (path !== undefined && !isAbsolute(path)) {
          const state = resolveFrom(stack.rootModule, path);
          const owner = localStateOf.get(state);
          matches = owner === undefined ? [] : [owner];
        }
      } else {
        const setting = STATE_KEY_SETTING[type];
        const key = setting === undefined ? undefined : remote.settings[setting];
        matches = key === undefined ? [] : (stateOf.get(`${type}\n${key}`) ?? []);
      }
      for (const match of matches) {
        if (match === stack.path || dependsOn.some((d) => d.path === match)) continue;
        dependsOn.push({
          path: match,
          origin: { file: remote.file, line: remote.line },
          inferredFrom: `data.terraform_remote_state.${remote.name}`
        });
      }
    }
    stack.dependsOn = dependsOn;
  }

  return { stacks, modules };
}
