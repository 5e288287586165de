import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { getDriftReportInputs, resolveStacks } from '../../src/drift/inputs.js';
import { readPromoteInputs } from '../../src/promote/inputs.js';
import { getStateUnlockInputs } from '../../src/state/inputs.js';
import { defaultLane } from '../../src/terraform/lane.js';

/**
 * The input readers of drift-report, state-unlock and promote: every bad input named with its
 * value and the rule, all of them at once, before anything runs.
 */
let ws: string;
let paths: { workspace: string; temp: string };
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'operations-inputs-'));
  for (const stack of ['stacks/aws/dev', 'stacks/aws/prod', 'stacks/gcp/dev'])
    mkdirSync(join(ws, stack), { recursive: true });
  writeFileSync(join(ws, 'stacks/aws/dev/main.tf'), '');
  writeFileSync(join(ws, 'stacks/aws/prod/main.tf.json'), '{}');
  // A folder without configuration: a glob passes over it, naming it outright is an error.
  writeFileSync(join(ws, 'stacks/gcp/dev/README.md'), '');
  mkdirSync(join(ws, 'temp'));
  paths = { workspace: ws, temp: join(ws, 'temp') };
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** The messages of the InputErrors `fn` throws (fails when it throws something else or nothing). */
function messages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('drift-report inputs', () => {
  const read = (values: Record<string, string>) =>
    getDriftReportInputs(mapInputReader({ 'github-token': 't', ...values }), paths);

  it('expands globs to the folders holding a configuration, in order, and names each stack by its path', () => {
    const settings = read({ stacks: 'stacks/*/*\nstacks/aws/dev' });
    expect(settings.stacks.map((s) => s.name)).toEqual(['stacks/aws/dev', 'stacks/aws/prod']);
    expect(settings.stacks[0]?.settings.lockTimeout).toBe('0s');
    expect(settings.failOn).toBe('error');
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an unknown stack',
      { stacks: 'stacks/aws/stg' },
      ["Input 'stacks' is 'stacks/aws/stg': no such folder"]
    ],
    [
      'a folder without configuration',
      { stacks: 'stacks/gcp/dev' },
      ["Input 'stacks' is 'stacks/gcp/dev': not a stack"]
    ],
    [
      'a glob that matches no stack',
      { stacks: 'stacks/azure/*' },
      ["Input 'stacks' is 'stacks/azure/*': matches no folder holding a .tf or .tf.json file"]
    ],
    [
      'a stack outside the workspace',
      { stacks: '../elsewhere' },
      ["Input 'stacks' is '../elsewhere': resolves to"]
    ],
    ['no stack at all', { stacks: '' }, ["Input 'stacks' is empty: name at least one stack"]],
    [
      'every bad input at once',
      {
        stacks: 'stacks/aws/dev',
        'fail-on': 'sometimes',
        'github-token': '',
        'lock-timeout': 'soon'
      },
      [
        "Input 'fail-on' is 'sometimes': must be one of error, drift, never",
        "Input 'github-token' is empty: is required",
        "Input 'lock-timeout' is 'soon': must be a duration"
      ]
    ]
  ])('refuses %s, naming the input', (_label, values, expected) => {
    const got = messages(() => read(values));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toContain(e));
  });

  it('resolves each stack once, however often it is named', () => {
    expect(resolveStacks('stacks/aws/*\nstacks/aws/dev\nstacks/aws/prod', ws)).toEqual([
      join(ws, 'stacks/aws/dev'),
      join(ws, 'stacks/aws/prod')
    ]);
  });
});

describe('state-unlock inputs', () => {
  const LOCK = '55907847-eb31-993c-aa13-90c3247b9d03';
  const REASON = 'runner 4711 was killed mid-apply; checked it is gone';
  const read = (values: Record<string, string>) =>
    getStateUnlockInputs(
      mapInputReader({
        'working-directory': 'stacks/aws/dev',
        'lock-id': LOCK,
        reason: REASON,
        'github-token': 't',
        'audit-branch': 'audit-log',
        ...values
      }),
      paths,
      { GITHUB_REPOSITORY: 'acme/platform' }
    );

  it('reads a good request; the lane is terraform.yml’s: the state key, else the folder, made a word', () => {
    const settings = read({});
    expect(settings).toMatchObject({
      stackName: 'stacks/aws/dev',
      lockId: LOCK,
      force: false,
      lane: 'stacks-aws-dev',
      audit: { repository: 'https://github.com/acme/platform.git', branch: 'audit-log' }
    });
    expect(read({ 'state-key': 'aws/dev/terraform.tfstate' }).lane).toBe(
      'aws-dev-terraform.tfstate'
    );
    expect(read({ lane: 'aws-dev', force: 'true' })).toMatchObject({
      lane: 'aws-dev',
      force: true
    });
    expect(defaultLane('', 'stacks/aws/dev')).toBe('stacks-aws-dev');
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an unknown stack',
      { 'working-directory': 'stacks/aws/stg' },
      ["Input 'working-directory' is 'stacks/aws/stg': no such folder"]
    ],
    [
      'a folder that is no stack',
      { 'working-directory': 'stacks/gcp/dev' },
      ["Input 'working-directory' is 'stacks/gcp/dev': not a stack"]
    ],
    [
      'a lock ID of the wrong shape',
      { 'lock-id': '55907847' + '-x' },
      ["Input 'lock-id' is '55907847-x': is not a lock ID"]
    ],
    [
      'a short reason',
      { reason: '  it is stuck  ' },
      ["Input 'reason' is 'it is stuck': says why in 11 character(s): at least 20"]
    ],
    [
      'force that is no boolean',
      { force: 'yes' },
      ["Input 'force' is 'yes': must be true or false"]
    ],
    ['a lane that is no word', { lane: 'aws dev' }, ["Input 'lane' is 'aws dev': letters, digits"]],
    ['no token', { 'github-token': '' }, ["Input 'github-token' is empty: is required"]],
    [
      'no audit branch',
      { 'audit-branch': '' },
      ["Input 'audit-branch' is empty: a break-glass unlock is always recorded"]
    ],
    [
      'every bad input at once',
      { 'working-directory': 'nope', 'lock-id': 'x', reason: 'short' },
      ["Input 'lock-id' is 'x'", "Input 'reason' is 'short'", "Input 'working-directory' is 'nope'"]
    ]
  ])('refuses %s, naming the input', (_label, values, expected) => {
    const got = messages(() => read(values));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toContain(e));
  });
});

describe('promote inputs', () => {
  const DIGEST = `sha256:${'a'.repeat(64)}`;
  const read = (values: Record<string, string>) =>
    readPromoteInputs(
      mapInputReader({
        app: 'checkout',
        from: 'dev',
        to: 'stg',
        'github-token': 't',
        'audit-branch': 'audit-log',
        ...values
      }),
      { GITHUB_REPOSITORY: 'acme/platform' }
    );

  it('reads a good request, with or without a digest', () => {
    expect(read({})).toMatchObject({
      request: { app: 'checkout', from: 'dev', to: 'stg' },
      dryRun: false,
      trail: {
        repository: 'https://github.com/acme/platform.git',
        branch: 'audit-log',
        file: 'audit.jsonl',
        token: 't'
      }
    });
    expect(
      read({ digest: DIGEST, 'dry-run': 'true', 'audit-repository': '/srv/audit.git' })
    ).toMatchObject({
      request: { digest: DIGEST },
      dryRun: true,
      trail: { repository: '/srv/audit.git' }
    });
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an environment outside the chain',
      { to: 'qa' },
      ["Input 'to' is 'qa': is not an environment of the chain dev → stg → prod"]
    ],
    [
      'a digest that is not sha256:<64 hex>',
      { digest: 'sha256:ABC' },
      ["Input 'digest' is 'sha256:ABC': is not an image digest"]
    ],
    [
      'a tag given as the digest',
      { digest: '1.4.2-1a2b3c4' },
      ["Input 'digest' is '1.4.2-1a2b3c4': is not an image digest"]
    ],
    ['a bad app name', { app: 'Checkout' }, ["Input 'app' is 'Checkout': is not an app name"]],
    ['dry-run that is no boolean', { 'dry-run': 'maybe' }, ["Input 'dry-run' is 'maybe'"]],
    [
      'no trail to read',
      { 'audit-branch': '' },
      ["Input 'audit-branch' is empty: the trail is where the verifications are read from"]
    ],
    [
      'every bad input at once',
      { app: '', from: 'test', to: 'live', digest: 'x' },
      [
        "Input 'app' is empty",
        "Input 'from' is 'test'",
        "Input 'to' is 'live'",
        "Input 'digest' is 'x'"
      ]
    ]
  ])('refuses %s, naming the input', (_label, values, expected) => {
    const got = messages(() => read(values));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toContain(e));
  });
});
