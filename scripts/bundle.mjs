// Bundles every action (and the CLI) with ncc into its committed dist/ folder.
// `--check` bundles into a temporary folder instead and fails when any committed bundle differs
// from what the source builds to, naming the files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const targets = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')))
  .map((name) => ({
    name,
    entry: join('actions', name, 'src', 'index.ts'),
    dist: join('actions', name, 'dist')
  }));
targets.push({
  name: 'platformctl',
  entry: join('src', 'cli', 'index.ts'),
  dist: join('dist', 'cli')
});

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const scratch = check ? mkdtempSync(join(tmpdir(), 'bundle-check-')) : undefined;
const stale = [];
try {
  for (const target of targets.filter((t) => only.length === 0 || only.includes(t.name))) {
    const out = scratch === undefined ? join(root, target.dist) : join(scratch, target.name);
    if (scratch === undefined) rmSync(out, { recursive: true, force: true });
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        target.entry,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--quiet',
        '--target',
        'es2023'
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
    );
    if (scratch !== undefined) {
      const committed = join(root, target.dist);
      const built = files(out);
      const have = files(committed);
      for (const f of new Set([...built, ...have])) {
        const a = join(out, f);
        const b = join(committed, f);
        if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) {
          stale.push(relative(root, b));
        }
      }
    }
    console.log(
      `${check ? 'checked' : 'bundled'} ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)}s`
    );
  }
} finally {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(
    `The committed bundles do not match the source: ${stale.join(', ')}.\nRun 'npm run bundle' and commit the result.`
  );
  process.exit(1);
}
