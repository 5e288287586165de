import { ActionError, errorMessage } from '../common/errors.js';
import { retry } from '../common/retry.js';
import type { ImageRepository } from './reference.js';

/** Registry credentials; the password is masked before anything is logged. */
export interface RegistryCredentials {
  username: string;
  password: string;
}

export class RegistryAuthError extends ActionError {}
export class RegistryError extends ActionError {}

/** The manifest types a registry may hold for a tag; all of them count as the tag existing. */
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ');

const TIMEOUT_MS = 20_000;
const ATTEMPTS = 3;

export function registryBase(repo: ImageRepository): string {
  return `${repo.insecure ? 'http' : 'https'}://${repo.registry}`;
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/** `key="value"` parameters of a WWW-Authenticate challenge. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(' ');
  const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  for (const m of header.slice(space + 1).matchAll(/([A-Za-z]+)="([^"]*)"/g))
    params[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
  return { scheme, params };
}

/** A 5xx answer that is worth another try; the last try's answer is returned as it is. */
class ServerFailure extends Error {}

/** GET/HEAD with a timeout, retried on network errors and 5xx: both are idempotent. */
async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await retry(
      async (attempt) => {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.status >= 500 && attempt < ATTEMPTS)
          throw new ServerFailure(`HTTP ${response.status}`);
        return response;
      },
      { attempts: ATTEMPTS, retryable: () => true, delayMs: (attempt) => 250 * attempt }
    );
  } catch (error) {
    throw new RegistryError(`${url}: ${errorMessage(error)}`);
  }
}

/**
 * The Authorization header for pulling `repo`: none when the registry is open, Basic when it asks
 * for it, or a bearer token from the registry's token service (the distribution token flow).
 */
async function authorization(
  repo: ImageRepository,
  challenge: string,
  credentials: RegistryCredentials | undefined
): Promise<string> {
  const { scheme, params } = parseChallenge(challenge);
  if (scheme === 'basic') {
    if (credentials === undefined)
      throw new RegistryAuthError(
        `${repo.registry} asks for credentials: set registry-username and registry-password`
      );
    return basic(credentials);
  }
  if (scheme === 'bearer' && params['realm'] !== undefined) {
    const url = new URL(params['realm']);
    if (params['service'] !== undefined) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', `repository:${repo.path}:pull`);
    const response = await request(url.toString(), {
      headers: credentials === undefined ? {} : { authorization: basic(credentials) }
    });
    if (response.status === 401 || response.status === 403)
      throw new RegistryAuthError(
        `${repo.registry} refused the credentials${credentials === undefined ? '' : ` of ${credentials.username}`} (HTTP ${response.status} from its token service)`
      );
    if (!response.ok)
      throw new RegistryError(`${url.origin}${url.pathname}: HTTP ${response.status}`);
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (token === undefined) throw new RegistryError(`${url.origin}${url.pathname} gave no token`);
    return `Bearer ${token}`;
  }
  throw new RegistryError(`${repo.registry} asks for an unknown authentication: ${challenge}`);
}

/** Reads what a registry holds. One real implementation, handed in so the job can be tested. */
export interface RegistryReader {
  /** The digest a tag points to, or undefined when the registry has no such tag. */
  tagDigest(tag: string): Promise<string | undefined>;
}

/**
 * A registry reader over the distribution API: `HEAD /v2/<path>/manifests/<tag>`, authenticated
 * as the registry asks. Wrong credentials are an error that says so, never "no such tag".
 */
export function httpRegistryReader(
  repo: ImageRepository,
  credentials: RegistryCredentials | undefined
): RegistryReader {
  let auth: string | undefined;
  return {
    async tagDigest(tag) {
      const url = `${registryBase(repo)}/v2/${repo.path}/manifests/${tag}`;
      const head = () =>
        request(url, {
          method: 'HEAD',
          headers: {
            accept: MANIFEST_TYPES,
            ...(auth === undefined ? {} : { authorization: auth })
          }
        });
      let response = await head();
      if (response.status === 401 && auth === undefined) {
        auth = await authorization(
          repo,
          response.headers.get('www-authenticate') ?? '',
          credentials
        );
        response = await head();
      }
      if (response.status === 401 || response.status === 403)
        throw new RegistryAuthError(
          `${repo.registry} refused ${credentials === undefined ? 'anonymous access' : `the credentials of ${credentials.username}`} to ${repo.path} (HTTP ${response.status}): check registry-username and registry-password`
        );
      if (response.status === 404) return undefined;
      if (!response.ok) throw new RegistryError(`HEAD ${url}: HTTP ${response.status}`);
      const digest = response.headers.get('docker-content-digest');
      if (digest === null)
        throw new RegistryError(`HEAD ${url} gave no Docker-Content-Digest header`);
      return digest;
    }
  };
}

/**
 * A containers-auth.json / Docker config.json with one registry's credentials, as skopeo
 * (`--authfile`) and cosign (`DOCKER_CONFIG`) read it.
 */
export function authFileContent(registry: string, credentials: RegistryCredentials): string {
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  return `${JSON.stringify({ auths: { [registry]: { auth } } }, null, 2)}\n`;
}

/** What to do with each tag, given what the registry holds. */
export interface TagPlan {
  /** Tags the registry does not have yet. */
  push: string[];
  /** Tags that already point to this digest: nothing to do. */
  present: string[];
  /** Tags that point to another digest: tags are immutable, so the push is refused. */
  conflicts: { tag: string; digest: string }[];
}

export function planTags(
  digest: string,
  existing: ReadonlyMap<string, string | undefined>
): TagPlan {
  const plan: TagPlan = { push: [], present: [], conflicts: [] };
  for (const [tag, current] of existing) {
    if (current === undefined) plan.push.push(tag);
    else if (current === digest) plan.present.push(tag);
    else plan.conflicts.push({ tag, digest: current });
  }
  return plan;
}
