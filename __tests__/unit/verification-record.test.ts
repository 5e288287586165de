import { describe, expect, it } from '@jest/globals';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { readVerificationRecord } from '../../src/promote/inputs.js';

const COMMIT = '1a2b3c4' + 'd'.repeat(33);
const IMAGE = `ghcr.io/acme/checkout:1.4.2-1a2b3c4@sha256:${'1'.repeat(64)}`;
const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SERVER_URL: 'https://github.com' };
const read = (inputs: Record<string, string>) =>
  readVerificationRecord(
    mapInputReader({ 'audit-branch': 'audit-log', 'github-token': 'tok', ...inputs }),
    env
  );

describe("verify-gates' verification record", () => {
  it('records nothing without app', () => {
    expect(read({})).toBeUndefined();
  });

  it('reads the app, environment, image, commit and the trail', () => {
    expect(read({ app: 'checkout', environment: 'dev', image: IMAGE, commit: COMMIT })).toEqual({
      app: 'checkout',
      environment: 'dev',
      image: {
        repository: 'ghcr.io/acme/checkout',
        tag: '1.4.2-1a2b3c4',
        digest: `sha256:${'1'.repeat(64)}`
      },
      commit: COMMIT,
      audit: { repository: 'https://github.com/acme/shop.git', branch: 'audit-log', token: 'tok' }
    });
  });

  it('names every bad input at once, before any check runs', () => {
    let error: unknown;
    try {
      read({
        app: 'Checkout',
        environment: 'production',
        image: 'ghcr.io/acme/checkout:latest',
        commit: 'abc',
        'github-token': ''
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors.map((e) => e.input)).toEqual([
      'app',
      'environment',
      'commit',
      'image',
      'github-token'
    ]);
  });

  it("refuses a tag that is not the commit's immutable tag", () => {
    expect(() =>
      read({ app: 'checkout', environment: 'dev', image: IMAGE, commit: 'f'.repeat(40) })
    ).toThrow(/Input 'image' .*names commit 1a2b3c4, but the verified commit is f+/);
  });
});
