import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { getInputs as getFactsInputs } from '../../src/facts/inputs.js';
import { getInputs as getPlanInputs, getPolicyInputs } from '../../src/terraform/plan-inputs.js';
import { getInputs as getVerifyInputs } from '../../src/verify/inputs.js';
import { getInputs as getGenValuesInputs } from '../../src/gitops/inputs.js';
import { mapInputReader } from '../../src/common/inputs.js';
import {
  decodeUtf8,
  duplicateJsonKey,
  parseJsonStrict,
  TextEncodingError
} from '../../src/common/strict-text.js';
import { parseRuntimeFacts } from '../../src/facts/runtime-facts.js';
import { branchNameProblem } from '../../src/git/ref-name.js';
import { YamlSource } from '../../src/config/yaml-source.js';
import { policySettingsProblems } from '../../src/policy/settings.js';
import { REPO } from '../support/tools.js';

const workspace = mkdtempSync(join(tmpdir(), 'strict-input-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const temp = join(workspace, 'runner-temp');
mkdirSync(temp);
const outside = mkdtempSync(join(tmpdir(), 'strict-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
writeFileSync(join(outside, 'shadow'), 'root:x:0:0\n');

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('branch names by the rules of git check-ref-format --branch', () => {
  it.each([
    ['HEAD', /'HEAD' is not a branch/],
    ['refs/heads/x', /full ref: give the branch's short name \(x\)/],
    ['-x', /start with '-'/],
    ['a..b', /'\.\.'/],
    ['a b', /" "/],
    ['a~1', /"~"/],
    ['x.lock', /\.lock/],
    ['a/.hidden', /starting with '\.'/],
    ['a//b', /'\/\/'/],
    ['a@{1}', /'@\{'/],
    ['@', /'@' is not/],
    ['end.', /end with '\.'/],
    ['', /is empty/]
  ])('refuses %j', (name, rule) => {
    expect(branchNameProblem(name)).toMatch(rule);
  });

  it.each(['main', 'runtime-facts', 'release/v1.2', 'feature/é', 'a.b', 'x@y'])(
    'accepts %j',
    (name) => {
      expect(branchNameProblem(name)).toBeUndefined();
    }
  );

  it('agrees with git itself on any name (property; full refs are refused on purpose)', () => {
    const char = fc.constantFrom(
      'a',
      'b',
      '/',
      '.',
      '-',
      '@',
      '{',
      '~',
      '^',
      ':',
      ' ',
      '*',
      '[',
      '\\',
      'l',
      'o',
      'c',
      'k',
      'é',
      '\t'
    );
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 1, maxLength: 10 }).map((c) => c.join('')),
        (name) => {
          // '@' alone and full refs are refused on purpose ('@' is HEAD to git's --branch).
          fc.pre(!name.startsWith('refs/') && name !== '@');
          const git = spawnSync('git', ['check-ref-format', '--branch', name], {
            encoding: 'utf8'
          });
          expect(branchNameProblem(name) === undefined).toBe(git.status === 0);
        }
      ),
      { numRuns: 150 }
    );
  });

  it('is checked for publish-runtime-facts before anything runs', () => {
    writeFileSync(join(workspace, 'outputs.json'), '{}\n');
    const base = {
      'outputs-path': 'outputs.json',
      cloud: 'aws',
      env: 'dev',
      target: 't',
      repository: 'acme/f'
    };
    expect(
      message(() => getFactsInputs(mapInputReader({ ...base, branch: 'HEAD' }), workspace))
    ).toMatch(
      /Input 'branch' is 'HEAD': must be a branch name git accepts: it 'HEAD' is not a branch/
    );
    expect(
      message(() => getFactsInputs(mapInputReader({ ...base, branch: 'refs/heads/x' }), workspace))
    ).toMatch(/full ref/);
    expect(
      message(() => getFactsInputs(mapInputReader({ ...base, path: '{cloud}/{env}/' }), workspace))
    ).toMatch(/Input 'path' is '\{cloud\}\/\{env\}\/': ends with '\/', a folder: name the file/);
  });
});

describe('report-path', () => {
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  const verify = (reportPath: string) =>
    getVerifyInputs(
      mapInputReader({ checks: '- {kind: tcp, host: a, port: 1}', 'report-path': reportPath }),
      {
        workspace,
        temp
      }
    );

  it.each(['reports', 'reports/', 'new-folder/'])(
    'refuses %j, a folder, with a message',
    (path) => {
      expect(message(() => verify(path))).toMatch(/Input 'report-path' .*names a folder/);
    }
  );

  it('refuses a path outside the workspace, through .. or a link', () => {
    symlinkSync(outside, join(workspace, 'out-link'));
    expect(message(() => verify('../x.json'))).toMatch(/outside the workspace/);
    expect(message(() => verify('out-link/report.json'))).toMatch(/once links are resolved/);
  });
});

describe('inputs the docs call relative to the workspace stay in it', () => {
  mkdirSync(join(workspace, 'stack'), { recursive: true });
  writeFileSync(join(workspace, 'stack', 'main.tf'), 'terraform {}\n');
  symlinkSync(join(outside, 'shadow'), join(workspace, 'policy-link.yaml'));
  const paths = { workspace, temp };

  it.each([
    ['working-directory', { 'working-directory': '../' }],
    ['working-directory', { 'working-directory': outside }],
    ['out-dir', { 'working-directory': 'stack', 'out-dir': '/etc' }],
    ['backend-config', { 'working-directory': 'stack', 'backend-config': join(outside, 'shadow') }]
  ])('refuses %s outside it', (input, values) => {
    expect(message(() => getPlanInputs(mapInputReader(values), paths))).toMatch(
      new RegExp(`Input '${input}' .*outside the workspace`)
    );
  });

  it('lets out-dir be in the runner temporary folder, its default place', () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'strict-temp-'));
    const settings = getPlanInputs(
      mapInputReader({ 'working-directory': 'stack', 'out-dir': join(runnerTemp, 'p') }),
      { workspace, temp: runnerTemp }
    );
    expect(settings.outDir).toBe(join(runnerTemp, 'p'));
    expect(settings.outRoot).toBe(runnerTemp);
    rmSync(runnerTemp, { recursive: true });
  });

  it('never hands the engine a file such as /etc/shadow through policy-data', () => {
    expect(
      message(() =>
        getPolicyInputs(
          mapInputReader({ 'policy-data': 'policy-link.yaml' }),
          paths,
          join(REPO, 'policies')
        )
      )
    ).toMatch(/Input 'policy-data' is 'policy-link\.yaml': resolves to .*outside the workspace/);
  });

  it('confines gen-values out-dir', () => {
    mkdirSync(join(workspace, 'cfg'), { recursive: true });
    expect(
      message(() =>
        getGenValuesInputs(
          mapInputReader({
            cloud: 'aws',
            env: 'dev',
            region: 'euw1',
            bu: 'b',
            app: 'a',
            owner: 'o',
            'config-dir': 'cfg',
            'out-dir': '../elsewhere'
          }),
          workspace
        )
      )
    ).toMatch(/Input 'out-dir' .*outside the workspace/);
  });
});

describe('policy-data against the library settings', () => {
  const paths = { workspace, temp };
  const library = join(REPO, 'policies');
  const policy = (name: string, text: string) => {
    writeFileSync(join(workspace, name), text);
    return () => getPolicyInputs(mapInputReader({ 'policy-data': name }), paths, library);
  };

  it('refuses an unknown setting with a suggestion, and writes nothing', () => {
    const before = readdirSync(workspace).sort();
    const run = policy('typo.yaml', 'max_deletion: 3\n');
    expect(message(run)).toMatch(
      /Input 'policy-data' is 'typo\.yaml': sets 'max_deletion', which the policy library has no setting of: did you mean 'max_deletions'\?/
    );
    expect(readdirSync(workspace).sort()).toEqual([...before, 'typo.yaml'].sort());
  });

  it.each([
    ['max_deletions: lots\n', /sets 'max_deletions' to a string, where the library takes a number/],
    [
      'platform:\n  required_tags: owner\n',
      /'required_tags' to a string, where the library takes a list/
    ],
    ['environment: prod\n', /which the action sets itself/],
    ['{"max_deletions": 1, "max_deletions": 2}', /given twice|Map keys must be unique/],
    ['- a\n', /must hold an object of settings/]
  ])('refuses %j', (text, rule) => {
    expect(message(policy(`p-${Math.random().toString(36).slice(2)}.yaml`, text))).toMatch(rule);
  });

  it('accepts the settings of the library, plain or under platform:', () => {
    expect(policy('ok.yaml', 'max_deletions: 2\nrequired_tags: [owner]\n')()).toMatchObject({
      environment: ''
    });
    expect(policy('ok2.yaml', 'platform:\n  max_deletions: 2\n')()).toBeDefined();
  });

  it('suggests nothing when nothing is close', () => {
    expect(policySettingsProblems({ zzz: 1 }, { max_deletions: 10 })).toEqual([
      "sets 'zzz', which the policy library has no setting of (its settings: max_deletions)"
    ]);
  });
});

describe('duplicate keys in outputs and facts JSON', () => {
  it.each([
    ['{"a": 1, "a": 2}', 'a', 1],
    ['{\n  "cluster": {"name": "x",\n "name": "y"}\n}', 'name', 3],
    ['[{"k": 1}, {"k": 2, "k": 3}]', 'k', 1],
    ['{"a\\u0062": 1, "ab": 2}', 'ab', 1]
  ])('finds the key given twice in %j', (text, key, line) => {
    expect(duplicateJsonKey(text)).toMatchObject({ key, line });
    expect(() => parseJsonStrict(text, 'outputs.json')).toThrow(
      new RegExp(`outputs\\.json:${line}:\\d+: the key '.*${key}' is given twice`)
    );
  });

  it.each([
    '{"a": 1, "b": {"a": 2}}',
    '[{"a": 1}, {"a": 2}]',
    '{"a": "\\"a\\": 1, \\"a\\""}',
    '{}'
  ])('accepts %j', (text) => {
    expect(duplicateJsonKey(text)).toBeUndefined();
  });

  it('agrees with a reference on any JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        // Re-serialised JSON never has a duplicate key; a duplicate spliced in is always found.
        expect(duplicateJsonKey(text)).toBeUndefined();
        expect(duplicateJsonKey(`{"dup": ${text}, "x": 0, "dup": 1}`)?.key).toBe('dup');
      })
    );
  });

  it('refuses a facts file with a key given twice, naming it', () => {
    const json =
      '{"cluster_name": {"sensitive": false, "type": "string", "value": "a"},\n "cluster_name": {"sensitive": false, "type": "string", "value": "b"}}';
    expect(message(() => parseRuntimeFacts('outputs.json', json))).toMatch(
      /outputs\.json:2:2: cluster_name: the key 'cluster_name' is given twice/
    );
  });
});

describe('bytes that are not UTF-8', () => {
  it.each([
    [Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a]), 2, 2, 0xff],
    [
      Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      1,
      10,
      0xe9
    ],
    [Buffer.from([0x0a, 0x0a, 0xc0, 0xaf]), 3, 1, 0xc0],
    [Buffer.from([0xed, 0xa0, 0x80]), 1, 1, 0xed]
  ])('are refused with file:line:column (%#)', (bytes, line, column, byte) => {
    const error = (() => {
      try {
        decodeUtf8(bytes, 'config/globals.yaml');
      } catch (e) {
        return e as TextEncodingError;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(TextEncodingError);
    expect(error.message).toBe(
      `config/globals.yaml:${line}:${column}: byte 0x${byte.toString(16)} is not UTF-8: save the file as UTF-8`
    );
  });

  it('accept any text that is UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8(Buffer.from(text, 'utf8'), 'f')).toBe(text);
      })
    );
  });

  it('are refused in a configuration file read from disk', () => {
    const file = join(workspace, 'dictionary.yaml');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('org: acme\nbu: caf'), Buffer.from([0xe9, 0x0a])])
    );
    expect(() => YamlSource.read(file, { optional: false })).toThrow(
      `${file}:2:8: byte 0xe9 is not UTF-8`
    );
  });
});
