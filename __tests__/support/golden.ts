import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { REPO } from './tools.js';

/** Golden files of rendered text, under __tests__/fixtures/golden/. */
export const GOLDEN = join(REPO, '__tests__', 'fixtures', 'golden');

/**
 * Compares rendered text with its golden file, byte for byte. `UPDATE_GOLDEN=1` rewrites the file
 * instead, for the change to be reviewed in the diff; a missing golden file is a failure.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(
      `No golden file ${relative(REPO, path)}: run the test with UPDATE_GOLDEN=1 and review it`
    );
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
