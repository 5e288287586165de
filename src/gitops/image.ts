import { ActionError } from '../common/errors.js';

/**
 * A container image reference as OCI distribution clients read it: `repository:tag`,
 * `repository@sha256:<64 hex>`, or both (the digest is what is pulled).
 * https://github.com/distribution/reference/blob/main/reference.go
 */
export interface ImageReference {
  /** `registry[:port]/path`, or a path alone (Docker Hub). */
  repository: string;
  tag: string | undefined;
  /** `sha256:<64 hex>`. */
  digest: string | undefined;
}

export class ImageReferenceError extends ActionError {
  constructor(
    readonly reference: string,
    readonly reason: string
  ) {
    super(`Image reference ${JSON.stringify(reference)} is not valid: ${reason}`);
  }
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_LABEL = '(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])';
const DOMAIN = `(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9A-Fa-f:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
/** distribution/reference's NameTotalLengthMax. */
const NAME_MAX = 255;

/**
 * Parses and checks an image reference. A tag or a digest is required: a bare repository would
 * deploy whatever `latest` is at the time. Only sha256 digests are accepted, as registries serve.
 */
export function parseImageReference(reference: string): ImageReference {
  const fail = (reason: string): never => {
    throw new ImageReferenceError(reference, reason);
  };
  if (reference.trim() !== reference || /\s/.test(reference)) fail('must not contain white space');
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!SHA256.test(digest))
      fail(
        `the digest ${JSON.stringify(digest)} must be sha256: followed by 64 lowercase hex digits`
      );
  }
  // A colon after the last slash starts the tag; one before it is a registry port.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      fail(
        `the tag ${JSON.stringify(tag)} must be 1 to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`
      );
  }
  if (tag === undefined && digest === undefined)
    fail('give a tag (repository:tag) or a digest (repository@sha256:…)');
  const repository = rest;
  if (repository === '') fail('the repository is empty');
  if (repository.length > NAME_MAX)
    fail(`the repository is ${repository.length} characters, at most ${NAME_MAX}`);
  const slash = repository.indexOf('/');
  const first = slash === -1 ? repository : repository.slice(0, slash);
  const hasDomain =
    slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = hasDomain ? repository.slice(slash + 1) : repository;
  if (hasDomain && !DOMAIN_RE.test(first))
    fail(`the registry ${JSON.stringify(first)} is not a host name with an optional port`);
  if (!PATH.test(path))
    fail(
      `the repository path ${JSON.stringify(path)} must be "/"-separated components of lowercase letters and digits joined by ".", "_", "__" or "-"`
    );
  return { repository, tag, digest };
}

/** The reference as a pull would name it: the digest when there is one. */
export function pinnedReference(image: ImageReference): string {
  return image.digest === undefined
    ? `${image.repository}:${image.tag ?? ''}`
    : `${image.repository}@${image.digest}`;
}
