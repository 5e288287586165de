/** Which changed paths are configuration: `**`, `*` and `?` globs, as in a workflow's `paths`. */

export const DEFAULT_CONFIG_PATHS = ['**/*.tfvars', '**/*.json'];

export function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, none included; a trailing `**` anything.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function matchingFiles(files: readonly string[], globs: readonly string[]): string[] {
  const patterns = globs.map(globRegExp);
  return files.filter((f) => patterns.some((p) => p.test(f)));
}
