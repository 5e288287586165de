import { describe, expect, it } from '@jest/globals';
import { imageLabels, parseKeyValues, secretBuildArgs } from '../../src/image/build-args.js';
import {
  buildahBudArgs,
  buildahPushArgs,
  buildxBuildArgs,
  cosignSignArgs,
  cosignTriangulateArgs,
  skopeoCopyArgs,
  trivySarifArgs,
  trivyScanArgs,
  type BuildSpec
} from '../../src/image/commands.js';
import { failedStep } from '../../src/image/job.js';
import { isLoopbackHost, parseImageRepository } from '../../src/image/reference.js';
import { imageTags, tagProblem, versionProblem } from '../../src/image/tags.js';
import { cosignAsset, findBuilder, trivyAsset } from '../../src/image/tools.js';

const SHA = '3f9c2ab5d1e4c6b8a0f2e4d6c8b0a2f4e6d8c0b2';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('image tags', () => {
  it.each([
    ['1.4.2', [], ['1.4.2-3f9c2ab']],
    ['1.5.0-rc.1', ['latest'], ['1.5.0-rc.1-3f9c2ab', 'latest']],
    ['2.0.0', ['stable', '2.0.0-3f9c2ab', 'stable'], ['2.0.0-3f9c2ab', 'stable']]
  ])('version %s with extra tags %j gives %j', (version, extra, tags) => {
    expect(imageTags(version, SHA, extra)).toEqual(tags);
  });

  it.each([
    ['1.4', 'must be a semantic version'],
    ['v1.4.2', 'must be a semantic version'],
    ['1.4.2+build.5', 'must not carry build metadata'],
    ['01.4.2', 'must be a semantic version']
  ])('refuses version %s', (version, rule) => {
    expect(versionProblem(version)).toContain(rule);
  });

  it.each(['latest', 'v1', 'stable_2', 'a'.repeat(128)])('accepts tag %s', (tag) => {
    expect(tagProblem(tag)).toBeUndefined();
  });
  it.each(['-x', '.x', 'a'.repeat(129), 'has space', 'a:b'])('refuses tag %s', (tag) => {
    expect(tagProblem(tag)).toContain('must be 1 to 128');
  });
});

describe('image repository', () => {
  it.each([
    ['ghcr.io/acme/payments/api', 'ghcr.io', 'acme/payments/api', false],
    ['127.0.0.1:5000/acme/api', '127.0.0.1:5000', 'acme/api', true],
    ['localhost:5000/api', 'localhost:5000', 'api', true],
    ['registry.example.com:443/team/api', 'registry.example.com:443', 'team/api', false]
  ])('%s is registry %s, path %s, plain HTTP %s', (repository, registry, path, insecure) => {
    expect(parseImageRepository(repository)).toEqual({ repository, registry, path, insecure });
  });
  it.each([
    ['acme/api', 'must start with the registry host'],
    ['ghcr.io/acme/api:1.0', 'without a tag or digest'],
    [`ghcr.io/acme/api@${DIGEST}`, 'without a tag or digest'],
    ['ghcr.io/Acme/API', 'lowercase']
  ])('refuses %s', (repository, message) => {
    expect(() => parseImageRepository(repository)).toThrow(message);
  });
  it.each([
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['[::1]:5000', true],
    ['localhost', true],
    ['128.0.0.1:5000', false],
    ['localhost.example.com', false]
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('build arguments and labels', () => {
  it('reads NAME=value lines, values keeping their "="', () => {
    expect(parseKeyValues(['A=1', 'B=x=y', 'EMPTY='], 'build-args')).toEqual({
      items: [
        { name: 'A', value: '1' },
        { name: 'B', value: 'x=y' },
        { name: 'EMPTY', value: '' }
      ],
      problems: []
    });
  });
  it('names each bad line', () => {
    expect(parseKeyValues(['NOEQUALS', '1BAD=x', 'A=1', 'A=2'], 'build-args').problems).toEqual([
      { line: 'NOEQUALS', rule: 'must be NAME=value' },
      { line: '1BAD', rule: expect.stringContaining('not starting with a digit') },
      { line: 'A', rule: 'is given twice' }
    ]);
  });
  it.each([
    [[{ name: 'NPM_TOKEN', value: 'x' }], [], ['NPM_TOKEN']],
    [[{ name: 'DB_PASSWORD', value: 'x' }], [], ['DB_PASSWORD']],
    [[{ name: 'client_secret', value: 'x' }], [], ['client_secret']],
    [[{ name: 'API_KEY', value: 'x' }], [], ['API_KEY']],
    [[{ name: 'MODE', value: 'hunter2' }], ['hunter2'], ['MODE']],
    [[{ name: 'MODE', value: 'release' }], ['hunter2', ''], []],
    [[{ name: 'EMPTY', value: '' }], [''], []]
  ])('build args %j with masked values %j: secrets %j', (args, masked, names) => {
    expect(secretBuildArgs(args, masked)).toEqual(names);
  });
  it('adds the OCI source, revision, created and version labels', () => {
    expect(
      imageLabels([{ name: 'team', value: 'payments' }], {
        source: 'https://github.com/acme/api',
        revision: SHA,
        createdEpoch: 1_700_000_000,
        version: '1.4.2'
      })
    ).toEqual([
      { name: 'team', value: 'payments' },
      { name: 'org.opencontainers.image.source', value: 'https://github.com/acme/api' },
      { name: 'org.opencontainers.image.revision', value: SHA },
      { name: 'org.opencontainers.image.created', value: '2023-11-14T22:13:20.000Z' },
      { name: 'org.opencontainers.image.version', value: '1.4.2' }
    ]);
  });
});

const SPEC: BuildSpec = {
  context: '/ws/app',
  file: '/ws/app/Containerfile',
  buildArgs: [{ name: 'MODE', value: 'release' }],
  labels: [{ name: 'team', value: 'payments' }],
  secrets: [{ id: 'npm', file: '/tmp/s/npm' }],
  timestamp: 1_700_000_000,
  layout: '/tmp/run/oci',
  layoutRef: '1.4.2-3f9c2ab'
};
const STORE = { root: '/tmp/run/store/root', runroot: '/tmp/run/store/run' };

describe('command lines', () => {
  it.each<[string, string[], string[]]>([
    [
      'buildah bud',
      buildahBudArgs(SPEC, STORE, '/tmp/run/iid'),
      [
        '--root',
        STORE.root,
        '--runroot',
        STORE.runroot,
        'bud',
        '--file',
        SPEC.file,
        '--format',
        'oci',
        '--timestamp',
        '1700000000',
        '--iidfile',
        '/tmp/run/iid',
        '--build-arg',
        'MODE=release',
        '--label',
        'team=payments',
        '--secret',
        'id=npm,src=/tmp/s/npm',
        '/ws/app'
      ]
    ],
    [
      'buildah push into the OCI layout',
      buildahPushArgs(SPEC, STORE, 'abc123', '/tmp/run/digest'),
      [
        '--root',
        STORE.root,
        '--runroot',
        STORE.runroot,
        'push',
        '--digestfile',
        '/tmp/run/digest',
        'abc123',
        'oci:/tmp/run/oci:1.4.2-3f9c2ab'
      ]
    ],
    [
      'docker buildx build into the OCI layout',
      buildxBuildArgs(SPEC, '/tmp/run/metadata.json'),
      [
        'buildx',
        'build',
        '--file',
        SPEC.file,
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--build-arg',
        'MODE=release',
        '--label',
        'team=payments',
        '--secret',
        'id=npm,src=/tmp/s/npm',
        '--provenance=false',
        '--sbom=false',
        '--metadata-file',
        '/tmp/run/metadata.json',
        '--output',
        'type=oci,dest=/tmp/run/oci,tar=false,name=1.4.2-3f9c2ab,rewrite-timestamp=true',
        '/ws/app'
      ]
    ],
    [
      'trivy image of the layout',
      trivyScanArgs('/tmp/run/oci', '/tmp/r/trivy.json'),
      [
        'image',
        '--input',
        '/tmp/run/oci',
        '--scanners',
        'vuln',
        '--format',
        'json',
        '--output',
        '/tmp/r/trivy.json',
        '--exit-code',
        '0',
        '--quiet'
      ]
    ],
    [
      'trivy convert to SARIF',
      trivySarifArgs('/tmp/r/open.json', '/tmp/r/trivy.sarif'),
      ['convert', '--format', 'sarif', '--output', '/tmp/r/trivy.sarif', '/tmp/r/open.json']
    ],
    [
      'skopeo copy by digest, TLS verified, with credentials',
      skopeoCopyArgs(
        '/tmp/run/oci',
        'v',
        { repository: 'ghcr.io/acme/api', insecure: false, authfile: '/tmp/a.json' },
        DIGEST
      ),
      [
        'copy',
        '--preserve-digests',
        '--retry-times',
        '2',
        '--dest-authfile',
        '/tmp/a.json',
        'oci:/tmp/run/oci:v',
        `docker://ghcr.io/acme/api@${DIGEST}`
      ]
    ],
    [
      'skopeo copy by tag to a loopback registry',
      skopeoCopyArgs(
        '/tmp/run/oci',
        'v',
        { repository: '127.0.0.1:5000/api', insecure: true, authfile: undefined },
        '1.4.2-3f9c2ab'
      ),
      [
        'copy',
        '--preserve-digests',
        '--retry-times',
        '2',
        '--dest-tls-verify=false',
        'oci:/tmp/run/oci:v',
        'docker://127.0.0.1:5000/api:1.4.2-3f9c2ab'
      ]
    ],
    [
      'cosign sign with a key, no transparency log',
      cosignSignArgs(`ghcr.io/acme/api@${DIGEST}`, {
        keyFile: '/tmp/k/cosign.key',
        insecure: false
      }),
      [
        'sign',
        '--yes',
        '--new-bundle-format=false',
        '--use-signing-config=false',
        '--key',
        '/tmp/k/cosign.key',
        '--tlog-upload=false',
        `ghcr.io/acme/api@${DIGEST}`
      ]
    ],
    [
      'cosign sign keyless on a loopback registry',
      cosignSignArgs(`127.0.0.1:5000/api@${DIGEST}`, { keyFile: undefined, insecure: true }),
      [
        'sign',
        '--yes',
        '--new-bundle-format=false',
        '--use-signing-config=false',
        '--allow-insecure-registry',
        '--allow-http-registry',
        `127.0.0.1:5000/api@${DIGEST}`
      ]
    ],
    [
      'cosign triangulate',
      cosignTriangulateArgs(`ghcr.io/acme/api@${DIGEST}`, false),
      ['triangulate', '--type', 'signature', `ghcr.io/acme/api@${DIGEST}`]
    ]
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('never puts a tag in what cosign signs', () => {
    const args = cosignSignArgs(`ghcr.io/acme/api@${DIGEST}`, {
      keyFile: undefined,
      insecure: false
    });
    expect(args.at(-1)).toMatch(/@sha256:[0-9a-f]{64}$/);
  });
});

describe('builder choice', () => {
  const has =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name) ? `/usr/bin/${name}` : undefined;
  it.each<[string | undefined, string[], string]>([
    [undefined, ['buildah', 'docker'], 'buildah'],
    [undefined, ['docker'], 'buildx'],
    ['buildx', ['buildah', 'docker'], 'buildx'],
    ['buildah', ['buildah'], 'buildah']
  ])('asked for %s with %j on PATH: %s', (wanted, onPath, chosen) => {
    expect(findBuilder(wanted as 'buildah' | 'buildx' | undefined, has(...onPath)).name).toBe(
      chosen
    );
  });
  it('says how to install a builder when there is none', () => {
    expect(() => findBuilder(undefined, has())).toThrow('sudo apt-get install -y buildah');
    expect(() => findBuilder('buildx', has('buildah'))).toThrow('docker is not on PATH');
  });
});

describe('release assets of the scanner and signer', () => {
  it('names Trivy and cosign release files as they are published', () => {
    expect(trivyAsset('0.74.0', 'linux', 'x64')).toEqual({
      archiveName: 'trivy_0.74.0_Linux-64bit.tar.gz',
      archiveUrl:
        'https://github.com/aquasecurity/trivy/releases/download/v0.74.0/trivy_0.74.0_Linux-64bit.tar.gz',
      sumsUrl:
        'https://github.com/aquasecurity/trivy/releases/download/v0.74.0/trivy_0.74.0_checksums.txt',
      kind: 'tar.gz'
    });
    expect(cosignAsset('3.1.3', 'linux', 'arm64', 'http://127.0.0.1:1/m/')).toEqual({
      archiveName: 'cosign-linux-arm64',
      archiveUrl: 'http://127.0.0.1:1/m/v3.1.3/cosign-linux-arm64',
      sumsUrl: 'http://127.0.0.1:1/m/v3.1.3/cosign_checksums.txt',
      kind: 'binary'
    });
    expect(() => trivyAsset('0.74.0', 'win32', 'x64')).toThrow('no release');
  });
});

describe('the failed build step', () => {
  it.each([
    [
      'STEP 1/3: FROM scratch\nSTEP 2/3: COPY a /a\nSTEP 3/3: RUN exit 3\nsubprocess exited with status 3\nError: building at STEP "RUN exit 3": exit status 3',
      'RUN exit 3'
    ],
    [
      '#5 [2/3] COPY a /a\n#6 [3/3] RUN make\n#6 ERROR: process "/bin/sh -c make" did not complete',
      'RUN make'
    ],
    ['Error: no such file', undefined]
  ])('%#: %s', (output, step) => {
    expect(failedStep(output)).toBe(step);
  });
});
