import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ActionError, bugReport, isBug } from '../../src/common/errors.js';
import { runAction } from '../../src/github/action.js';

/** What the step printed to the runner (workflow commands included), and its exit code. */
async function step(body: () => Promise<void>): Promise<{ out: string; exitCode: unknown }> {
  const written: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  const before = process.exitCode;
  try {
    await runAction('tf-plan', body);
    return { out: written.join(''), exitCode: process.exitCode };
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
}

afterEach(() => {
  delete process.env['GITHUB_STEP_SUMMARY'];
});

describe('runAction', () => {
  it("fails a user's error with its message alone, no stack", async () => {
    const { out, exitCode } = await step(async () => {
      throw new ActionError("Input 'plan-path' names no file");
    });
    expect(exitCode).toBe(1);
    expect(out).toContain("::error::Input 'plan-path' names no file");
    expect(out).not.toContain('at ');
    expect(out).not.toContain('bug');
  });

  it('keeps the stack of a fault of the code and says it is a bug to report', async () => {
    const { out, exitCode } = await step(async () => {
      const settings = undefined as unknown as { planPath: string };
      void settings.planPath;
    });
    expect(exitCode).toBe(1);
    expect(out).toMatch(/TypeError: Cannot read properties of undefined[^\n]*\n\s+at /);
    expect(out).toContain(
      '::error::tf-plan hit an unexpected error, a bug to report with this log (nothing here points at your inputs): Cannot read properties of undefined'
    );
  });
});

describe('isBug', () => {
  it.each([
    ['an ActionError', new ActionError('bad input'), false],
    ['a plain Error of a library (git, fs)', new Error('ENOENT'), false],
    ['a failed fetch', new TypeError('fetch failed'), false],
    [
      'a malformed URL',
      Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }),
      false
    ],
    ['a TypeError', new TypeError('x is not a function'), true],
    ['a RangeError', new RangeError('Invalid array length'), true],
    ['a thrown string', 'boom', true]
  ])('%s', (_label, error, expected) => {
    expect(isBug(error)).toBe(expected);
  });

  it('reports a thrown string without a stack of its own', () => {
    expect(bugReport('platformctl', 'boom')).toEqual({
      stack: 'boom',
      message:
        'platformctl hit an unexpected error, a bug to report with this log (nothing here points at your inputs): boom'
    });
  });
});
