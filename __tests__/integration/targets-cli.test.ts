import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
import { git } from '../support/git.js';
import { GOLDEN, expectGolden } from '../support/golden.js';
import { fixtureRepo, type Change, type FixtureRepo } from '../support/targets.js';

const golden = (name: string): string => join(GOLDEN, 'targets', name);

let repo: FixtureRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

async function targets(change: Change, ...flags: string[]) {
  repo = fixtureRepo('platform', change);
  return platformctl([
    'targets',
    '--base',
    repo.base,
    '--head',
    repo.head,
    '--root',
    repo.dir,
    ...flags
  ]);
}

const SCENARIOS: [string, string, Change][] = [
  [
    'module-chain',
    'a module called through another module touches the stack and its dependents',
    {
      write: { 'modules/subnet/main.tf': 'variable "cidr" {}\noutput "id" { value = var.cidr }\n' }
    }
  ],
  [
    'own-files',
    "a stack's own files touch it, a nested stack's do not touch its parent, docs touch nothing",
    {
      write: {
        'stacks/app/nested/main.tf': 'terraform {\n  backend "local" {}\n}\n',
        'stacks/network/README.md': '# network, renamed\n',
        'docs/guide.md': '# edited\n'
      }
    }
  ],
  [
    'var-file',
    "a variable file touches its configuration-only target and that target's dependents",
    { write: { 'envs/dev/dev.tfvars': 'env = "development"\n' } }
  ],
  [
    'shared-module',
    'a widely used module touches direct callers, configuration-only targets and inferred dependents',
    { write: { 'modules/dns/main.tf': 'variable "zone" {}\noutput "fqdn" { value = var.zone }\n' } }
  ],
  [
    'deleted',
    'deleted stacks and configuration-only targets are listed apart, never planned',
    { remove: ['old', 'envs/prod'] }
  ],
  [
    'none',
    'files outside every stack and module change nothing',
    { write: { 'docs/guide.md': '# x\n' } }
  ]
];

describe('platformctl targets on fixture repositories', () => {
  it.each(SCENARIOS)('%s: %s (json)', async (name, _title, change) => {
    const run = await targets(change, '--format', 'json');
    // What platformctl itself says (Node's own warnings about jest's VM modules aside).
    const said = run.stderr.split('\n').filter((l) => l.startsWith('platformctl'));
    expect(said).toEqual(
      name === 'none' || name === 'deleted'
        ? ['platformctl: no targets: the change touches no stack, module or variable file']
        : []
    );
    expect(run.code).toBe(0);
    expectGolden(golden(`${name}.json`), run.stdout);
  });

  it.each(SCENARIOS)('%s: %s (text)', async (name, _title, change) => {
    const run = await targets(change);
    expect(run.code).toBe(0);
    // The base commit's id differs on every run: it is named by the text, so it is masked here.
    expectGolden(golden(`${name}.txt`), run.stdout.replaceAll(repo!.base.slice(0, 12), '<base>'));
  });

  it('slices a wave longer than --max-parallel, still reporting it as one wave', async () => {
    const run = await targets(SCENARIOS[3]![2], '--max-parallel', '1');
    expect(run.code).toBe(0);
    expectGolden(golden('shared-module-max-parallel-1.txt'), run.stdout);
  });

  it("gives a workflow's strategy.matrix one entry per target, and one wave's entries with --wave", async () => {
    const all = await targets(SCENARIOS[3]![2], '--format', 'matrix');
    expect(all.code).toBe(0);
    expectGolden(golden('shared-module-matrix.json'), all.stdout);
    const second = await platformctl([
      'targets',
      '--base',
      repo!.base,
      '--head',
      repo!.head,
      '--root',
      repo!.dir,
      '--format',
      'matrix',
      '--wave',
      '2'
    ]);
    const include = (JSON.parse(second.stdout) as { include: { path: string; wave: number }[] })
      .include;
    expect(include.map((e) => [e.path, e.wave])).toEqual([
      ['envs/prod', 2],
      ['stacks/cdn', 2]
    ]);
  });

  it('reads the changed files from --changed-files (as GitHub lists them) instead of git', async () => {
    repo = fixtureRepo('platform', {});
    const list = join(repo.dir, '..', `${repo.head}.txt`);
    writeFileSync(list, 'modules/vpc/main.tf\n\ndocs/guide.md\n');
    const run = await platformctl([
      'targets',
      '--base',
      repo.base,
      '--head',
      repo.head,
      '--root',
      repo.dir,
      '--format',
      'json',
      '--changed-files',
      list
    ]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { waves: string[][] };
    expect(doc.waves).toEqual([['stacks/network'], ['stacks/db'], ['stacks/app']]);
  });

  it('takes --root below the top, with paths relative to the root and modules above it', async () => {
    repo = fixtureRepo(
      'platform',
      { write: { 'infra/modules/subnet/main.tf': 'variable "cidr" {}\n' } },
      'infra'
    );
    const run = await platformctl([
      'targets',
      '--base',
      repo.base,
      '--head',
      repo.head,
      '--root',
      join(repo.dir, 'infra', 'stacks'),
      '--format',
      'json'
    ]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { targets: { path: string; reasons: string[] }[] };
    expect(doc.targets.map((t) => [t.path, t.reasons])).toEqual([
      ['app', ['depends on: db']],
      ['db', ['depends on: network (inferred from data.terraform_remote_state.network)']],
      ['network', ['module: ../modules/subnet']]
    ]);
  });
});

describe('platformctl targets refuses bad input', () => {
  it.each([
    [
      'invalid YAML',
      { 'stacks/app/stack.yaml': 'depends_on:\n  - ../db\n bad: [\n' },
      /^platformctl: stacks\/app\/stack\.yaml:3: not valid YAML/
    ],
    [
      'an unknown key',
      { 'stacks/app/stack.yaml': '# deps\ndepends_on:\n  - ../db\ndepend_on: []\n' },
      /^platformctl: stacks\/app\/stack\.yaml:4: unknown key 'depend_on'/
    ],
    [
      'a value of the wrong kind',
      { 'stacks/app/stack.yaml': 'depends_on: ../db\n' },
      /^platformctl: stacks\/app\/stack\.yaml:1: 'depends_on' /
    ],
    [
      'a depends_on naming a folder that is not a stack',
      { 'stacks/app/stack.yaml': 'depends_on:\n  - ../db\n  - ../../docs\n' },
      /^platformctl: stacks\/app\/stack\.yaml:3: depends_on '..\/..\/docs' names docs, which is not a stack/
    ],
    [
      'a depends_on naming no folder',
      { 'stacks/app/stack.yaml': 'depends_on:\n  - ../dbx\n' },
      /^platformctl: stacks\/app\/stack\.yaml:2: depends_on '..\/dbx' names stacks\/dbx, which is not a stack \(no such folder\)/
    ],
    [
      'a module source outside the repository',
      {
        'modules/vpc/main.tf':
          'variable "cidr" {}\n\nmodule "x" {\n  source = "../../../elsewhere"\n}\n'
      },
      /^platformctl: modules\/vpc\/main\.tf:3: module "x" has source '..\/..\/..\/elsewhere', which is outside the repository/
    ],
    [
      'a module source naming no folder',
      {
        'stacks/network/main.tf':
          'terraform {\n  backend "local" {}\n}\nmodule "x" {\n  source = "./gone"\n}\n'
      },
      /^platformctl: stacks\/network\/main\.tf:4: module "x" has source '.\/gone', which names no folder/
    ],
    [
      'a .tf file the scanner cannot read',
      { 'stacks/db/extra.tf': 'module "m" {\n  source = "unclosed\n}\n' },
      /^platformctl: stacks\/db\/extra\.tf:2: a quoted string is not closed/
    ]
  ])('%s: exit 1 naming file:line', async (_name, write, message) => {
    const run = await targets({ write });
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });

  it('a cycle: exit 1 naming the stacks in order', async () => {
    repo = fixtureRepo('cycle', {
      write: { 'a/main.tf': 'terraform {\n  backend "local" {}\n}\n# edited\n' }
    });
    const run = await platformctl([
      'targets',
      '--base',
      repo.base,
      '--head',
      repo.head,
      '--root',
      repo.dir
    ]);
    expect(run.stderr).toBe(
      'platformctl: stacks depend on each other in a cycle: a -> b -> c -> a\n'
    );
    expect(run.code).toBe(1);
  });

  it.each([
    [['--max-parallel', '0'], "--max-parallel '0' must be a whole number of at least 1"],
    [['--max-parallel', '2.5'], "--max-parallel '2.5' must be a whole number of at least 1"],
    [['--format', 'yaml'], "--format must be text, json or matrix, not 'yaml'"],
    [['--wave', '1'], '--wave goes with --format matrix'],
    [['--bogus'], 'targets has no flag --bogus'],
    [['--max-paralel', '2'], 'targets has no flag --max-paralel: did you mean --max-parallel?']
  ])('%j: exit 2, usage', async (flags, message) => {
    const run = await targets({}, ...flags);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage:\n  platformctl targets --base REV');
    expect(run.code).toBe(2);
  });

  it('an unknown revision: exit 2 naming it', async () => {
    repo = fixtureRepo('platform', {});
    const run = await platformctl([
      'targets',
      '--base',
      'no-such-branch',
      '--head',
      repo.head,
      '--root',
      repo.dir
    ]);
    expect(run.stderr).toMatch(
      /^platformctl: --base 'no-such-branch' is a revision git does not know here/
    );
    expect(run.code).toBe(2);
  });

  it('a head that is not checked out, or no --base: exit 2', async () => {
    repo = fixtureRepo('platform', {});
    const other = await platformctl([
      'targets',
      '--base',
      repo.head,
      '--head',
      repo.base,
      '--root',
      repo.dir
    ]);
    expect(other.stderr).toMatch(
      /--head \S+ is [0-9a-f]{12}, but the working tree has [0-9a-f]{12} checked out/
    );
    expect(other.code).toBe(2);
    const missing = await platformctl(['targets', '--head', repo.head, '--root', repo.dir]);
    expect(missing.stderr).toMatch(/^platformctl: targets needs --base/);
    expect(missing.code).toBe(2);
  });

  it('run with invalid repository content plans nothing', async () => {
    repo = fixtureRepo('platform', { write: { 'stacks/app/stack.yaml': 'dependson: []\n' } });
    const out = join(repo.dir, '..', `${repo.head}-out`);
    const run = await platformctl([
      'run',
      'plan',
      '--base',
      repo.base,
      '--head',
      repo.head,
      '--root',
      repo.dir,
      '--out-dir',
      out
    ]);
    expect(run.stderr).toMatch(/stacks\/app\/stack\.yaml:1: unknown key 'dependson'/);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(git(['status', '--porcelain'], repo.dir)).toBe('');
  });
});
