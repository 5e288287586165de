// Installs what `npm test` and `npm run demo` need when it is missing, and is quick when nothing
// is: the npm packages (when node_modules is absent or older than package-lock.json), then the
// offline toolchain (scripts/tools.sh, which skips what is already built).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const started = Date.now();

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('setup: installing npm packages (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
} else {
  console.log('setup: npm packages: up to date');
}
execFileSync('bash', [join(root, 'scripts', 'tools.sh')], { cwd: root, stdio: 'inherit' });
console.log(`setup: done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
