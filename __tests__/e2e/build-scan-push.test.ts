import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import {
  buildTrivyCache,
  commitAll,
  imageEnv,
  serviceContext,
  startRegistry,
  type TestRegistry
} from '../support/image-env.mjs';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled build-scan-push action, run as a runner runs it, under this Node.js and Node 24:
 * buildah builds, Trivy scans with a database made from fixture advisories, skopeo pushes to
 * Debian's docker-registry on loopback (open, and with htpasswd), cosign signs and verifies.
 */
const runtimes: [string, string, () => string][] = [
  ['this Node.js', 'node20', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', 'node24', () => tool('node24')]
];

const root = mkdtempSync(join(tmpdir(), 'build-scan-push-e2e-'));
const USER = { username: 'ci-pusher', password: 'registry-pass-7Hq2' };
const KEY_PASSWORD = 'cosign-key-pass-P4x9';
const VULNERABLE = '1.37.0-r19';
let trivyCache: string;
let open: TestRegistry;
let authed: TestRegistry;
let keyDir: string;

beforeAll(async () => {
  trivyCache = buildTrivyCache(root);
  open = await startRegistry();
  authed = await startRegistry({ auth: USER });
  keyDir = join(root, 'keys');
  mkdirSync(keyDir);
  execFileSync(
    tool('cosign'),
    ['generate-key-pair', '--output-key-prefix', join(keyDir, 'cosign')],
    {
      env: { ...process.env, COSIGN_PASSWORD: KEY_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000
    }
  );
}, 120_000);

afterAll(async () => {
  await open?.stop();
  await authed?.stop();
  rmSync(root, { recursive: true, force: true });
});

let workspaces = 0;

/** A workspace as a checkout: the sample service committed at a fixed time, and its commit. */
function workspace(
  options: { busyboxVersion?: string; containerfile?: string; files?: Record<string, string> } = {}
): {
  ws: string;
  sha: string;
} {
  const ws = join(root, `ws-${++workspaces}`);
  serviceContext(join(ws, 'service'), options);
  for (const [file, text] of Object.entries(options.files ?? {}))
    writeFileSync(join(ws, file), text);
  return { ws, sha: commitAll(ws, '2026-11-01T12:00:00Z') };
}

/** The run, and the runner's temporary folder it had. */
async function run(
  checkout: { ws: string; sha: string },
  inputs: Record<string, string>,
  node: string,
  env: NodeJS.ProcessEnv = {}
): Promise<LocalRunResult & { temp: string }> {
  const runnerDir = mkdtempSync(join(root, 'runner-'));
  const result = await runLocalAction({
    actionDir: join(REPO, 'actions', 'build-scan-push'),
    inputs: { context: 'service', ...inputs },
    node,
    workspace: checkout.ws,
    runnerDir,
    env: {
      ...imageEnv(trivyCache),
      GITHUB_SHA: checkout.sha,
      GITHUB_SERVER_URL: 'https://github.com',
      ...env
    },
    timeoutMs: 300_000
  });
  return { ...result, temp: join(runnerDir, 'temp') };
}

/** The files a run left in the runner's temporary folder, its workspace's name made generic. */
function leftInTemp(temp: string): string[] {
  return readdirSync(temp, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(temp, join(entry.parentPath, entry.name)))
    .map((path) => path.replace(/^build-scan-push-[^/]+/, '<workspace>'))
    .sort();
}
const REPORTS = ['<workspace>/reports/trivy.json', '<workspace>/reports/trivy.sarif'];

const short = (sha: string) => sha.slice(0, 7);

describe.each(runtimes)('build-scan-push under %s', (_label, slug, node) => {
  it('builds, scans, pushes by digest and tag, and signs the digest so that cosign verifies it', async () => {
    const checkout = workspace();
    const repo = `acme/${slug}/happy`;
    const signed = await run(
      checkout,
      {
        image: `${authed.host}/${repo}`,
        version: '1.4.2',
        'extra-tags': 'stable',
        labels: 'team=payments',
        'registry-username': USER.username,
        'registry-password': USER.password,
        sign: 'true',
        'cosign-key': readFileSync(join(keyDir, 'cosign.key'), 'utf8'),
        'cosign-password': KEY_PASSWORD
      },
      node()
    );
    expect(signed.errors).toEqual([]);
    expect(signed.exitCode).toBe(0);
    const tag = `1.4.2-${short(checkout.sha)}`;
    const digest = signed.outputs['digest'] ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(signed.outputs['image-ref']).toBe(`${authed.host}/${repo}@${digest}`);
    expect(JSON.parse(signed.outputs['tags'] ?? '')).toEqual([tag, 'stable']);
    expect(signed.outputs['scan-result']).toBe('passed');
    expect(JSON.parse(signed.outputs['findings'] ?? '')).toEqual({
      CRITICAL: 0,
      HIGH: 0,
      MEDIUM: 0,
      LOW: 0,
      UNKNOWN: 0
    });
    const sarif = JSON.parse(readFileSync(signed.outputs['sarif-path'] ?? '', 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.name).toBe('Trivy');
    // The image store, the layout, the credentials and the key are gone; the reports stay.
    expect(leftInTemp(signed.temp)).toEqual(REPORTS);
    expect(await authed.digest(repo, tag)).toBe(digest);
    expect(await authed.digest(repo, 'stable')).toBe(digest);
    expect(signed.outputs['signature-ref']).toBe(
      `${authed.host}/${repo}:${digest.replace(':', '-')}.sig`
    );
    expect(signed.summary).toContain(digest);
    expect(signed.summary).toContain(`\`${tag}\` (pushed)`);
    // Secrets are masked and reach neither the log nor the summary.
    for (const secret of [USER.password, KEY_PASSWORD]) {
      expect(signed.masked).toContain(secret);
      expect(signed.log).not.toContain(secret);
      expect(signed.summary).not.toContain(secret);
    }

    // cosign verifies the signature on the digest with the public key, without the transparency log.
    const verified = execFileSync(
      tool('cosign'),
      [
        'verify',
        '--key',
        join(keyDir, 'cosign.pub'),
        '--insecure-ignore-tlog',
        '--allow-insecure-registry',
        '--allow-http-registry',
        signed.outputs['image-ref'] ?? ''
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, DOCKER_CONFIG: dockerConfig(authed.host) },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000
      }
    );
    const claims = JSON.parse(verified) as {
      critical: { image: { 'docker-manifest-digest': string } };
    }[];
    expect(claims[0]?.critical.image['docker-manifest-digest']).toBe(digest);

    // The labels: the given one, and source, revision and created from the commit.
    const config = execFileSync(
      'skopeo',
      [
        'inspect',
        '--config',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${authed.host}/${repo}@${digest}`
      ],
      { encoding: 'utf8', timeout: 60_000 }
    );
    const labels = (JSON.parse(config) as { config: { Labels: Record<string, string> } }).config
      .Labels;
    expect(labels).toMatchObject({
      team: 'payments',
      'org.opencontainers.image.revision': checkout.sha,
      'org.opencontainers.image.created': '2026-11-01T12:00:00.000Z',
      'org.opencontainers.image.source': 'https://github.com/acme/infrastructure',
      'org.opencontainers.image.version': '1.4.2'
    });
  });

  it('pushes nothing when the scan finds a CRITICAL, and lists it in the summary', async () => {
    const checkout = workspace({ busyboxVersion: VULNERABLE });
    const repo = `acme/${slug}/vulnerable`;
    const result = await run(checkout, { image: `${open.host}/${repo}`, version: '1.0.0' }, node());
    expect(result.exitCode).toBe(1);
    expect(result.outputs['scan-result']).toBe('failed');
    expect(JSON.parse(result.outputs['findings'] ?? '')).toEqual({
      CRITICAL: 1,
      HIGH: 0,
      MEDIUM: 1,
      LOW: 0,
      UNKNOWN: 0
    });
    expect(result.errors.join('\n')).toContain('nothing was pushed');
    expect(result.summary).toContain(
      '| CRITICAL | CVE-2022-48174 | busybox | 1.37.0-r19 | 1.37.0-r20 |'
    );
    expect(await open.tags(repo)).toEqual([]);
    expect(await open.repositories()).not.toContain(repo);
    expect(leftInTemp(result.temp)).toEqual(REPORTS);
  });

  it('accepts a finding by an ignore entry with a reason, and not by an expired one', async () => {
    const accept = (expires: string) =>
      `accept:\n  - id: CVE-2022-48174\n    package: busybox\n    reason: the ash shell is never run in this image\n    expires: ${expires}\n`;
    const current = workspace({
      busyboxVersion: VULNERABLE,
      files: { 'accept.yaml': accept('2099-12-31') }
    });
    const repo = `acme/${slug}/accepted`;
    const passed = await run(
      current,
      { image: `${open.host}/${repo}`, version: '1.0.0', 'ignore-file': 'accept.yaml' },
      node()
    );
    expect(passed.errors).toEqual([]);
    expect(passed.outputs['scan-result']).toBe('passed');
    expect(JSON.parse(passed.outputs['findings'] ?? '')).toMatchObject({ CRITICAL: 0, MEDIUM: 1 });
    expect(passed.summary).toContain('#### Accepted by the ignore file');
    expect(passed.summary).toContain('the ash shell is never run in this image');
    expect(await open.tags(repo)).toEqual([`1.0.0-${short(current.sha)}`]);

    const expired = workspace({
      busyboxVersion: VULNERABLE,
      files: { 'accept.yaml': accept('2025-01-31') }
    });
    const stale = `acme/${slug}/expired`;
    const failed = await run(
      expired,
      { image: `${open.host}/${stale}`, version: '1.0.0', 'ignore-file': 'accept.yaml' },
      node()
    );
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['scan-result']).toBe('failed');
    expect(failed.summary).toContain('#### Expired ignore-file entries (no longer applied)');
    expect(failed.summary).toContain('| CVE-2022-48174 | busybox | 2025-01-31 |');
    expect(failed.log).toContain('expired on 2025-01-31 and no longer applies');
    expect(await open.tags(stale)).toEqual([]);
  });

  it('does nothing when every tag already holds the digest, and refuses a tag taken by another', async () => {
    const checkout = workspace();
    const repo = `acme/${slug}/immutable`;
    const inputs = { image: `${open.host}/${repo}`, version: '2.0.0', scan: 'false' };
    const first = await run(checkout, inputs, node());
    expect(first.errors).toEqual([]);
    const tag = `2.0.0-${short(checkout.sha)}`;
    const digest = first.outputs['digest'];
    expect(await open.digest(repo, tag)).toBe(digest);

    // The same commit builds to the same digest: a re-run is a no-op.
    const again = await run(checkout, inputs, node());
    expect(again.errors).toEqual([]);
    expect(again.outputs['digest']).toBe(digest);
    expect(again.outputs['scan-result']).toBe('skipped');
    expect(again.log).toContain('Every tag already points to this digest: nothing to push.');
    expect(again.summary).toContain('already in the registry');

    // Other content under the same tag is refused; the tag keeps its digest.
    const other = await run(checkout, { ...inputs, 'build-args': 'GREETING=bonjour' }, node());
    expect(other.exitCode).toBe(1);
    expect(other.outputs['digest']).not.toBe(digest);
    expect(other.errors.join('\n')).toContain(
      `Tags are immutable: ${tag} already points to ${digest}`
    );
    expect(await open.digest(repo, tag)).toBe(digest);
    expect(await open.digest(repo, other.outputs['digest'] ?? '')).toBeUndefined();
  });

  it('fails clearly on a wrong registry password and pushes nothing', async () => {
    const checkout = workspace();
    const repo = `acme/${slug}/denied`;
    const result = await run(
      checkout,
      {
        image: `${authed.host}/${repo}`,
        version: '1.0.0',
        scan: 'false',
        'registry-username': USER.username,
        'registry-password': 'not-the-password-9'
      },
      node()
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      `${authed.host} refused the credentials of ${USER.username} to ${repo} (HTTP 401)`
    );
    expect(result.log).not.toContain('not-the-password-9');
    expect(await authed.tags(repo)).toEqual([]);
    expect(leftInTemp(result.temp)).toEqual([]);
  });

  it('shows the instruction a failed build stopped at', async () => {
    const checkout = workspace({
      containerfile:
        'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo compiling; exit 3"]\n'
    });
    const repo = `acme/${slug}/broken`;
    const result = await run(checkout, { image: `${open.host}/${repo}`, version: '1.0.0' }, node());
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      'The build failed at RUN ["/bin/busybox", "sh", "-c", "echo compiling; exit 3"]'
    );
    expect(await open.tags(repo)).toEqual([]);
    expect(leftInTemp(result.temp)).toEqual([]);
  });

  it('refuses secrets passed as build arguments, with every bad input at once, before building', async () => {
    const checkout = workspace();
    const repo = `acme/${slug}/inputs`;
    const result = await run(
      checkout,
      {
        image: `${open.host}/${repo}`,
        version: '1.0',
        'build-args': 'NPM_TOKEN=npm_abcdef123456\nMODE=release',
        'fail-on': 'CRITICAL,SEVERE',
        sign: 'true',
        push: 'false'
      },
      node()
    );
    expect(result.exitCode).toBe(1);
    const message = result.errors.join('\n');
    expect(message).toContain("Input 'build-args' is 'NPM_TOKEN': looks like a secret");
    expect(message).toContain('pass it as a build secret instead');
    expect(message).toContain("Input 'version' is '1.0': must be a semantic version");
    expect(message).toContain("'SEVERE' is not a severity");
    expect(message).toContain("Input 'sign' is 'true': needs push");
    expect(result.log).not.toContain('npm_abcdef123456');
    expect(result.log).not.toContain('Build ');
    expect(await open.tags(repo)).toEqual([]);
  });
});

/** A Docker config folder with the test registry's credentials, for cosign verify. */
function dockerConfig(host: string): string {
  const dir = join(root, 'docker-config');
  if (!existsSync(dir)) mkdirSync(dir);
  const auth = Buffer.from(`${USER.username}:${USER.password}`).toString('base64');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth } } }));
  return dir;
}
