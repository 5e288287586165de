import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/argocd/inputs.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';

const workspace = mkdtempSync(join(tmpdir(), 'argocd-inputs-'));
writeFileSync(
  join(workspace, 'ca.pem'),
  '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
);
writeFileSync(join(workspace, 'not-a-cert.txt'), 'hello\n');

const GOOD = {
  server: 'https://argocd.example.com/',
  'auth-token': 'secret-token',
  application: 'checkout'
};

const read = (inputs: Record<string, string>) => getInputs(mapInputReader(inputs), workspace);

function errorsOf(inputs: Record<string, string>): string[] {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

describe('argocd-sync getInputs', () => {
  it('fills in the defaults of action.yml', () => {
    expect(read(GOOD)).toEqual({
      server: 'https://argocd.example.com',
      token: 'secret-token',
      application: 'checkout',
      revision: undefined,
      prune: false,
      refresh: 'normal',
      timeoutMs: 600_000,
      intervalMs: 5000,
      requestTimeoutMs: 30_000,
      ca: undefined,
      rollbackOnFailure: false
    });
  });

  it('reads every input', () => {
    expect(
      read({
        ...GOOD,
        server: 'https://argocd.example.com/argocd',
        revision: '9f86d08',
        prune: 'true',
        refresh: 'hard',
        timeout: '1h30m',
        interval: '500ms',
        'request-timeout': '10s',
        'ca-file': 'ca.pem',
        'rollback-on-failure': 'True'
      })
    ).toMatchObject({
      server: 'https://argocd.example.com/argocd',
      revision: '9f86d08',
      prune: true,
      refresh: 'hard',
      timeoutMs: 5_400_000,
      intervalMs: 500,
      requestTimeoutMs: 10_000,
      ca: expect.stringContaining('BEGIN CERTIFICATE') as unknown as string,
      rollbackOnFailure: true
    });
  });

  it('reports every bad input at once, naming the input, the value and the rule', () => {
    expect(
      errorsOf({
        server: 'argocd.example.com',
        'auth-token': '',
        application: 'Checkout_App',
        revision: 'feature branch',
        prune: 'yes',
        refresh: 'soft',
        timeout: '10 minutes',
        interval: '0s',
        'rollback-on-failure': 'maybe',
        'ca-file': 'missing.pem'
      })
    ).toEqual([
      "Input 'server' is 'argocd.example.com': must be an http:// or https:// URL",
      "Input 'auth-token' is empty: is required: an Argo CD account or project token",
      "Input 'application' is 'Checkout_App': must be an Argo CD Application name: lowercase letters, digits, - and .",
      "Input 'revision' is 'feature branch': must be a commit SHA, branch or tag, without white space",
      "Input 'prune' is 'yes': must be true or false",
      "Input 'refresh' is 'soft': must be normal or hard",
      "Input 'timeout' is '10 minutes': must be a duration such as 90s, 10m or 1h30m (the whole wait)",
      "Input 'interval' is '0s': must be between 10 ms and 10 minutes (between two looks at the application)",
      "Input 'rollback-on-failure' is 'maybe': must be true or false",
      `Input 'ca-file' is 'missing.pem': no such file (${join(workspace, 'missing.pem')}): expected the PEM of the CA that signed the server's certificate`
    ]);
  });

  it.each([
    [{ server: '' }, "Input 'server' is empty: is required: the URL of the Argo CD API server"],
    [{ server: 'ftp://argocd.example.com' }, 'must be an http:// or https:// URL'],
    [{ server: 'https://admin:pw@argocd.example.com' }, 'must not hold credentials'],
    [{ server: 'https://argocd.example.com/?x=1' }, 'must have no query or fragment'],
    [{ application: '' }, "Input 'application' is empty: is required"],
    [{ application: 'a'.repeat(254) }, 'must be at most 253 characters'],
    [{ timeout: '7h' }, 'must be between 1000 ms and 360 minutes'],
    [{ 'ca-file': 'not-a-cert.txt' }, 'must hold PEM certificates'],
    [
      { server: 'http://argocd.example.com', 'ca-file': 'ca.pem' },
      "Input 'ca-file' is 'ca.pem': is given, but server is not an https:// URL"
    ]
  ])('refuses %j', (bad, message) => {
    expect(errorsOf({ ...GOOD, ...bad }).join('\n')).toContain(message);
  });
});
