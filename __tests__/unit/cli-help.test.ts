import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// gen-values loads these lazily; loaded here first, as jest's ESM loader needs.
import '../../src/gitops/inputs.js';
import '../../src/gitops/artifacts.js';
import '../../src/gitops/job.js';
import { checkFormat, formatFlag, renderHelp, UsageError } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/main.js';
import { platformctl } from '../support/cli.js';
import { REPO } from '../support/tools.js';

// The bundled actions: a composite one (cloud-login, read-facts) runs in a workflow only.
const ACTIONS = readdirSync(join(REPO, 'actions')).filter(
  (n) =>
    readdirSync(join(REPO, 'actions', n)).includes('action.yml') &&
    readdirSync(join(REPO, 'actions', n)).includes('dist')
);
const actionYaml = (name: string) =>
  parse(readFileSync(join(REPO, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

describe('platformctl help', () => {
  it.each(COMMANDS.map((c) => [c.name]))(
    "'%s --help' prints its own usage, every flag with its default, and an example",
    async (name) => {
      const command = COMMANDS.find((c) => c.name === name)!;
      const run = await platformctl([...name.split(' '), '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^platformctl ${name}: `));
      expect(run.stdout).toContain(`Usage:\n  platformctl ${name} `);
      for (const flag of command.flags) {
        expect(run.stdout).toContain(`--${flag.name}`);
        if (flag.default !== undefined)
          expect(run.stdout.replace(/\s+/g, ' ')).toContain(`default: ${flag.default}`);
      }
      expect(run.stdout).toMatch(
        /\nExample:\n {2}(ARGOCD_AUTH_TOKEN=\.\.\. |git init .*\n {2})?platformctl /
      );
      expect(command.example.length).toBeGreaterThan(0);
    }
  );

  it('lists every command in the global help, each with its summary', async () => {
    const run = await platformctl(['--help']);
    expect(run.code).toBe(0);
    for (const c of COMMANDS) expect(run.stdout).toContain(`platformctl ${c.name}`);
    for (const c of COMMANDS) expect(run.stdout).toContain(c.summary);
  });

  it("'help plan' is 'plan --help'", async () => {
    const a = await platformctl(['help', 'plan']);
    const b = await platformctl(['plan', '--help']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe((await platformctl(['--help'])).stdout);
  });

  it("'action run --help' lists every action and each of its inputs, read from action.yml", async () => {
    const run = await platformctl(['action', 'run', '--help']);
    expect(run.code).toBe(0);
    expect(ACTIONS.length).toBeGreaterThanOrEqual(7);
    for (const name of ACTIONS) {
      expect(run.stdout).toContain(`\n  ${name}: `);
      for (const input of Object.keys(actionYaml(name).inputs ?? {}))
        expect(run.stdout).toMatch(new RegExp(`\\n    ${input} +\\S`));
    }
  });

  it("'action run tf-plan --help' lists tf-plan's inputs only", async () => {
    const run = await platformctl(['action', 'run', 'tf-plan', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n  tf-plan: ');
    expect(run.stdout).toMatch(/\n {4}var-files +/);
    expect(run.stdout).not.toContain('\n  tf-apply: ');
  });
});

describe('platformctl suggestions', () => {
  it.each([
    [['plna'], "unknown command 'plna': did you mean plan?"],
    [['gen-value'], "unknown command 'gen-value': did you mean gen-values?"],
    [['argocd', 'snyc'], "unknown argocd command 'snyc': did you mean sync?"],
    [['policy', 'chek'], "unknown policy command 'chek': did you mean check?"],
    [['action', 'run', 'tf-plna'], "there is no action 'tf-plna': did you mean tf-plan?"],
    [
      ['action', 'run', 'tf-plan', '--input', 'var-file=x'],
      "tf-plan has no input 'var-file': did you mean var-files?"
    ],
    [['verify', '--check', 'x'], 'verify has no flag --check: did you mean --checks?']
  ])('%j is a usage error suggesting the closest match', async (args, message) => {
    const run = await platformctl(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`platformctl: ${message}`);
    expect(run.stdout).toBe('');
  });

  it.each(
    COMMANDS.flatMap((c) => c.flags.filter((f) => f.name.length > 4).map((f) => [c.name, f.name]))
  )('%s: a flag --%s mistyped by one letter suggests the flag', async (name, flag) => {
    const typo = `${flag.slice(0, -2)}${flag.slice(-1)}`;
    const run = await platformctl([...name.split(' '), `--${typo}`, 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`has no flag --${typo}: did you mean --${flag}?`);
  });
});

describe('platformctl flag names', () => {
  const all = COMMANDS.flatMap((c) => c.flags.map((f) => ({ command: c.name, ...f })));

  it('uses one name per concept across the commands', () => {
    const byConcept: Record<string, string> = {
      facts: 'facts-file',
      out: 'out-dir',
      output: 'out-dir',
      'output-dir': 'out-dir',
      repository: 'repo',
      'var-files': 'var-file'
    };
    for (const flag of all) expect(Object.keys(byConcept)).not.toContain(flag.name);
    // The names kept for old command lines are deprecated aliases only, and say what replaces them.
    const aliases = all.flatMap((f) => (f.deprecated ?? []).map((d) => [d, f.name]));
    for (const [old, now] of aliases) expect(byConcept[old!]).toBe(now);
  });

  it('reads a deprecated name as its flag, warning, and names it as typed in errors', async () => {
    const run = await platformctl([
      'gen-values',
      ...['--cloud', 'aws', '--env', 'dev', '--region', 'eu-west-1', '--bu', 'payments'],
      ...[
        '--app',
        'checkout',
        '--owner',
        'jane.doe',
        '--config-dir',
        join(REPO, 'examples', 'config')
      ],
      ...['--facts', 'no-such-outputs.json', '--dry-run']
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('warning: --facts is deprecated: use --facts-file');
    expect(run.stderr).toContain("platformctl: --facts is 'no-such-outputs.json': no such file");
    expect(run.stderr).not.toContain("Input '");
  });

  it('refuses an alias and its flag together', async () => {
    const run = await platformctl(['gen-values', '--out', 'a', '--out-dir', 'b']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --out-dir or --out, not both');
  });

  it.each([
    [
      ['plan', '--working-directory', 'no-such-stack'],
      "--working-directory is 'no-such-stack': no such folder"
    ],
    [
      [
        'plan',
        '--working-directory',
        join(REPO, 'examples', 'stacks', 'local', 'dev'),
        '--var-file',
        'none-*.tfvars'
      ],
      '--var-file'
    ],
    [
      ['apply', '--working-directory', '.', '--plan-path', 'p', '--plan-sha256', 'abc'],
      "--plan-sha256 is 'abc'"
    ],
    [
      [
        'gen-values',
        '--cloud',
        'aws',
        '--env',
        'dev',
        '--region',
        'r',
        '--bu',
        'b',
        '--app',
        'a',
        '--owner',
        'o'
      ],
      "--config-dir is 'infrastructure/config' (its default): no such folder"
    ]
  ])('names the flag, not the input, in %j', async (args, message) => {
    const run = await platformctl(args, { GITHUB_ACTIONS: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/Input '/);
  });

  it('points a missing config folder at the example one', async () => {
    const run = await platformctl([
      'gen-values',
      '--cloud',
      'aws',
      '--env',
      'dev',
      '--region',
      'r',
      '--bu',
      'b',
      '--app',
      'a',
      '--owner',
      'o'
    ]);
    expect(run.stderr).toContain('examples/config');
  });

  it('renders the help from the declaration alone', () => {
    const help = renderHelp({
      name: 'demo thing',
      summary: 'does a thing',
      usage: ['--size N'],
      flags: [{ name: 'size', value: 'N', default: '3', description: 'how many' }],
      example: ['platformctl demo thing --size 4'],
      run: () => Promise.resolve(0)
    });
    expect(help).toBe(
      [
        'platformctl demo thing: does a thing',
        '',
        'Usage:',
        '  platformctl demo thing --size N',
        '',
        'Flags:',
        '  --size N            how many (default: 3)',
        '  --format text|json  how results are printed on stdout (default: text)',
        '  --help              this text',
        '',
        'Example:',
        '  platformctl demo thing --size 4',
        '',
        'Exit codes: 0 done, 1 failed, 2 usage error.',
        ''
      ].join('\n')
    );
  });

  it('offers the formats its own --format flag names, and wraps a long exit-code line', () => {
    const command = {
      name: 'demo list',
      summary: 'lists things',
      usage: ['[--format text|json|matrix]'],
      flags: [formatFlag('text for a person; matrix for a workflow', 'text|json|matrix')],
      example: ['platformctl demo list --format matrix'],
      exitCodes: `0 listed, 1 ${'a thing that went wrong, '.repeat(4)}2 usage error.`,
      run: () => Promise.resolve(0)
    };
    expect(renderHelp(command).split('\n').slice(6)).toEqual([
      '  --format text|json|matrix  text for a person; matrix for a workflow (default: text)',
      '  --help                     this text',
      '',
      'Example:',
      '  platformctl demo list --format matrix',
      '',
      'Exit codes: 0 listed, 1 a thing that went wrong, a thing that went wrong, a thing that went wrong, a',
      '            thing that went wrong, 2 usage error.',
      ''
    ]);
    expect(checkFormat(command, {})).toBe('text');
    expect(checkFormat(command, { format: 'matrix' })).toBe('matrix');
    expect(() => checkFormat(command, { format: 'yaml' })).toThrow(
      new UsageError("--format must be text, json or matrix, not 'yaml'")
    );
  });
});

describe('platformctl verbs and groups', () => {
  it.each([
    [
      ['run', 'plna', '--base', 'a', '--head', 'b'],
      "run needs plan or apply, not 'plna': did you mean plan?"
    ],
    [['run', 'plan', 'now', '--base', 'a', '--head', 'b'], "run takes plan, then flags, not 'now'"],
    [['bootstrap', 'teardwn'], "unknown bootstrap command 'teardwn': did you mean teardown?"],
    [['state', 'lock'], "unknown state command 'lock': did you mean unlock? (state has: unlock)"],
    [['state', 'unlock', '--stack', '.'], 'state unlock needs --lock-id, --reason'],
    [['promote', '--app', 'a', '--from', 'dev'], 'promote needs --to'],
    [
      ['targets', '--base', 'a', '--head', 'b', '--format', 'yaml'],
      "--format must be text, json or matrix, not 'yaml'"
    ],
    [['drift', '--format', 'matrix', '--stack', '.'], "--format must be text or json, not 'matrix'"]
  ])("%j is a usage error: exit 2 with the command's usage", async (args, message) => {
    const run = await platformctl(args);
    expect(run.stderr).toContain(`platformctl: ${message}\n`);
    expect(run.stderr).toContain(`Usage:\n  platformctl ${args[0]} `);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.each([
    [
      ['run', 'plan', '--help'],
      ['run', '--help']
    ],
    [
      ['bootstrap', 'teardown', '--help'],
      ['bootstrap', '--help']
    ],
    [
      ['help', 'state', 'unlock'],
      ['state', 'unlock', '--help']
    ],
    [
      ['run', 'help'],
      ['run', '--help']
    ],
    [
      ['promote', 'help'],
      ['promote', '--help']
    ]
  ])('%j prints the same help as %j', async (a, b) => {
    const first = await platformctl(a);
    const second = await platformctl(b);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^platformctl (run|bootstrap|state unlock|promote): /);
    expect(first.stdout).toBe(second.stdout);
  });

  it("'state' alone lists its verbs", async () => {
    const run = await platformctl(['state']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('platformctl state unlock');
  });

  it("reads the former names of bootstrap's flags, warning, before anything is loaded", async () => {
    const run = await platformctl([
      'bootstrap',
      '--facts',
      'f',
      '--repository',
      'r',
      '--wave',
      '1'
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bootstrap has no flag --wave');
    const old = await platformctl(['bootstrap', 'teardown', '--facts', 'no-such-facts.yaml']);
    expect(old.stderr).toContain('warning: --facts is deprecated: use --facts-file');
    expect(old.stderr).toContain("platformctl: --facts is 'no-such-facts.yaml'");
    expect(old.code).toBe(1);
  });

  it('names the flag, not the input, when check is given no folder', async () => {
    const run = await platformctl(['check', '--tools', 'fmt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('platformctl: --dir is empty: is required');
    expect(run.stderr).not.toContain("Input '");
  });
});
