import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import type { ProcessResult, RunOptions } from '../common/process.js';
import type { KeyValue } from './build-args.js';
import { imageLabels } from './build-args.js';
import {
  buildahBudArgs,
  buildahPushArgs,
  buildxBuildArgs,
  cosignSignArgs,
  cosignTriangulateArgs,
  skopeoCopyArgs,
  trivySarifArgs,
  trivyScanArgs,
  type BuilderName,
  type BuildSpec,
  type PushTarget
} from './commands.js';
import { utcDate, type AcceptedFinding } from './ignore-file.js';
import type { ImageRepository } from './reference.js';
import {
  authFileContent,
  planTags,
  type RegistryCredentials,
  type RegistryReader,
  type TagPlan
} from './registry.js';
import {
  countBySeverity,
  findingsOf,
  judgeScan,
  TrivyReportSchema,
  withoutAccepted,
  type Finding,
  type ScanVerdict,
  type Severity,
  type SeverityCounts
} from './scan.js';

/** What build-scan-push is asked to do, every path resolved and every input checked. */
export interface BuildScanPushSettings {
  context: string;
  file: string;
  repository: ImageRepository;
  version: string;
  /** The full commit SHA the image is built from. */
  commit: string;
  /** `<version>-<short sha>` first, then the extra tags. */
  tags: string[];
  buildArgs: KeyValue[];
  labels: KeyValue[];
  /** Build secrets: an id and the environment variable holding its value. */
  secrets: { id: string; env: string }[];
  /** Undefined: whichever builder the runner has. */
  builder: BuilderName | undefined;
  credentials: RegistryCredentials | undefined;
  scan: boolean;
  failOn: Severity[];
  ignoreFile: string | undefined;
  accepted: AcceptedFinding[];
  sign: boolean;
  /** A cosign private key (PEM text or a file); undefined signs keyless with the job's OIDC token. */
  cosignKey: { kind: 'pem'; text: string } | { kind: 'file'; path: string } | undefined;
  cosignPassword: string;
  push: boolean;
  /** `<server>/<owner>/<repo>`: the image's source label. */
  sourceUrl: string;
  /** A folder for this run's files (the runner's temporary folder). */
  workDir: string;
}

export type ScanResult = 'passed' | 'failed' | 'skipped';

export interface BuildScanPushResult {
  builder: BuilderName;
  repository: string;
  digest: string;
  imageRef: string;
  tags: string[];
  createdEpoch: number;
  scanResult: ScanResult;
  verdict: ScanVerdict | undefined;
  counts: SeverityCounts | undefined;
  sarifPath: string | undefined;
  reportPath: string | undefined;
  /** Undefined when push is off or nothing was pushed. */
  push: TagPlan | undefined;
  signatureRef: string | undefined;
  /** Why nothing was pushed, when the run fails after the build (scan failed, tag conflict). */
  refused: string | undefined;
  failOn: Severity[];
  today: string;
  accepted: AcceptedFinding[];
}

/** The binaries the job runs, each found or installed before anything else happens. */
export interface ImageTools {
  builder: { name: BuilderName; binary: string };
  skopeo: string | undefined;
  trivy: string | undefined;
  cosign: string | undefined;
}

export interface BuildScanPushDeps {
  log: Log;
  run: (command: string, args: readonly string[], options: RunOptions) => Promise<ProcessResult>;
  tools: (settings: BuildScanPushSettings) => Promise<ImageTools>;
  registry: (repo: ImageRepository, credentials: RegistryCredentials | undefined) => RegistryReader;
  now: () => Date;
}

/** A build that failed, with the instruction that failed. */
export class BuildError extends ActionError {}
export class ToolError extends ActionError {}

const MINUTE = 60_000;
const TIMEOUTS = { build: 60 * MINUTE, scan: 20 * MINUTE, push: 20 * MINUTE, sign: 5 * MINUTE };

/** The last lines of a tool's output, for an error message. */
function tail(text: string, lines = 12): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * The instruction a failed build stopped at: buildah prints `STEP n/m: INSTRUCTION`, BuildKit
 * `[stage n/m] INSTRUCTION`; the last one before the failure is the one that failed.
 */
export function failedStep(output: string): string | undefined {
  const steps = [
    ...output.matchAll(/^(?:STEP \d+(?:\/\d+)?: (.+)|#\d+ \[[^\]]*\d+\/\d+\] (.+))$/gm)
  ];
  const last = steps.at(-1);
  return last === undefined ? undefined : (last[1] ?? last[2])?.trim();
}

/** Streams a tool's output to the log line by line. */
function lineLogger(log: Log): { write: (chunk: string) => void; flush: () => void } {
  let pending = '';
  return {
    write(chunk) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) log.info(line);
    },
    flush() {
      if (pending !== '') log.info(pending);
      pending = '';
    }
  };
}

/** When the image is said to be made: the commit's time, so a commit always builds one digest. */
async function commitEpoch(
  settings: BuildScanPushSettings,
  deps: BuildScanPushDeps
): Promise<number> {
  try {
    const result = await deps.run(
      'git',
      ['-C', settings.context, 'log', '-1', '--format=%ct', settings.commit],
      { timeoutMs: 30_000 }
    );
    const epoch = Number(result.stdout.trim());
    if (result.exitCode === 0 && Number.isInteger(epoch) && epoch > 0) return epoch;
  } catch {
    // Not a git checkout: fall through.
  }
  const fromEnv = Number(process.env['SOURCE_DATE_EPOCH']);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.floor(deps.now().getTime() / 1000);
}

/**
 * build-scan-push: builds the image into a local OCI layout, scans that exact layout, and only when
 * the scan passes pushes it by digest and tag (each tag checked first: tags are immutable) and
 * signs the digest. A failed scan or a refused tag pushes nothing.
 */
export async function runBuildScanPush(
  settings: BuildScanPushSettings,
  deps: BuildScanPushDeps
): Promise<BuildScanPushResult> {
  const { log } = deps;
  const tools = await log.group('Find the builder, scanner and signer', async () => {
    const found = await deps.tools(settings);
    log.info(`builder: ${found.builder.name} (${found.builder.binary})`);
    for (const name of ['skopeo', 'trivy', 'cosign'] as const)
      if (found[name] !== undefined) log.info(`${name}: ${found[name]}`);
    return found;
  });
  mkdirSync(settings.workDir, { recursive: true });
  const scratch = mkdtempSync(join(settings.workDir, 'build-scan-push-'));
  const reports = join(scratch, 'reports');
  mkdirSync(reports);
  const secretsDir = join(scratch, 'secrets');
  mkdirSync(secretsDir, { mode: 0o700 });
  try {
    const createdEpoch = await commitEpoch(settings, deps);
    const spec: BuildSpec = {
      context: settings.context,
      file: settings.file,
      buildArgs: settings.buildArgs,
      labels: imageLabels(settings.labels, {
        source: settings.sourceUrl,
        revision: settings.commit,
        createdEpoch,
        version: settings.version
      }),
      secrets: settings.secrets.map((s) => {
        const file = join(secretsDir, s.id);
        writeFileSync(file, process.env[s.env] ?? '', { mode: 0o600 });
        return { id: s.id, file };
      }),
      timestamp: createdEpoch,
      layout: join(scratch, 'oci'),
      layoutRef: settings.tags[0] ?? 'image'
    };

    const digest = await log.group(
      `Build ${settings.file} with ${tools.builder.name} into an OCI layout`,
      () => build(spec, tools.builder, scratch, deps)
    );
    rmSync(secretsDir, { recursive: true, force: true });
    const imageRef = `${settings.repository.repository}@${digest}`;
    log.info(`digest: ${digest}`);

    const today = utcDate(deps.now());
    const base = {
      builder: tools.builder.name,
      repository: settings.repository.repository,
      digest,
      imageRef,
      tags: settings.tags,
      createdEpoch,
      failOn: settings.failOn,
      today,
      accepted: settings.accepted
    };
    let scanned: Pick<
      BuildScanPushResult,
      'scanResult' | 'verdict' | 'counts' | 'sarifPath' | 'reportPath'
    > = {
      scanResult: 'skipped',
      verdict: undefined,
      counts: undefined,
      sarifPath: undefined,
      reportPath: undefined
    };
    if (settings.scan) {
      const trivy = tools.trivy as string;
      scanned = await log.group(`Scan ${digest} with Trivy`, () =>
        scan(spec.layout, trivy, settings, reports, today, deps)
      );
      if (scanned.scanResult === 'failed') {
        const blocking = scanned.verdict?.blocking.length ?? 0;
        return {
          ...base,
          ...scanned,
          push: undefined,
          signatureRef: undefined,
          refused: `The scan found ${blocking} vulnerabilit${blocking === 1 ? 'y' : 'ies'} at ${settings.failOn.join(' or ')} that the ignore file does not accept: nothing was pushed.`
        };
      }
    } else {
      log.info('scan is off: the image is not scanned');
    }

    if (!settings.push) {
      log.info('push is off: the image stays local and is removed with the run');
      return { ...base, ...scanned, push: undefined, signatureRef: undefined, refused: undefined };
    }

    const target: PushTarget = {
      repository: settings.repository.repository,
      insecure: settings.repository.insecure,
      authfile: undefined
    };
    if (settings.credentials !== undefined) {
      const authDir = join(scratch, 'auth');
      mkdirSync(authDir, { mode: 0o700 });
      target.authfile = join(authDir, 'config.json');
      writeFileSync(
        target.authfile,
        authFileContent(settings.repository.registry, settings.credentials),
        { mode: 0o600 }
      );
    }
    const reader = deps.registry(settings.repository, settings.credentials);
    const plan = await log.group(
      `Check the tags in ${settings.repository.repository}`,
      async () => {
        const existing = new Map<string, string | undefined>();
        for (const tag of settings.tags) existing.set(tag, await reader.tagDigest(tag));
        const planned = planTags(digest, existing);
        for (const tag of planned.present) log.info(`${tag}: already ${digest}, nothing to do`);
        for (const tag of planned.push) log.info(`${tag}: new`);
        for (const c of planned.conflicts) log.info(`${c.tag}: taken by ${c.digest}`);
        return planned;
      }
    );
    if (plan.conflicts.length > 0) {
      return {
        ...base,
        ...scanned,
        push: plan,
        signatureRef: undefined,
        refused: `Tags are immutable: ${plan.conflicts
          .map((c) => `${c.tag} already points to ${c.digest}`)
          .join('; ')}. Nothing was pushed; bump the version to publish this build.`
      };
    }
    const skopeo = tools.skopeo as string;
    await log.group(`Push ${imageRef}`, async () => {
      if (plan.push.length === 0) {
        log.info('Every tag already points to this digest: nothing to push.');
        return;
      }
      for (const to of [digest, ...plan.push]) {
        await tool(deps, skopeo, skopeoCopyArgs(spec.layout, spec.layoutRef, target, to), {
          timeoutMs: TIMEOUTS.push,
          what: `pushing ${to}`
        });
      }
      for (const tag of plan.push) {
        const now = await reader.tagDigest(tag);
        if (now !== digest)
          throw new ToolError(
            `After the push, ${tag} points to ${now ?? 'nothing'}, not ${digest}`
          );
        log.info(`${settings.repository.repository}:${tag} -> ${digest}`);
      }
    });

    let signatureRef: string | undefined;
    if (settings.sign) {
      const cosign = tools.cosign as string;
      signatureRef = await log.group(`Sign ${imageRef}`, async () => {
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          COSIGN_PASSWORD: settings.cosignPassword,
          ...(target.authfile === undefined ? {} : { DOCKER_CONFIG: join(scratch, 'auth') })
        };
        const insecure = settings.repository.insecure;
        let keyFile: string | undefined;
        if (settings.cosignKey?.kind === 'file') keyFile = settings.cosignKey.path;
        if (settings.cosignKey?.kind === 'pem') {
          mkdirSync(join(scratch, 'keys'), { mode: 0o700 });
          keyFile = join(scratch, 'keys', 'cosign.key');
          writeFileSync(keyFile, settings.cosignKey.text, { mode: 0o600 });
        }
        await tool(deps, cosign, cosignSignArgs(imageRef, { keyFile, insecure }), {
          timeoutMs: TIMEOUTS.sign,
          what: 'signing',
          env
        });
        const where = await tool(deps, cosign, cosignTriangulateArgs(imageRef, insecure), {
          timeoutMs: TIMEOUTS.sign,
          what: 'locating the signature',
          env,
          quiet: true
        });
        const ref = where.stdout.trim();
        log.info(`signature: ${ref}`);
        return ref;
      });
    }
    return { ...base, ...scanned, push: plan, signatureRef, refused: undefined };
  } finally {
    rmSync(join(scratch, 'store'), { recursive: true, force: true });
    rmSync(join(scratch, 'oci'), { recursive: true, force: true });
    rmSync(join(scratch, 'auth'), { recursive: true, force: true });
    rmSync(join(scratch, 'keys'), { recursive: true, force: true });
    rmSync(secretsDir, { recursive: true, force: true });
  }
}

async function tool(
  deps: BuildScanPushDeps,
  binary: string,
  args: string[],
  options: { timeoutMs: number; what: string; env?: NodeJS.ProcessEnv; quiet?: boolean }
): Promise<ProcessResult> {
  const out = lineLogger(deps.log);
  const result = await deps.run(binary, args, {
    timeoutMs: options.timeoutMs,
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.quiet === true ? {} : { onStdout: out.write, onStderr: out.write })
  });
  out.flush();
  if (result.exitCode !== 0)
    throw new ToolError(
      `${options.what} failed (${binary} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`
    );
  return result;
}

async function build(
  spec: BuildSpec,
  builder: ImageTools['builder'],
  scratch: string,
  deps: BuildScanPushDeps
): Promise<string> {
  const out = lineLogger(deps.log);
  const stream = { onStdout: out.write, onStderr: out.write, timeoutMs: TIMEOUTS.build };
  const fail = (result: ProcessResult): never => {
    out.flush();
    const output = `${result.stdout}\n${result.stderr}`;
    const step = failedStep(output);
    throw new BuildError(
      `The build failed${step === undefined ? '' : ` at ${step}`} (${builder.name} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`
    );
  };
  if (builder.name === 'buildah') {
    const store = { root: join(scratch, 'store', 'root'), runroot: join(scratch, 'store', 'run') };
    const iidfile = join(scratch, 'iid');
    const built = await deps.run(builder.binary, buildahBudArgs(spec, store, iidfile), stream);
    if (built.exitCode !== 0) fail(built);
    const imageId = readFileSync(iidfile, 'utf8').trim();
    const digestfile = join(scratch, 'digest');
    const pushed = await deps.run(
      builder.binary,
      buildahPushArgs(spec, store, imageId, digestfile),
      stream
    );
    out.flush();
    if (pushed.exitCode !== 0)
      throw new ToolError(`Writing the OCI layout failed:\n${tail(pushed.stderr)}`);
    return layoutDigest(spec, readFileSync(digestfile, 'utf8').trim());
  }
  const metadataFile = join(scratch, 'metadata.json');
  const built = await deps.run(builder.binary, buildxBuildArgs(spec, metadataFile), stream);
  if (built.exitCode !== 0) fail(built);
  out.flush();
  const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
  return layoutDigest(spec, String(metadata['containerimage.digest'] ?? ''));
}

/** The digest the builder reported, checked against the layout's index: what is scanned is pushed. */
function layoutDigest(spec: BuildSpec, reported: string): string {
  const indexFile = join(spec.layout, 'index.json');
  if (!existsSync(indexFile)) throw new ToolError(`The builder wrote no ${indexFile}`);
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    manifests?: { digest?: string; annotations?: Record<string, string> }[];
  };
  const entry = (index.manifests ?? []).find(
    (m) => m.annotations?.['org.opencontainers.image.ref.name'] === spec.layoutRef
  );
  if (entry?.digest === undefined || !/^sha256:[0-9a-f]{64}$/.test(entry.digest))
    throw new ToolError(`${indexFile} has no image named ${spec.layoutRef}`);
  if (reported !== entry.digest)
    throw new ToolError(
      `The builder reported ${reported}, but the layout holds ${entry.digest}: refusing to push what was not scanned`
    );
  return entry.digest;
}

async function scan(
  layout: string,
  trivy: string,
  settings: BuildScanPushSettings,
  reports: string,
  today: string,
  deps: BuildScanPushDeps
): Promise<
  Pick<BuildScanPushResult, 'scanResult' | 'verdict' | 'counts' | 'sarifPath' | 'reportPath'>
> {
  const reportPath = join(reports, 'trivy.json');
  await tool(deps, trivy, trivyScanArgs(layout, reportPath), {
    timeoutMs: TIMEOUTS.scan,
    what: 'the scan'
  });
  const report = TrivyReportSchema.parse(JSON.parse(readFileSync(reportPath, 'utf8')));
  const findings: Finding[] = findingsOf(report);
  const verdict = judgeScan(findings, settings.failOn, settings.accepted, today);
  const counts = countBySeverity(verdict.open);
  deps.log.info(
    `${findings.length} findings; not accepted: ${Object.entries(counts)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}`
  );
  for (const { finding, entry } of verdict.accepted)
    deps.log.info(`accepted until ${entry.expires}: ${finding.id} in ${finding.package}`);
  for (const { finding, entry } of verdict.expired)
    deps.log.warning(
      `${finding.id} in ${finding.package}: the ignore-file entry expired on ${entry.expires} and no longer applies`
    );
  const openReport = join(reports, 'trivy-open.json');
  writeFileSync(openReport, JSON.stringify(withoutAccepted(report, verdict.open)));
  const sarifPath = join(reports, 'trivy.sarif');
  await tool(deps, trivy, trivySarifArgs(openReport, sarifPath), {
    timeoutMs: TIMEOUTS.scan,
    what: 'the SARIF conversion',
    quiet: true
  });
  return {
    scanResult: verdict.passed ? 'passed' : 'failed',
    verdict,
    counts,
    sarifPath,
    reportPath
  };
}

/** The action's outputs. */
export function buildScanPushOutputs(result: BuildScanPushResult): Record<string, string> {
  const pushed = result.push !== undefined && result.refused === undefined;
  return {
    digest: result.digest,
    'image-ref': result.imageRef,
    tags: JSON.stringify(result.tags),
    'scan-result': result.scanResult,
    findings: JSON.stringify(result.counts ?? {}),
    'sarif-path': result.sarifPath ?? '',
    'signature-ref': result.signatureRef ?? '',
    pushed: String(pushed)
  };
}
