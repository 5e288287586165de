// The image part of the demo: builds examples/services/hello with the bundled build-scan-push
// action (run as a runner runs it, through platformctl), scans it with Trivy against a database
// made from the test advisories, pushes it to a Docker registry started on loopback for the demo,
// and signs the digest with a key made for the demo. Returns the image by digest, for gen-values;
// where buildah or the registry is not installed it says so, with the command that installs them,
// and returns the reason instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildTrivyCache,
  builtTool,
  commitAll,
  imageEnv,
  missingSystemTools,
  REPO,
  serviceContext,
  startRegistry
} from '../__tests__/support/image-env.mjs';

export async function demoImage({ log = console.log } = {}) {
  const { missing, install } = missingSystemTools([
    'buildah',
    'skopeo',
    'docker-registry',
    'busybox'
  ]);
  if (missing.length > 0) {
    const reason = `${missing.join(', ')} not installed; install with: ${install}`;
    log(`build-scan-push skipped: ${reason}`);
    return { skipped: reason };
  }
  for (const name of ['trivy', 'trivy-db', 'cosign']) {
    try {
      builtTool(name);
    } catch (error) {
      log(`build-scan-push skipped: ${error.message}`);
      return { skipped: error.message };
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'platform-demo-image-'));
  const registry = await startRegistry();
  try {
    const ws = join(scratch, 'ws');
    serviceContext(join(ws, 'service'));
    const sha = commitAll(ws);

    const keyPassword = 'demo-key-password';
    execFileSync(
      builtTool('cosign'),
      ['generate-key-pair', '--output-key-prefix', join(ws, 'cosign')],
      {
        env: { ...process.env, COSIGN_PASSWORD: keyPassword },
        stdio: 'ignore',
        timeout: 60_000
      }
    );

    const image = `${registry.host}/acme/payments/checkout`;
    const inputs = {
      context: 'service',
      image,
      version: '1.4.2',
      'extra-tags': 'demo',
      sign: 'true',
      // A key file in the workspace, as a job would write it from a secret.
      'cosign-key': 'cosign.key',
      'cosign-password': keyPassword
    };
    const args = [join(REPO, 'bin', 'platformctl.js'), 'action', 'run', 'build-scan-push'];
    args.push('--workspace', ws, '--format', 'json');
    for (const [k, v] of Object.entries(inputs)) args.push('--input', `${k}=${v}`);
    let stdout;
    try {
      stdout = execFileSync(process.execPath, args, {
        env: { ...imageEnv(buildTrivyCache(scratch)), GITHUB_SHA: sha },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024
      });
    } catch (error) {
      stdout = error.stdout;
    }
    if (!stdout?.trim()) throw new Error('platformctl printed no report: is dist/cli bundled?');
    const report = JSON.parse(stdout);
    if (report['exit-code'] !== 0)
      throw new Error(`build-scan-push failed:\n${report.errors.join('\n')}`);
    log(report.summary);
    log(
      `registry holds ${image}: tags ${(await registry.tags('acme/payments/checkout')).join(', ')}`
    );
    return {
      digest: report.outputs.digest,
      imageRef: report.outputs['image-ref'],
      tags: JSON.parse(report.outputs.tags)
    };
  } finally {
    await registry.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
