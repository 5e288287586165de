// Change detection on a generated monorepo (default 1,000 stacks, 200 local modules): the time and
// peak memory of `platformctl targets` for a one-file change and for a change to a widely used
// module, beside `git diff --name-only` alone, the floor a user would start from by hand (and
// which misses the stacks that call a changed module or depend on a changed stack: counted here).
// Then the parse of every .tf file by the scanner beside the HCL library's wasm build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const STACKS = Number(process.argv[2] ?? 1000);
const MODULES = Number(process.argv[3] ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const cli = join(root, 'build', 'src', 'cli', 'index.js');
const { terraformFacts } = await import(`${root}build/src/targets/hcl-scan.js`);

/** A fixed pseudo-random sequence, so every run generates the same repository. */
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (n) => Math.floor(random() * n);

const repo = mkdtempSync(join(tmpdir(), 'bench-targets-'));
const write = (path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const git = (...args) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// Modules in layers: module i calls up to two modules after it; the last ones (tags, naming) are
// called by most, as a platform's shared building blocks are.
const moduleName = (i) => `modules/m${String(i).padStart(3, '0')}`;
const WIDELY_USED = MODULES - 1;
for (let i = 0; i < MODULES; i++) {
  const calls = new Set();
  if (i < MODULES - 1) {
    if (i < MODULES - 10) calls.add(MODULES - 1 - pick(3));
    if (random() < 0.5) calls.add(i + 1 + pick(Math.min(20, MODULES - 1 - i)));
  }
  const blocks = [...calls].map(
    (c) =>
      `module "m${c}" {\n  source = "../m${String(c).padStart(3, '0')}"\n  name   = var.name\n}\n`
  );
  write(
    `${moduleName(i)}/main.tf`,
    `variable "name" {\n  type = string\n}\n\n${blocks.join('\n')}\nresource "terraform_data" "this" {\n  input = "\${var.name}-${i}"\n}\n`
  );
  write(`${moduleName(i)}/outputs.tf`, `output "id" {\n  value = terraform_data.this.id\n}\n`);
}

// Stacks: ten teams; each calls one to three modules; a third declare depends_on, one in ten
// reads another's state; every tenth is a configuration-only target of a shared root module.
const stackName = (i) => `stacks/team${i % 10}/s${String(i).padStart(4, '0')}`;
write(
  'shared/app/main.tf',
  `terraform {\n  backend "s3" {}\n}\n\nvariable "name" {\n  type = string\n}\n\nmodule "app" {\n  source = "../../modules/m${String(MODULES - 3).padStart(3, '0')}"\n  name   = var.name\n}\n`
);
for (let i = 0; i < STACKS; i++) {
  const path = stackName(i);
  const deps = new Set();
  if (i > 20 && random() < 0.33) for (let k = 0; k <= pick(2); k++) deps.add(pick(i));
  const yamlDeps = [...deps].map((d) => `  - ../../team${d % 10}/s${String(d).padStart(4, '0')}\n`);
  if (i % 10 === 9) {
    write(
      `${path}/stack.yaml`,
      `module: ../../../shared/app\nvar_files:\n  - "*.tfvars"\nstate_key: ${path}\n${yamlDeps.length ? `depends_on:\n${yamlDeps.join('')}` : ''}`
    );
    write(`${path}/env.tfvars`, `name = "s${i}"\n`);
    continue;
  }
  const calls = new Set([pick(MODULES)]);
  for (let k = pick(3); k > 0; k--) calls.add(pick(MODULES));
  const remote =
    i > 20 && random() < 0.1
      ? `data "terraform_remote_state" "upstream" {\n  backend = "s3"\n  config = {\n    bucket = "state"\n    key    = "${stackName(pick(i))}/terraform.tfstate"\n  }\n}\n\n`
      : '';
  write(
    `${path}/main.tf`,
    `terraform {\n  backend "s3" {\n    bucket = "state"\n    key    = "${path}/terraform.tfstate"\n  }\n}\n\n${remote}` +
      [...calls]
        .map(
          (c) => `module "m${c}" {\n  source = "../../../${moduleName(c)}"\n  name   = "s${i}"\n}\n`
        )
        .join('\n')
  );
  write(
    `${path}/variables.tf`,
    `variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n`
  );
  write(`${path}/outputs.tf`, `output "region" {\n  value = var.region\n}\n`);
  write(`${path}/README.md`, `# ${path}\n`);
  if (yamlDeps.length) write(`${path}/stack.yaml`, `depends_on:\n${yamlDeps.join('')}`);
}
write('docs/guide.md', '# guide\n');
git('init', '-q', '--initial-branch=main');
git('add', '-A');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'base');
const base = git('rev-parse', 'HEAD').trim();

function change(branch, path, text) {
  git('checkout', '-q', '-b', branch, base);
  write(path, text);
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qam', branch);
  return git('rev-parse', 'HEAD').trim();
}

const hasTime = existsSync('/usr/bin/time');
/** Median wall time and peak RSS of a command, each run a fresh process. */
function measure(command, args) {
  const samples = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
          cwd: repo,
          encoding: 'utf8',
          maxBuffer: 1 << 28
        })
      : spawnSync(command, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
    const [kb, user, system] = hasTime
      ? r.stderr.trim().split('\n').pop().split(' ').map(Number)
      : [NaN, NaN, NaN];
    samples.push({ ms, rss: kb / 1024, cpu: (user + system) * 1000 });
    stdout = r.stdout;
  }
  samples.sort((a, b) => a.ms - b.ms);
  const mid = samples[Math.floor(samples.length / 2)];
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { ms: mid.ms, cpu, rss: Math.max(...samples.map((s) => s.rss)), stdout };
}

const stackDirs = new Set(
  git('ls-files')
    .split('\n')
    .filter((f) => (f.endsWith('/main.tf') && f.startsWith('stacks/')) || f.endsWith('/stack.yaml'))
    .map((f) => f.slice(0, f.lastIndexOf('/')))
);

const scenarios = [
  [
    "one-file change (a stack's variables.tf)",
    'one-file',
    `${stackName(123)}/variables.tf`,
    'variable "region" {\n  type    = string\n  default = "eu-north-1"\n}\n'
  ],
  [
    `widely used module (${moduleName(WIDELY_USED)})`,
    'wide-module',
    `${moduleName(WIDELY_USED)}/outputs.tf`,
    'output "id" {\n  value = terraform_data.this.output\n}\n'
  ]
];

const files = git('ls-files')
  .split('\n')
  .filter((f) => f !== '');
console.log(
  `generated monorepo: ${STACKS} stacks (${STACKS / 10} configuration-only), ${MODULES} local modules, ${files.length} files; median of ${RUNS} runs, each a fresh process`
);
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `  ${pad('change', 44)}${pad('method', 34)}${pad('wall', 10)}${pad('CPU', 10)}${pad('peak RSS', 11)}targets`
);
const cpuOf = (m) => (Number.isNaN(m.cpu) ? '-' : `${m.cpu.toFixed(0)} ms`);
for (const [title, branch, path, text] of scenarios) {
  const head = change(branch, path, text);
  const naive = measure('git', ['diff', '--name-only', `${base}...${head}`]);
  const naiveStacks = new Set(
    naive.stdout
      .split('\n')
      .filter((f) => f !== '')
      .map((f) => {
        for (
          let d = f.slice(0, f.lastIndexOf('/'));
          d.includes('/');
          d = d.slice(0, d.lastIndexOf('/'))
        )
          if (stackDirs.has(d)) return d;
        return undefined;
      })
      .filter((d) => d !== undefined)
  );
  const ours = measure(process.execPath, [
    cli,
    'targets',
    '--base',
    base,
    '--head',
    head,
    '--format',
    'json'
  ]);
  const doc = JSON.parse(ours.stdout);
  const found = new Set(doc.targets.map((t) => t.path));
  const missed = [...found].filter((t) => !naiveStacks.has(t)).length;
  const mb = (v) => (Number.isNaN(v) ? '-' : `${v.toFixed(0)} MB`);
  console.log(
    `  ${pad(title, 44)}${pad('git diff --name-only (folders)', 34)}${pad(`${naive.ms.toFixed(0)} ms`, 10)}${pad(cpuOf(naive), 10)}${pad(mb(naive.rss), 11)}${naiveStacks.size} (misses ${missed})`
  );
  console.log(
    `  ${pad('', 44)}${pad('platformctl targets', 34)}${pad(`${ours.ms.toFixed(0)} ms`, 10)}${pad(cpuOf(ours), 10)}${pad(mb(ours.rss), 11)}${found.size} in ${doc.waves.length} waves`
  );
}
const help = measure(process.execPath, [cli, '--help']);
console.log(
  `  (platformctl --help, the CLI's start alone: ${help.ms.toFixed(0)} ms wall, ${cpuOf(help)} CPU, ${help.rss.toFixed(0)} MB;` +
    ` wall beyond CPU is waiting for a core: load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores)`
);

// Why a scanner: every .tf file of the repository, read by each parser in this process.
const tfFiles = files
  .filter((f) => f.endsWith('.tf'))
  .map((f) => [f, readFileSync(join(repo, f), 'utf8')]);
let t = process.hrtime.bigint();
for (const [f, text] of tfFiles) terraformFacts(text, f);
const scanMs = Number(process.hrtime.bigint() - t) / 1e6;
t = process.hrtime.bigint();
const { parse } = createRequire(join(root, 'package.json'))('@cdktf/hcl2json');
const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
t = process.hrtime.bigint();
for (const [f, text] of tfFiles) await parse(f, text);
const wasmMs = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`parsing all ${tfFiles.length} .tf files:`);
console.log(`  scanner (src/targets/hcl-scan.ts)   ${scanMs.toFixed(0)} ms`);
console.log(
  `  @cdktf/hcl2json (HCL library, wasm) ${wasmMs.toFixed(0)} ms + ${loadMs.toFixed(0)} ms to load`
);
if (process.env.BENCH_KEEP) console.log(repo);
else rmSync(repo, { recursive: true, force: true });
