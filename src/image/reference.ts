import { ActionError } from '../common/errors.js';
import { ImageReferenceError, parseImageReference } from '../gitops/image.js';

/** Where an image goes: the registry host and the repository path within it. */
export interface ImageRepository {
  /** `registry[:port]/path` as given. */
  repository: string;
  /** `host[:port]`. */
  registry: string;
  path: string;
  /**
   * A registry on the loopback interface speaks plain HTTP (a test or local registry); every
   * other registry is reached over HTTPS with its certificate verified.
   */
  insecure: boolean;
}

export class ImageRepositoryError extends ActionError {}

/** The tag grammar of the OCI distribution spec. */
export const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;

/**
 * Parses a repository without tag or digest, such as `ghcr.io/acme/payments/api`. The registry
 * host is required: an image pushed to a registry nobody named is a mistake waiting to happen.
 */
export function parseImageRepository(repository: string): ImageRepository {
  if (/[@]/.test(repository) || /:[^/]*$/.test(repository.replace(/^[^/]*/, '')))
    throw new ImageRepositoryError(
      'give the repository without a tag or digest: the tags come from version and extra-tags'
    );
  // The gitops parser knows the grammar; a placeholder tag lets it check the rest.
  try {
    parseImageReference(`${repository}:probe`);
  } catch (error) {
    if (error instanceof ImageReferenceError) throw new ImageRepositoryError(error.reason);
    throw error;
  }
  const slash = repository.indexOf('/');
  const first = slash === -1 ? '' : repository.slice(0, slash);
  if (!(first.includes('.') || first.includes(':') || first === 'localhost'))
    throw new ImageRepositoryError(
      'must start with the registry host, e.g. ghcr.io/acme/payments/api'
    );
  return {
    repository,
    registry: first,
    path: repository.slice(slash + 1),
    insecure: isLoopbackHost(first)
  };
}

/** `localhost`, 127.0.0.0/8 or `[::1]`, with or without a port. */
export function isLoopbackHost(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(0, registry.indexOf(']') + 1)
    : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
