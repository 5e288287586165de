import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { getTargetsInputs } from '../../src/targets/inputs.js';

const workspace = mkdtempSync(join(tmpdir(), 'tf-targets-inputs-'));
mkdirSync(join(workspace, 'stacks'));
writeFileSync(join(workspace, 'changed.txt'), 'stacks/a/main.tf\n');

const read = (inputs: Record<string, string>) =>
  getTargetsInputs(mapInputReader(inputs), workspace);

function errorsOf(inputs: Record<string, string>): string[] {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

const GOOD = { base: 'origin/main', head: 'abc123' };

describe('tf-targets getTargetsInputs', () => {
  it('fills in the defaults of action.yml', () => {
    expect(read(GOOD)).toEqual({
      base: 'origin/main',
      head: 'abc123',
      root: workspace,
      maxParallel: 10,
      maxWaves: 0
    });
  });

  it('takes a root, a limit of waves and a list of changed files inside the workspace', () => {
    expect(
      read({
        ...GOOD,
        root: 'stacks',
        'max-parallel': '3',
        'max-waves': '4',
        'changed-files': 'changed.txt'
      })
    ).toEqual({
      base: 'origin/main',
      head: 'abc123',
      root: join(workspace, 'stacks'),
      maxParallel: 3,
      maxWaves: 4,
      changedFilesFile: join(workspace, 'changed.txt')
    });
  });

  it.each([
    [{ base: '' }, "Input 'base' is empty: is required"],
    [{ head: '' }, "Input 'head' is empty: is required"],
    [{ base: '--output=x' }, "Input 'base' is '--output=x': must be a commit SHA, branch or tag"],
    [{ base: 'main..feature' }, "Input 'base' is 'main..feature': must be a commit SHA"],
    [{ head: 'a b' }, "Input 'head' is 'a b': must be a commit SHA"],
    [{ 'max-parallel': '0' }, "Input 'max-parallel' is '0': must be a whole number from 1 to 256"],
    [{ 'max-parallel': '1.5' }, "Input 'max-parallel' is '1.5': must be a whole number"],
    [
      { 'max-parallel': '257' },
      "Input 'max-parallel' is '257': must be a whole number from 1 to 256"
    ],
    [{ 'max-waves': '-1' }, "Input 'max-waves' is '-1': must be a whole number from 0"],
    [
      { root: '../elsewhere' },
      "Input 'root' is '../elsewhere': must be a path relative to the workspace"
    ],
    [{ root: '/etc' }, "Input 'root' is '/etc': must be a path relative to the workspace"],
    [{ root: 'missing' }, "Input 'root' is 'missing': no such folder in the workspace"],
    [{ 'changed-files': 'nope.txt' }, "Input 'changed-files' is 'nope.txt': no such file"],
    [{ 'changed-files': 'stacks' }, "Input 'changed-files' is 'stacks': no such file"]
  ])('refuses %j, naming the input and the rule', (bad, message) => {
    const errors = errorsOf({ ...GOOD, ...bad });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('reports every bad input at once and touches nothing', () => {
    const before = readdirSync(workspace).sort();
    const errors = errorsOf({ base: '', head: '-x', 'max-parallel': '0', root: '..' });
    expect(errors.map((e) => /^Input '([a-z-]+)'/.exec(e)?.[1])).toEqual([
      'base',
      'head',
      'root',
      'max-parallel'
    ]);
    expect(readdirSync(workspace).sort()).toEqual(before);
  });
});
