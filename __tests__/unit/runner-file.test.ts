import { describe, expect, it } from '@jest/globals';
import { inputEnvironmentName, parseRunnerFile } from '../../src/runner/local-runner.js';
import { parseDuration } from '../../src/common/duration.js';

describe('parseRunnerFile', () => {
  it('reads name=value and heredoc entries, later ones winning', () => {
    const text = 'a=1\nb<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\na=2\nempty<<D\nD\n';
    expect(parseRunnerFile(text)).toEqual({ a: '2', b: 'line 1\nline 2', empty: '' });
  });
  it('refuses a heredoc with no closing delimiter', () => {
    expect(() => parseRunnerFile('a<<D\nvalue\n')).toThrow(/no closing delimiter/);
  });
  it('names inputs as the runner does (hyphens kept)', () => {
    expect(inputEnvironmentName('working-directory')).toBe('INPUT_WORKING-DIRECTORY');
  });
});

describe('parseDuration', () => {
  it.each([
    ['300s', 300_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['0s', 0],
    ['250ms', 250]
  ])('reads %s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', '5', '5 m', '-1s', '1d'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  );
});
