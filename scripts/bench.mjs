// Runs every benchmark under bench/ in turn; each prints its own figures. The TypeScript they
// measure is compiled to build/ first.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(root, 'tsconfig.json'),
    '--noEmit',
    'false'
  ],
  { stdio: 'inherit' }
);
const only = process.argv.slice(2);
for (const file of readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  console.log(`\n== bench/${file}`);
  execFileSync(process.execPath, [join(root, 'bench', file)], { stdio: 'inherit' });
}
