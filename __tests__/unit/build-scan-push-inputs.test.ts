import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../actions/build-scan-push/src/inputs.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';

const ws = mkdtempSync(join(tmpdir(), 'bsp-inputs-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
mkdirSync(join(ws, 'svc'));
writeFileSync(join(ws, 'svc', 'Dockerfile'), 'FROM scratch\n');
writeFileSync(
  join(ws, 'accept.yaml'),
  'accept:\n  - id: CVE-2022-48174\n    reason: not reachable\n    expires: 2026-12-31\n'
);
writeFileSync(
  join(ws, 'bad-accept.yaml'),
  'accept:\n  - id: CVE-1\n    reason: ""\n    expires: soon\n'
);

const SHA = '3f9c2ab5d1e4c6b8a0f2e4d6c8b0a2f4e6d8c0b2';
const runner = (env: NodeJS.ProcessEnv = {}) => ({
  workspace: ws,
  temp: join(ws, 'tmp'),
  env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/api', ...env }
});

function errorsOf(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    getInputs(mapInputReader(inputs), runner(env));
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('no input error');
}

describe('build-scan-push inputs', () => {
  it('takes the defaults: the Dockerfile of the context, scan on, push on, sign off', () => {
    const settings = getInputs(
      mapInputReader({
        context: 'svc',
        image: 'ghcr.io/acme/api',
        version: '1.4.2',
        'extra-tags': 'stable, latest',
        'ignore-file': 'accept.yaml'
      }),
      runner({ NPM_TOKEN: 'x' })
    );
    expect(settings).toMatchObject({
      context: join(ws, 'svc'),
      file: join(ws, 'svc', 'Dockerfile'),
      tags: ['1.4.2-3f9c2ab', 'stable', 'latest'],
      scan: true,
      push: true,
      sign: false,
      failOn: ['CRITICAL', 'HIGH'],
      credentials: undefined,
      builder: undefined,
      sourceUrl: 'https://github.com/acme/api',
      accepted: [{ id: 'CVE-2022-48174', reason: 'not reachable', expires: '2026-12-31' }]
    });
  });

  it('reports every bad input at once, naming the input, the value and the rule', () => {
    const errors = errorsOf(
      {
        context: 'missing',
        image: 'acme/api',
        version: 'v1',
        'extra-tags': '-bad',
        'build-args': 'DB_PASSWORD=hunter2\nNOEQUALS',
        'build-secrets': 'npm=UNSET_VAR',
        labels: 'org.opencontainers.image.revision=abc',
        builder: 'kaniko',
        'registry-username': 'ci',
        scan: 'yes',
        'fail-on': 'critical,SEVERE',
        'ignore-file': 'bad-accept.yaml',
        sign: 'true',
        push: 'false'
      },
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example' }
    );
    expect(errors).toEqual([
      expect.stringContaining("Input 'image' is 'acme/api': must start with the registry host"),
      expect.stringContaining("Input 'version' is 'v1': must be a semantic version"),
      expect.stringContaining("Input 'extra-tags' is '-bad': tag '-bad' must be 1 to 128"),
      expect.stringContaining("Input 'builder' is 'kaniko': must be buildah or buildx"),
      expect.stringContaining("Input 'fail-on' is 'critical,SEVERE': 'SEVERE' is not a severity"),
      "Input 'scan' is 'yes': must be true or false",
      expect.stringContaining("Input 'context' is 'missing': no such folder"),
      expect.stringContaining("Input 'file' is empty: no Containerfile or Dockerfile"),
      "Input 'build-args' is 'NOEQUALS': must be NAME=value",
      expect.stringContaining("Input 'build-args' is 'DB_PASSWORD': looks like a secret"),
      expect.stringContaining("Input 'build-secrets' is 'npm': must be npm=<environment variable"),
      "Input 'labels' is 'org.opencontainers.image.revision': is set by the action from the commit and version",
      "Input 'registry-password' is empty: is required when registry-username is set",
      expect.stringMatching(
        /Input 'ignore-file' is 'bad-accept.yaml': \n.*bad-accept.yaml:3:13: accept.0.reason: must say why/
      ),
      "Input 'sign' is 'true': needs push: only a digest in the registry can be signed"
    ]);
    expect(errors.join('\n')).not.toContain('hunter2');
  });

  it('refuses a build argument whose value is a masked input', () => {
    expect(
      errorsOf({
        context: 'svc',
        image: 'ghcr.io/acme/api',
        version: '1.0.0',
        'build-args': 'MODE=s3cret-pass',
        'registry-username': 'ci',
        'registry-password': 's3cret-pass'
      })
    ).toEqual([expect.stringContaining("Input 'build-args' is 'MODE': looks like a secret")]);
  });

  it('signs keyless only with an OIDC token, and needs the commit for the tag', () => {
    const inputs = { context: 'svc', image: 'ghcr.io/acme/api', version: '1.0.0', sign: 'true' };
    expect(errorsOf(inputs)).toEqual([
      expect.stringContaining(
        "Input 'cosign-key' is empty: is required to sign without an OIDC token"
      )
    ]);
    expect(
      getInputs(mapInputReader(inputs), runner({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t' }))
        .cosignKey
    ).toBeUndefined();
    expect(errorsOf({ ...inputs, sign: 'false' }, { GITHUB_SHA: '' })).toEqual([
      expect.stringContaining("needs the commit for its tag, but GITHUB_SHA is ''")
    ]);
  });

  it('takes a PEM key as text and refuses a key path outside the workspace without showing it', () => {
    const base = { context: 'svc', image: 'ghcr.io/acme/api', version: '1.0.0', sign: 'true' };
    const pem =
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----';
    expect(getInputs(mapInputReader({ ...base, 'cosign-key': pem }), runner()).cosignKey).toEqual({
      kind: 'pem',
      text: `${pem}\n`
    });
    expect(errorsOf({ ...base, 'cosign-key': '/etc/passwd' })).toEqual([
      "Input 'cosign-key' is '***': must be a PEM private key or a file in the workspace holding one"
    ]);
  });

  it.each<[string, number | undefined]>([
    ['1700000000', 1_700_000_000],
    ['', undefined],
    ['yesterday', undefined],
    ['-5', undefined]
  ])(
    'reads the environment once: build secret values, and SOURCE_DATE_EPOCH %p',
    (epoch, expected) => {
      const env = { NPM_TOKEN: 'npm-value-1', SOURCE_DATE_EPOCH: epoch };
      const settings = getInputs(
        mapInputReader({
          context: 'svc',
          image: 'ghcr.io/acme/api',
          version: '1.0.0',
          'build-secrets': 'npm=NPM_TOKEN'
        }),
        runner(env)
      );
      expect(settings.secrets).toEqual([{ id: 'npm', env: 'NPM_TOKEN', value: 'npm-value-1' }]);
      expect(settings.sourceDateEpoch).toBe(expected);
      expect(settings.env).toMatchObject(env);
      expect(settings.workDir).toBe(join(ws, 'tmp'));
    }
  );
});
