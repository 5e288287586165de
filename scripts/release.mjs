// Releases. A reusable workflow cannot tell which ref it was called at (GitHub's `github`
// context is the caller's), so it cannot call "the actions of its own release" by itself. The
// release commit says it instead: every reference of the workflows to this project's actions
// (`platform-actions/platform-actions/actions/<name>@main` on main) is rewritten to the release
// tag, on a commit made for the tag alone (main keeps @main). A caller pinned to @v1 gets the
// workflow of the newest v1 release, which calls the actions at that release's tag.
//
//   node scripts/release.mjs prepare 1.4.0 [--repository owner/name]  # commit + tag v1.4.0, main untouched
//   node scripts/release.mjs verify v1.4.0    # every self-reference at HEAD names v1.4.0 (the release workflow runs it)
//   node scripts/release.mjs move v1.4.0 [--push REMOTE]  # move v1 and v1.4 to v1.4.0
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SELF = 'platform-actions/platform-actions';
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

class ReleaseError extends Error {}

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim();
}

/** The files whose `uses:` name the project's own actions or workflows. */
export function referencingFiles(root) {
  const files = [];
  const workflows = join(root, '.github', 'workflows');
  for (const name of readdirSync(workflows))
    if (/\.ya?ml$/.test(name)) files.push(join(workflows, name));
  for (const name of readdirSync(join(root, 'actions'))) {
    const file = join(root, 'actions', name, 'action.yml');
    try {
      readFileSync(file);
      files.push(file);
    } catch {
      // a folder without metadata is no action
    }
  }
  return files;
}

/** A `uses:` line (never a comment) naming `repository`: the prefix, the path, the ref. */
const usesPattern = (repository) =>
  new RegExp(
    `^(\\s*(?:-\\s+)?uses:\\s*['"]?)${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^@\\s'"]+)@([^\\s'"#]+)`,
    'gm'
  );

/** Rewrites every self-reference to `repository/...@tag`; returns how many were rewritten. */
export function pinSelfReferences(text, tag, repository = SELF) {
  let count = 0;
  const out = text.replace(usesPattern(SELF), (_m, head, path) => {
    count++;
    return `${head}${repository}${path}@${tag}`;
  });
  return { text: out, count };
}

/** The self-references of a file that do not name `tag`. */
export function strayReferences(text, tag, repository = SELF) {
  const stray = [];
  for (const m of text.matchAll(usesPattern(repository)))
    if (m[3] !== tag) stray.push(`${repository}${m[2]}@${m[3]}`);
  return stray;
}

function parseVersion(value) {
  const v = String(value ?? '').replace(/^v/, '');
  const m = SEMVER.exec(v);
  if (m === null)
    throw new ReleaseError(`'${value ?? ''}' is not a release version: expected X.Y.Z, e.g. 1.4.0`);
  return { version: v, tag: `v${v}`, major: `v${m[1]}`, minor: `v${m[1]}.${m[2]}` };
}

function prepare(root, value, repository) {
  const { version, tag } = parseVersion(value);
  if (git(root, 'status', '--porcelain') !== '')
    throw new ReleaseError('the work tree has uncommitted changes: commit or stash them first');
  if (git(root, 'tag', '--list', tag) !== '')
    throw new ReleaseError(`the tag ${tag} exists already: a release tag never moves`);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  if (
    !new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(
      changelog
    )
  )
    throw new ReleaseError(
      `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section: move the Unreleased entries there first`
    );
  const branch = git(root, 'rev-parse', '--abbrev-ref', 'HEAD');
  let total = 0;
  git(root, 'checkout', '--quiet', '--detach');
  try {
    for (const file of referencingFiles(root)) {
      const { text, count } = pinSelfReferences(readFileSync(file, 'utf8'), tag, repository);
      if (count > 0) writeFileSync(file, text);
      total += count;
    }
    git(
      root,
      'commit',
      '--quiet',
      '--all',
      '--allow-empty',
      '-m',
      `release ${tag}\n\nThe workflows call the actions of this release (${tag}).`
    );
    git(root, 'tag', '--annotate', tag, '-m', `release ${tag}`);
  } finally {
    git(root, 'checkout', '--quiet', branch);
  }
  return { tag, total, commit: git(root, 'rev-parse', `${tag}^{commit}`) };
}

function verify(root, value, repository) {
  const { tag } = parseVersion(value);
  const problems = [];
  for (const file of referencingFiles(root))
    for (const ref of strayReferences(readFileSync(file, 'utf8'), tag, repository))
      problems.push(`${file.slice(root.length + 1)}: ${ref} (expected @${tag})`);
  if (problems.length > 0)
    throw new ReleaseError(
      `the release ${tag} calls actions of another ref:\n  ${problems.join('\n  ')}\nMake the release with 'node scripts/release.mjs prepare ${tag.slice(1)}'.`
    );
  return { tag };
}

function move(root, value, remote) {
  const { tag, major, minor } = parseVersion(value);
  const commit = git(root, 'rev-parse', `${tag}^{commit}`);
  for (const alias of [major, minor]) git(root, 'tag', '--force', alias, commit);
  if (remote !== undefined)
    git(root, 'push', '--force', remote, `refs/tags/${major}`, `refs/tags/${minor}`);
  return { commit, moved: [major, minor] };
}

function main(argv) {
  const [command, value, ...rest] = argv;
  const flag = (name) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const root = process.cwd();
  const repository = flag('--repository') || process.env.GITHUB_REPOSITORY || SELF;
  if (command === 'prepare') {
    const r = prepare(root, value, repository);
    console.log(
      `${r.tag} at ${r.commit}: ${r.total} reference(s) to ${repository} pinned to ${r.tag}.`
    );
    console.log(
      `Push it: git push origin ${r.tag}   (the release workflow tests it, then moves the major and minor tags)`
    );
  } else if (command === 'verify') {
    const r = verify(root, value, repository);
    console.log(`${r.tag}: every reference to ${repository} names ${r.tag}.`);
  } else if (command === 'move') {
    const r = move(root, value, flag('--push'));
    console.log(`${r.moved.join(' and ')} now at ${r.commit}.`);
  } else {
    throw new ReleaseError(
      'usage: release.mjs prepare X.Y.Z [--repository owner/name] | verify vX.Y.Z | move vX.Y.Z [--push REMOTE]'
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ReleaseError) && !(error instanceof Error && 'status' in error))
      throw error;
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
