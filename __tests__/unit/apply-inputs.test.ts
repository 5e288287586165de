import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputErrors } from '../../src/common/errors.js';
import { getInputs } from '../../src/terraform/apply-inputs.js';
import { getInputs as getPlanInputs } from '../../src/terraform/plan-inputs.js';

/** tf-apply's and tf-plan's inputs: every bad one, missing files and folders included, at once. */
const workspace = mkdtempSync(join(tmpdir(), 'apply-inputs-'));
const temp = mkdtempSync(join(tmpdir(), 'apply-inputs-temp-'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});
mkdirSync(join(workspace, 'dev'));
writeFileSync(join(workspace, 'dev', 'main.tf'), '');
writeFileSync(join(workspace, 'tfplan'), 'plan');
writeFileSync(join(workspace, 'a-file'), '');
const paths = { workspace, temp };
const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';

function problems(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('the inputs were accepted');
}

describe("tf-apply's inputs", () => {
  it('reads a good set: the plan file resolved in the workspace', () => {
    const settings = getInputs(
      reader({ 'working-directory': 'dev', 'plan-path': 'tfplan', 'plan-sha256': 'a'.repeat(64) }),
      paths
    );
    expect(settings.planPath).toBe(join(workspace, 'tfplan'));
    expect(settings.workingDirectory).toBe(join(workspace, 'dev'));
    expect(settings.engine).toBe('tofu');
  });

  it('reports a missing plan file with a bad sha256, a bad engine and a missing folder, together', () => {
    const found = problems(() =>
      getInputs(
        reader({
          'working-directory': 'nowhere',
          'plan-path': 'missing.tfplan',
          'plan-sha256': 'abc',
          engine: 'pulumi',
          'lock-timeout': 'soon'
        }),
        paths
      )
    );
    expect(found).toEqual([
      expect.stringMatching(/^Input 'plan-sha256' is 'abc': must be the 64 lowercase hex digits/),
      `Input 'plan-path' names ${join(workspace, 'missing.tfplan')}, which does not exist: download the plan artifact tf-plan uploaded before this step`,
      expect.stringMatching(/^Input 'engine' is 'pulumi'/),
      expect.stringMatching(/^Input 'lock-timeout' is 'soon'/),
      `Input 'working-directory' is 'nowhere': no such folder (${join(workspace, 'nowhere')})`
    ]);
  });

  it('says an empty plan-path is required, once', () => {
    const found = problems(() =>
      getInputs(reader({ 'working-directory': 'dev', 'plan-sha256': 'a'.repeat(64) }), paths)
    );
    expect(found).toEqual([expect.stringMatching(/^Input 'plan-path' is empty: is required/)]);
  });
});

describe("tf-plan's inputs", () => {
  it('reports a working-directory that is a file with the other bad inputs', () => {
    const found = problems(() =>
      getPlanInputs(
        reader({ 'working-directory': 'a-file', engine: 'pulumi', 'lock-timeout': 'soon' }),
        paths
      )
    );
    expect(found).toEqual([
      expect.stringMatching(/^Input 'engine' is 'pulumi'/),
      expect.stringMatching(/^Input 'lock-timeout' is 'soon'/),
      `Input 'working-directory' is 'a-file': is a file, not a folder (${join(workspace, 'a-file')})`
    ]);
  });
});
