import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import {
  backoffDelay,
  checkBranchPath,
  displayName,
  gitEnvironment,
  GitError,
  isContention,
  redactToken,
  remoteUrl
} from '../../src/git/branch.js';

describe('remoteUrl', () => {
  it.each([
    ['acme/runtime-facts', 'https://github.com/acme/runtime-facts.git'],
    ['acme/runtime-facts.git', 'https://github.com/acme/runtime-facts.git'],
    ['https://git.example.com/a/b.git', 'https://git.example.com/a/b.git'],
    ['git@github.com:acme/facts.git', 'git@github.com:acme/facts.git'],
    ['file:///srv/git/facts.git', 'file:///srv/git/facts.git'],
    ['/srv/git/facts.git', '/srv/git/facts.git'],
    ['./facts.git', resolve('facts.git')]
  ])('fetches %s from %s', (repository, url) => {
    expect(remoteUrl(repository)).toBe(url);
  });

  it('points owner/name at the server given', () => {
    expect(remoteUrl('acme/x', 'https://ghe.example.com/')).toBe(
      'https://ghe.example.com/acme/x.git'
    );
  });
});

describe('displayName', () => {
  it('drops a user and password from a URL', () => {
    expect(displayName('https://x-access-token:ghs_abc@github.com/a/b.git')).toBe(
      'https://github.com/a/b.git'
    );
    expect(displayName('acme/facts')).toBe('acme/facts');
  });
});

describe('gitEnvironment', () => {
  it('passes the token as an Authorization header in GIT_CONFIG_* only', () => {
    const env = gitEnvironment('ghs_secret', { PATH: '/bin' });
    const pairs = Object.fromEntries(
      Array.from({ length: Number(env['GIT_CONFIG_COUNT']) }, (_, i) => [
        env[`GIT_CONFIG_KEY_${i}`],
        env[`GIT_CONFIG_VALUE_${i}`]
      ])
    );
    expect(pairs['http.extraheader']).toBe(
      `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_secret').toString('base64')}`
    );
    expect(pairs['credential.helper']).toBe('');
    expect(env['GIT_TERMINAL_PROMPT']).toBe('0');
    const elsewhere = Object.entries(env).filter(([k]) => !k.startsWith('GIT_CONFIG_VALUE_'));
    expect(JSON.stringify(elsewhere)).not.toContain('ghs_secret');
  });

  it('sets no header without a token', () => {
    const env = gitEnvironment(undefined, {});
    expect(Object.values(env).some((v) => String(v).startsWith('AUTHORIZATION'))).toBe(false);
  });
});

describe('redactToken', () => {
  it('blots out the token and its header form', () => {
    const basic = Buffer.from('x-access-token:tok123').toString('base64');
    expect(redactToken(`bad tok123 and ${basic}`, 'tok123')).toBe('bad *** and ***');
    expect(redactToken('nothing', undefined)).toBe('nothing');
  });
});

describe('isContention', () => {
  it.each([
    [' ! [rejected]        abc -> runtime-facts (fetch first)', true],
    [' ! [rejected]        abc -> runtime-facts (stale info)', true],
    ['error: failed to push some refs (non-fast-forward)', true],
    ['! [remote rejected] HEAD -> x (failed to update ref)', true],
    ["error: cannot lock ref 'refs/heads/x': is at 1 but expected 2", true],
    ['fatal: Authentication failed', false],
    ['remote: Permission to acme/x.git denied', false]
  ])('reads %j as contention: %s', (stderr, expected) => {
    expect(isContention(stderr)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, jittered within [½, 1½), capped at 5 s', () => {
    expect([1, 2, 3].map((a) => backoffDelay(a, 200, () => 0.5))).toEqual([200, 400, 800]);
    expect(backoffDelay(1, 200, () => 0)).toBe(100);
    expect(backoffDelay(1, 200, () => 0.999)).toBe(300);
    expect(backoffDelay(20, 200, () => 0.5)).toBe(5000);
  });
});

describe('checkBranchPath', () => {
  it.each([
    ['aws/dev/facts.yaml', 'aws/dev/facts.yaml'],
    ['a/./b.yaml', 'a/b.yaml']
  ])('takes %s', (path, clean) => expect(checkBranchPath(path)).toBe(clean));
  it.each([[''], ['.'], ['../x'], ['/x'], ['a/../../x'], ['.git/config'], ['a/.git/x']])(
    'refuses %j',
    (path) => expect(() => checkBranchPath(path)).toThrow(GitError)
  );
});
