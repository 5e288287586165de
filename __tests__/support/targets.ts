import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from './git.js';
import { REPO } from './tools.js';

export const TARGETS_FIXTURES = join(REPO, '__tests__', 'fixtures', 'targets');

export interface Change {
  /** Files written (created or replaced) at head, relative to the repository's top. */
  write?: Record<string, string>;
  /** Files or folders removed at head. */
  remove?: string[];
}

export interface FixtureRepo {
  dir: string;
  base: string;
  head: string;
  dispose(): void;
}

function commit(dir: string, message: string): string {
  git(['add', '-A'], dir);
  git(
    [
      '-c',
      'user.name=fixture',
      '-c',
      'user.email=fixture@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      message
    ],
    dir
  );
  return git(['rev-parse', 'HEAD'], dir).trim();
}

/** Writes and removes files of a checkout. */
export function applyChange(dir: string, change: Change): void {
  for (const path of change.remove ?? []) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, content] of Object.entries(change.write ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * A git repository holding a fixture (under __tests__/fixtures/targets/) as its base commit and
 * the change on top as head, checked out; `under` puts the fixture in a sub-folder of the top.
 */
export function fixtureRepo(fixture: string, change: Change, under = ''): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'targets-'));
  git(['init', '-q', '--initial-branch=main', dir]);
  cpSync(join(TARGETS_FIXTURES, fixture), join(dir, under), { recursive: true });
  const base = commit(dir, 'base');
  applyChange(dir, change);
  const head = commit(dir, 'change');
  return { dir, base, head, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A git repository whose base commit is empty and whose head adds the whole fixture. */
export function addedFixtureRepo(fixture: string): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'targets-'));
  git(['init', '-q', '--initial-branch=main', dir]);
  const base = commit(dir, 'empty');
  cpSync(join(TARGETS_FIXTURES, fixture), dir, { recursive: true });
  const head = commit(dir, 'add the stacks');
  return { dir, base, head, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
