import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { memoryLog } from '../../src/common/log.js';
import type { ProcessResult, RunOptions } from '../../src/common/process.js';
import { openScratchWorkspace } from '../../src/common/scratch-workspace.js';
import {
  BuildError,
  buildScanPushOutputs,
  runBuildScanPush,
  ToolError,
  type BuildScanPushDeps,
  type BuildScanPushSettings
} from '../../src/image/job.js';
import { parseImageRepository } from '../../src/image/reference.js';
import { RegistryAuthError } from '../../src/image/registry.js';

/**
 * The job's phase sequence with fake tools: each fake does what the real tool does to the files it
 * is given (buildah writes the layout, Trivy the reports), so the real scratch workspace, in a
 * temporary folder, is what is checked after every way the run can end.
 */

const SHA = '3f9c2ab7e1d04c55a6b8e9f0a1b2c3d4e5f60718';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;
const EPOCH = 1_761_998_400;
const REPO = '127.0.0.1:5000/acme/api';
const TAGS = ['1.4.2-3f9c2ab', 'stable'];

let root: string;
let temp: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-scan-push-job-'));
  temp = join(root, 'runner-temp');
  mkdirSync(join(root, 'ws', 'service'), { recursive: true });
  writeFileSync(join(root, 'ws', 'service', 'Containerfile'), 'FROM scratch\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function settings(over: Partial<BuildScanPushSettings> = {}): BuildScanPushSettings {
  const context = join(root, 'ws', 'service');
  return {
    context,
    file: join(context, 'Containerfile'),
    repository: parseImageRepository(REPO),
    version: '1.4.2',
    commit: SHA,
    tags: TAGS,
    buildArgs: [{ name: 'MODE', value: 'release' }],
    labels: [],
    secrets: [{ id: 'npm', env: 'NPM_TOKEN', value: 'npm-secret-value-1' }],
    builder: 'buildah',
    credentials: { username: 'ci', password: 'registry-pass-2' },
    scan: true,
    failOn: ['CRITICAL', 'HIGH'],
    ignoreFile: undefined,
    accepted: [],
    sign: true,
    cosignKey: { kind: 'pem', text: '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nx\n' },
    cosignPassword: 'key-pass-3',
    push: true,
    sourceUrl: 'https://github.com/acme/api',
    sourceDateEpoch: undefined,
    env: { PATH: '/usr/bin', STEP_VARIABLE: 'from-the-step' },
    workDir: temp,
    ...over
  };
}

type Phase = 'git' | 'bud' | 'layout' | 'scan' | 'sarif' | 'push' | 'sign';

interface Seen {
  /** `<tool> <subcommand>` of every run, in order. */
  calls: string[];
  /** Files holding secrets as the tools found them: path, mode and content. */
  secrets: { what: string; path: string; mode: number; content: string }[];
  /** Whether the build secrets were still on disk when the scan ran. */
  secretsAtScan: boolean | undefined;
  cosignEnv: NodeJS.ProcessEnv | undefined;
}

const ok = (stdout = ''): ProcessResult => ({ exitCode: 0, stdout, stderr: '' });
const failed = (stderr: string, stdout = ''): ProcessResult => ({ exitCode: 1, stdout, stderr });
const after = (args: readonly string[], flag: string) => args[args.indexOf(flag) + 1] ?? '';
const secretFile = (what: string, path: string) => ({
  what,
  path,
  mode: statSync(path).mode & 0o777,
  content: readFileSync(path, 'utf8')
});

/** The report Trivy would write: one finding, CRITICAL or LOW. */
function trivyReport(severity: string): string {
  return JSON.stringify({
    SchemaVersion: 2,
    Results: [
      {
        Target: 'layout (alpine 3.21)',
        Vulnerabilities: [
          {
            VulnerabilityID: 'CVE-2022-48174',
            PkgName: 'busybox',
            InstalledVersion: '1.37.0-r19',
            FixedVersion: '1.37.0-r20',
            Severity: severity
          }
        ]
      }
    ]
  });
}

function fakes(
  options: {
    fail?: Phase;
    severity?: string;
    /** What the registry holds before the run. */
    registry?: Record<string, string>;
    registryError?: Error;
    tools?: () => Promise<never>;
  } = {}
): { deps: BuildScanPushDeps; seen: Seen; log: ReturnType<typeof memoryLog>; opened: string[] } {
  const seen: Seen = { calls: [], secrets: [], secretsAtScan: undefined, cosignEnv: undefined };
  const tags = new Map(Object.entries(options.registry ?? {}));
  const log = memoryLog();
  const opened: string[] = [];
  let workspaceRoot = '';
  const run = async (
    command: string,
    args: readonly string[],
    runOptions: RunOptions
  ): Promise<ProcessResult> => {
    const tool = command.split('/').at(-1) ?? command;
    const sub = tool === 'git' ? 'log' : tool === 'buildah' ? (args[4] ?? '') : (args[0] ?? '');
    seen.calls.push(`${tool} ${sub}`);
    const fails = (phase: Phase) => options.fail === phase;
    if (tool === 'git')
      return fails('git') ? failed('fatal: not a git repository') : ok(`${EPOCH}\n`);
    if (tool === 'buildah' && sub === 'bud') {
      for (let i = 0; i < args.length; i++)
        if (args[i] === '--secret')
          seen.secrets.push(
            secretFile('build secret', /src=(.+)$/.exec(args[i + 1] ?? '')?.[1] ?? '')
          );
      if (fails('bud'))
        return failed(
          'error building at STEP "RUN make"',
          'STEP 1/2: FROM scratch\nSTEP 2/2: RUN make\n'
        );
      writeFileSync(after(args, '--iidfile'), 'image-id-1\n');
      return ok('STEP 1/2: FROM scratch\nSTEP 2/2: RUN make\n');
    }
    if (tool === 'buildah' && sub === 'push') {
      const [, layout, ref] = /^oci:(.+):([^:]+)$/.exec(args.at(-1) ?? '') ?? [];
      mkdirSync(layout ?? '', { recursive: true });
      writeFileSync(
        join(layout ?? '', 'index.json'),
        JSON.stringify({
          manifests: [{ digest: DIGEST, annotations: { 'org.opencontainers.image.ref.name': ref } }]
        })
      );
      writeFileSync(after(args, '--digestfile'), fails('layout') ? OTHER : DIGEST);
      return ok();
    }
    if (tool === 'trivy' && sub === 'image') {
      seen.secretsAtScan = existsSync(join(workspaceRoot, 'secrets'));
      if (fails('scan')) return failed('FATAL unable to initialize the scanner');
      writeFileSync(after(args, '--output'), trivyReport(options.severity ?? 'LOW'));
      return ok();
    }
    if (tool === 'trivy' && sub === 'convert') {
      if (fails('sarif')) return failed('FATAL convert error');
      writeFileSync(after(args, '--output'), '{"version":"2.1.0"}');
      return ok();
    }
    if (tool === 'skopeo') {
      if (args.includes('--dest-authfile'))
        seen.secrets.push(secretFile('registry auth', after(args, '--dest-authfile')));
      if (fails('push')) return failed('writing manifest: denied');
      const to = args.at(-1) ?? '';
      if (!to.includes('@')) tags.set(to.slice(to.lastIndexOf(':') + 1), DIGEST);
      return ok();
    }
    if (tool === 'cosign' && sub === 'sign') {
      seen.cosignEnv = runOptions.env;
      seen.secrets.push(secretFile('signing key', after(args, '--key')));
      const config = join(runOptions.env?.['DOCKER_CONFIG'] ?? '', 'config.json');
      seen.secrets.push(secretFile('signer auth', config));
      return fails('sign') ? failed('signing: UNAUTHORIZED') : ok();
    }
    if (tool === 'cosign' && sub === 'triangulate')
      return ok(`${REPO}:${DIGEST.replace(':', '-')}.sig\n`);
    throw new Error(`unexpected command ${command} ${args.join(' ')}`);
  };
  const deps: BuildScanPushDeps = {
    log,
    run,
    tools:
      options.tools ??
      (async () => ({
        builder: { name: 'buildah', binary: '/opt/bin/buildah' },
        skopeo: '/opt/bin/skopeo',
        trivy: '/opt/bin/trivy',
        cosign: '/opt/bin/cosign'
      })),
    registry: () => {
      seen.calls.push('registry read');
      return {
        tagDigest: async (tag) => {
          if (options.registryError !== undefined) throw options.registryError;
          return tags.get(tag);
        }
      };
    },
    workspace: () => {
      const workspace = openScratchWorkspace(temp, 'build-scan-push-');
      workspaceRoot = workspace.root;
      opened.push(workspace.root);
      return workspace;
    },
    now: () => new Date('2026-11-23T10:00:00Z')
  };
  return { deps, seen, log, opened };
}

/** Every file and folder left in the runner's temporary folder, relative to it. */
function leftInTemp(): string[] {
  if (!existsSync(temp)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [relative(temp, join(dir, e.name))]
    );
  return walk(temp).map((path) => path.replace(/^build-scan-push-[^/]+/, '<workspace>'));
}

const BUILD = ['git log', 'buildah bud', 'buildah push'];
const SCAN = ['trivy image', 'trivy convert'];
const PUSH = ['registry read', 'skopeo copy', 'skopeo copy', 'skopeo copy'];
const SIGN = ['cosign sign', 'cosign triangulate'];
const REPORTS = ['<workspace>/reports/trivy.json', '<workspace>/reports/trivy.sarif'];

describe('runBuildScanPush', () => {
  it('builds, scans, pushes and signs in that order, and leaves only the scan reports', async () => {
    const { deps, seen, opened } = fakes();
    const result = await runBuildScanPush(settings(), deps);
    expect(seen.calls).toEqual([...BUILD, ...SCAN, ...PUSH, ...SIGN]);
    const workspace = opened[0] ?? '';
    expect(result).toEqual({
      builder: 'buildah',
      repository: REPO,
      digest: DIGEST,
      imageRef: `${REPO}@${DIGEST}`,
      tags: TAGS,
      createdEpoch: EPOCH,
      scanResult: 'passed',
      verdict: expect.objectContaining({ passed: true, blocking: [] }),
      counts: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 1, UNKNOWN: 0 },
      sarifPath: join(workspace, 'reports', 'trivy.sarif'),
      reportPath: join(workspace, 'reports', 'trivy.json'),
      push: { push: TAGS, present: [], conflicts: [] },
      signatureRef: `${REPO}:${DIGEST.replace(':', '-')}.sig`,
      refused: undefined,
      failOn: ['CRITICAL', 'HIGH'],
      today: '2026-11-23',
      accepted: []
    });
    expect(buildScanPushOutputs(result)).toMatchObject({ pushed: 'true', 'scan-result': 'passed' });
    expect(leftInTemp()).toEqual(REPORTS);
    expect(readFileSync(result.sarifPath ?? '', 'utf8')).toBe('{"version":"2.1.0"}');
  });

  it('hands every secret to its tool in a file only its owner reads, inside the workspace', async () => {
    const { deps, seen, opened } = fakes();
    await runBuildScanPush(settings(), deps);
    const workspace = opened[0] ?? '';
    const auth = {
      auths: { '127.0.0.1:5000': { auth: Buffer.from('ci:registry-pass-2').toString('base64') } }
    };
    const key = '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nx\n';
    expect(seen.secrets.map((s) => [s.what, relative(workspace, s.path), s.mode])).toEqual([
      ['build secret', 'secrets/npm', 0o600],
      ['registry auth', 'auth/config.json', 0o600],
      ['registry auth', 'auth/config.json', 0o600],
      ['registry auth', 'auth/config.json', 0o600],
      ['signing key', 'keys/cosign.key', 0o600],
      ['signer auth', 'auth/config.json', 0o600]
    ]);
    expect(
      seen.secrets.map((s) => (s.what.endsWith('auth') ? JSON.parse(s.content) : s.content))
    ).toEqual(['npm-secret-value-1', auth, auth, auth, key, auth]);
    // The build secrets go as soon as the build is done, before the scan runs.
    expect(seen.secretsAtScan).toBe(false);
    for (const secret of seen.secrets) expect(existsSync(secret.path)).toBe(false);
  });

  it('runs the signer in the step environment it was handed, not the process environment', async () => {
    const { deps, seen, opened } = fakes();
    process.env['PROCESS_ONLY_VARIABLE'] = 'from-the-process';
    try {
      await runBuildScanPush(settings(), deps);
    } finally {
      delete process.env['PROCESS_ONLY_VARIABLE'];
    }
    expect(seen.cosignEnv).toEqual({
      PATH: '/usr/bin',
      STEP_VARIABLE: 'from-the-step',
      COSIGN_PASSWORD: 'key-pass-3',
      DOCKER_CONFIG: join(opened[0] ?? '', 'auth')
    });
  });

  it.each<[string, Partial<BuildScanPushSettings>, number]>([
    ['the commit time when the context is a checkout', { sourceDateEpoch: 1_700_000_000 }, EPOCH],
    [
      'SOURCE_DATE_EPOCH from the settings outside a checkout',
      { sourceDateEpoch: 1_700_000_000 },
      1_700_000_000
    ],
    ['the clock when there is neither', {}, Date.parse('2026-11-23T10:00:00Z') / 1000]
  ])('dates the image by %s', async (label, over, epoch) => {
    const { deps } = fakes(label.startsWith('the commit') ? {} : { fail: 'git' });
    process.env['SOURCE_DATE_EPOCH'] = '1234';
    try {
      const result = await runBuildScanPush(settings(over), deps);
      expect(result.createdEpoch).toBe(epoch);
    } finally {
      delete process.env['SOURCE_DATE_EPOCH'];
    }
  });

  it.each<[Phase | 'registry', RegExp, string[], string[]]>([
    [
      'bud',
      /^The build failed at RUN make \(buildah exited with 1\):\nerror building/,
      ['git log', 'buildah bud'],
      []
    ],
    [
      'layout',
      /The builder reported sha256:cd.*but the layout holds sha256:ab.*refusing to push what was not scanned/,
      BUILD,
      []
    ],
    [
      'scan',
      /^the scan failed \(\/opt\/bin\/trivy exited with 1\):\nFATAL unable to initialize/,
      [...BUILD, 'trivy image'],
      []
    ],
    [
      'sarif',
      /^the SARIF conversion failed/,
      [...BUILD, ...SCAN],
      ['<workspace>/reports/trivy.json']
    ],
    ['registry', /refused the credentials of ci/, [...BUILD, ...SCAN, 'registry read'], REPORTS],
    [
      'push',
      /^pushing sha256:ab.* failed \(\/opt\/bin\/skopeo exited with 1\):\nwriting manifest: denied/,
      [...BUILD, ...SCAN, 'registry read', 'skopeo copy'],
      REPORTS
    ],
    [
      'sign',
      /^signing failed \(\/opt\/bin\/cosign exited with 1\):\nsigning: UNAUTHORIZED/,
      [...BUILD, ...SCAN, ...PUSH, 'cosign sign'],
      REPORTS
    ]
  ])(
    'stops at a failure in the %s phase: later phases do not run, the workspace is cleaned, the message says what failed',
    async (phase, message, calls, left) => {
      const { deps, seen } = fakes(
        phase === 'registry'
          ? {
              registryError: new RegistryAuthError(
                `127.0.0.1:5000 refused the credentials of ci to acme/api (HTTP 401)`
              )
            }
          : { fail: phase }
      );
      const error = await runBuildScanPush(settings(), deps).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(
        phase === 'bud' ? BuildError : phase === 'registry' ? RegistryAuthError : ToolError
      );
      expect((error as Error).message).toMatch(message);
      expect(seen.calls).toEqual(calls);
      expect(leftInTemp()).toEqual(left);
    }
  );

  it('refuses to push an image whose scan finds a CRITICAL: no registry is touched', async () => {
    const { deps, seen } = fakes({ severity: 'CRITICAL' });
    const result = await runBuildScanPush(settings(), deps);
    expect(seen.calls).toEqual([...BUILD, ...SCAN]);
    expect(result.scanResult).toBe('failed');
    expect(result.refused).toBe(
      'The scan found 1 vulnerability at CRITICAL or HIGH that the ignore file does not accept: nothing was pushed.'
    );
    expect(result.push).toBeUndefined();
    expect(buildScanPushOutputs(result)['pushed']).toBe('false');
    // The reports stay for the SARIF upload of the failed scan.
    expect(leftInTemp()).toEqual(REPORTS);
  });

  it('refuses a tag taken by another digest: nothing is pushed and no credentials are written', async () => {
    const { deps, seen } = fakes({ registry: { stable: OTHER } });
    const result = await runBuildScanPush(settings(), deps);
    expect(seen.calls).toEqual([...BUILD, ...SCAN, 'registry read']);
    expect(seen.secrets.map((s) => s.what)).toEqual(['build secret']);
    expect(result.refused).toBe(
      `Tags are immutable: stable already points to ${OTHER}. Nothing was pushed; bump the version to publish this build.`
    );
    expect(result.push).toEqual({
      push: ['1.4.2-3f9c2ab'],
      present: [],
      conflicts: [{ tag: 'stable', digest: OTHER }]
    });
    expect(result.signatureRef).toBeUndefined();
    expect(leftInTemp()).toEqual(REPORTS);
  });

  it('pushes nothing and reads no registry when push is off, and leaves nothing when scan is off too', async () => {
    const { deps, seen, log } = fakes();
    const result = await runBuildScanPush(
      settings({ push: false, sign: false, scan: false }),
      deps
    );
    expect(seen.calls).toEqual(BUILD);
    expect(log.lines).toContain('scan is off: the image is not scanned');
    expect(log.lines).toContain('push is off: the image stays local and is removed with the run');
    expect(result).toMatchObject({
      scanResult: 'skipped',
      push: undefined,
      refused: undefined,
      sarifPath: undefined
    });
    expect(leftInTemp()).toEqual([]);
  });

  it('opens no workspace when the tools cannot be found', async () => {
    const { deps, seen, opened } = fakes({
      tools: async () => {
        throw new ToolError('no builder on PATH: install buildah or docker buildx');
      }
    });
    await expect(runBuildScanPush(settings(), deps)).rejects.toThrow('no builder on PATH');
    expect(seen.calls).toEqual([]);
    expect(opened).toEqual([]);
    expect(existsSync(temp)).toBe(false);
  });

  it('writes nothing outside its workspace', async () => {
    const { deps, opened } = fakes();
    const before = readdirSync(join(root, 'ws', 'service'));
    await runBuildScanPush(settings(), deps);
    expect(readdirSync(root).sort()).toEqual(['runner-temp', 'ws']);
    expect(readdirSync(temp)).toEqual([opened[0]?.slice(temp.length + 1)]);
    expect(readdirSync(join(root, 'ws', 'service'))).toEqual(before);
    expect(dirname(opened[0] ?? '')).toBe(temp);
  });
});
