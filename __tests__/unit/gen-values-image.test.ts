import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ImageReferenceError,
  parseImageReference,
  pinnedReference,
  type ImageReference
} from '../../src/gitops/image.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseImageReference', () => {
  it.each<[string, ImageReference]>([
    [
      'ghcr.io/acme/payments/checkout:1.4.2',
      { repository: 'ghcr.io/acme/payments/checkout', tag: '1.4.2', digest: undefined }
    ],
    [
      `ghcr.io/acme/checkout@${DIGEST}`,
      { repository: 'ghcr.io/acme/checkout', tag: undefined, digest: DIGEST }
    ],
    [
      `ghcr.io/acme/checkout:v2@${DIGEST}`,
      { repository: 'ghcr.io/acme/checkout', tag: 'v2', digest: DIGEST }
    ],
    [
      'registry.example.com:5000/platform/checkout:2024.05.01-rc_1',
      {
        repository: 'registry.example.com:5000/platform/checkout',
        tag: '2024.05.01-rc_1',
        digest: undefined
      }
    ],
    ['localhost/checkout:dev', { repository: 'localhost/checkout', tag: 'dev', digest: undefined }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27', digest: undefined }],
    [
      'docker.io/library/my__app-x.y:latest',
      { repository: 'docker.io/library/my__app-x.y', tag: 'latest', digest: undefined }
    ]
  ])('reads %s', (reference, expected) => {
    expect(parseImageReference(reference)).toEqual(expected);
  });

  it.each([
    ['a repository without tag or digest', 'ghcr.io/acme/checkout', 'give a tag'],
    ['a port with no tag', 'registry.example.com:5000/checkout', 'give a tag'],
    ['an empty tag', 'ghcr.io/acme/checkout:', 'the tag "" must be 1 to 128'],
    ['a tag starting with a dot', 'ghcr.io/acme/checkout:.x', 'the tag ".x"'],
    ['a tag of 129 characters', `ghcr.io/acme/checkout:${'t'.repeat(129)}`, 'must be 1 to 128'],
    ['an upper-case path', 'ghcr.io/Acme/checkout:1', 'the repository path "Acme/checkout"'],
    ['a double slash', 'ghcr.io//checkout:1', 'the repository path "/checkout"'],
    ['a short digest', 'ghcr.io/acme/checkout@sha256:abc', 'must be sha256: followed by 64'],
    ['another algorithm', `ghcr.io/acme/checkout@md5:${'a'.repeat(64)}`, 'must be sha256:'],
    ['an upper-case digest', `ghcr.io/a/b@sha256:${'A'.repeat(64)}`, 'must be sha256:'],
    ['white space', 'ghcr.io/acme/checkout :1', 'must not contain white space'],
    ['an empty reference', '', 'give a tag'],
    ['only a tag', ':1.0', 'the repository is empty'],
    ['a bad registry host', 'ghcr-.io/acme/checkout:1', 'the registry "ghcr-.io"'],
    ['a path component ending in a separator', 'ghcr.io/acme/checkout-:1', 'the repository path']
  ])('refuses %s, saying why', (_name, reference, reason) => {
    expect(() => parseImageReference(reference)).toThrow(ImageReferenceError);
    expect(() => parseImageReference(reference)).toThrow(reason);
  });

  it('reads back every reference it would write, and prefers the digest when pinning', () => {
    const component = fc.stringMatching(/^[a-z0-9]{1,8}([._-][a-z0-9]{1,8})?$/);
    const reference = fc.record({
      host: fc.constantFrom('ghcr.io', 'registry.example.com:5000', 'localhost'),
      path: fc.array(component, { minLength: 1, maxLength: 4 }),
      tag: fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }),
      digest: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: undefined })
    });
    fc.assert(
      fc.property(reference, ({ host, path, tag, digest }) => {
        fc.pre(tag !== undefined || digest !== undefined);
        const repository = `${host}/${path.join('/')}`;
        const text =
          repository +
          (tag === undefined ? '' : `:${tag}`) +
          (digest === undefined ? '' : `@sha256:${digest}`);
        const parsed = parseImageReference(text);
        expect(parsed).toEqual({
          repository,
          tag,
          digest: digest === undefined ? undefined : `sha256:${digest}`
        });
        expect(pinnedReference(parsed)).toBe(
          digest === undefined ? `${repository}:${tag}` : `${repository}@sha256:${digest}`
        );
      })
    );
  });

  it('never throws anything but ImageReferenceError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          parseImageReference(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImageReferenceError);
        }
      })
    );
  });
});
