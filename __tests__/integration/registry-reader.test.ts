import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseImageRepository } from '../../src/image/reference.js';
import { httpRegistryReader, RegistryAuthError } from '../../src/image/registry.js';

/**
 * The tag lookup against a registry on loopback that uses the distribution token flow (as ghcr.io
 * and Docker Hub do): a 401 with a Bearer challenge, a token service taking basic credentials for
 * a pull scope, then the manifest HEAD with the token. Debian's registry covers the basic flow.
 */
const DIGEST = `sha256:${'5e'.repeat(32)}`;
const GOOD = `Basic ${Buffer.from('ci:right').toString('base64')}`;
let server: Server;
let port = 0;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname === '/token') {
      if (req.headers.authorization !== GOOD) return void res.writeHead(401).end();
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: `t-for-${url.searchParams.get('scope')}` }));
    }
    if (req.headers.authorization !== 'Bearer t-for-repository:acme/api:pull')
      return void res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry",scope="repository:acme/api:pull"`
        })
        .end();
    if (url.pathname === '/v2/acme/api/manifests/1.0.0')
      return void res.writeHead(200, { 'docker-content-digest': DIGEST }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the registry reader with token authentication', () => {
  it('gets a pull token with the credentials, then reads the tag and a missing one', async () => {
    const repo = parseImageRepository(`127.0.0.1:${port}/acme/api`);
    const reader = httpRegistryReader(repo, { username: 'ci', password: 'right' });
    expect(await reader.tagDigest('1.0.0')).toBe(DIGEST);
    expect(await reader.tagDigest('2.0.0')).toBeUndefined();
    expect(seen).toContain('GET /token?service=test-registry&scope=repository%3Aacme%2Fapi%3Apull');
  });

  it('says the credentials were refused, never that the tag is missing', async () => {
    const repo = parseImageRepository(`127.0.0.1:${port}/acme/api`);
    const reader = httpRegistryReader(repo, { username: 'ci', password: 'wrong' });
    await expect(reader.tagDigest('1.0.0')).rejects.toThrow(RegistryAuthError);
    await expect(reader.tagDigest('1.0.0')).rejects.toThrow(
      `127.0.0.1:${port} refused the credentials of ci (HTTP 401 from its token service)`
    );
  });
});
