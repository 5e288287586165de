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
  type BuildSpec,
  type PushTarget
} from './commands.js';
import { utcDate } from './ignore-file.js';
import type {
  BuildScanPushDeps,
  BuildScanPushResult,
  BuildScanPushSettings,
  ImageJob,
  ImageTools
} from './model.js';
import { authFileContent, planTags, type TagPlan } from './registry.js';
import {
  countBySeverity,
  findingsOf,
  judgeScan,
  TrivyReportSchema,
  withoutAccepted,
  type Finding
} from './scan.js';
import type { ProcessResult } from '../common/process.js';
import { BuildError, runTool, tail, TIMEOUTS, ToolError } from './tool-run.js';

/**
 * The phases of build-scan-push, in the order the job runs them. Each takes the job and what the
 * phases before it found, and returns what it found; a tool's files live in the job's workspace.
 */

/** Phase 0, before any file is written: the builder, scanner and signer the settings need. */
export async function findTools(
  settings: BuildScanPushSettings,
  deps: BuildScanPushDeps
): Promise<ImageTools> {
  return deps.log.group('Find the builder, scanner and signer', async () => {
    const found = await deps.tools(settings);
    deps.log.info(`builder: ${found.builder.name} (${found.builder.binary})`);
    for (const name of ['skopeo', 'trivy', 'cosign'] as const)
      if (found[name] !== undefined) deps.log.info(`${name}: ${found[name]}`);
    return found;
  });
}

/** What is built, and when it is said to be made. */
export interface BuildSource {
  spec: BuildSpec;
  createdEpoch: number;
  /** The UTC date ignore-file entries expire against. */
  today: string;
}

/** When the image is said to be made: the commit's time, so a commit always builds one digest. */
async function commitEpoch(job: ImageJob): Promise<number> {
  const { settings, deps } = job;
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
  if (settings.sourceDateEpoch !== undefined) return settings.sourceDateEpoch;
  return Math.floor(deps.now().getTime() / 1000);
}

/** Phase 1: the build's time, labels and secret files. */
export async function resolveSource(job: ImageJob): Promise<BuildSource> {
  const { settings, workspace } = job;
  const createdEpoch = await commitEpoch(job);
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
    secrets: settings.secrets.map((s) => ({
      id: s.id,
      file: workspace.write(`secrets/${s.id}`, s.value, { secret: true })
    })),
    timestamp: createdEpoch,
    layout: workspace.path('oci'),
    layoutRef: settings.tags[0] ?? 'image'
  };
  return { spec, createdEpoch, today: utcDate(job.deps.now()) };
}

/** The built image, in an OCI layout in the workspace. */
export interface BuiltImage {
  digest: string;
  imageRef: string;
  layout: string;
  layoutRef: string;
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

/** Phase 2: the image built into the layout; the build secrets removed as soon as it ends. */
export async function buildImage(job: ImageJob, source: BuildSource): Promise<BuiltImage> {
  const { settings, tools, deps } = job;
  const digest = await deps.log.group(
    `Build ${settings.file} with ${tools.builder.name} into an OCI layout`,
    async () => {
      try {
        return await runBuilder(job, source.spec);
      } finally {
        job.workspace.remove('secrets');
      }
    }
  );
  deps.log.info(`digest: ${digest}`);
  return {
    digest,
    imageRef: `${settings.repository.repository}@${digest}`,
    layout: source.spec.layout,
    layoutRef: source.spec.layoutRef
  };
}

async function runBuilder(job: ImageJob, spec: BuildSpec): Promise<string> {
  const { workspace, deps } = job;
  const builder = job.tools.builder;
  const build = {
    timeoutMs: TIMEOUTS.build,
    what: 'The build',
    fail: (result: ProcessResult) => {
      const step = failedStep(`${result.stdout}\n${result.stderr}`);
      return new BuildError(
        `The build failed${step === undefined ? '' : ` at ${step}`} (${builder.name} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`
      );
    }
  };
  if (builder.name === 'buildah') {
    const store = {
      root: workspace.path('store/root'),
      runroot: workspace.path('store/run')
    };
    const iidfile = workspace.path('iid');
    await runTool(deps, builder.binary, buildahBudArgs(spec, store, iidfile), build);
    const imageId = workspace.read('iid').trim();
    const digestfile = workspace.path('digest');
    await runTool(deps, builder.binary, buildahPushArgs(spec, store, imageId, digestfile), {
      timeoutMs: TIMEOUTS.build,
      what: 'Writing the OCI layout',
      fail: (result) => new ToolError(`Writing the OCI layout failed:\n${tail(result.stderr)}`)
    });
    return layoutDigest(job, spec, workspace.read('digest').trim());
  }
  const metadataFile = workspace.path('metadata.json');
  await runTool(deps, builder.binary, buildxBuildArgs(spec, metadataFile), build);
  const metadata = JSON.parse(workspace.read('metadata.json')) as Record<string, unknown>;
  return layoutDigest(job, spec, String(metadata['containerimage.digest'] ?? ''));
}

/** The digest the builder reported, checked against the layout's index: what is scanned is pushed. */
function layoutDigest(job: ImageJob, spec: BuildSpec, reported: string): string {
  const indexFile = job.workspace.path('oci/index.json');
  if (!job.workspace.exists('oci/index.json'))
    throw new ToolError(`The builder wrote no ${indexFile}`);
  const index = JSON.parse(job.workspace.read('oci/index.json')) as {
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

/** What the scan found, and why nothing may be pushed when it failed. */
export type ScannedImage = Pick<
  BuildScanPushResult,
  'scanResult' | 'verdict' | 'counts' | 'sarifPath' | 'reportPath'
> & { refused: string | undefined };

/** Phase 3: the layout scanned with Trivy (or not, when scan is off); the reports kept. */
export async function scanImage(
  job: ImageJob,
  source: BuildSource,
  built: BuiltImage
): Promise<ScannedImage> {
  const { settings, deps, workspace } = job;
  if (!settings.scan) {
    deps.log.info('scan is off: the image is not scanned');
    return {
      scanResult: 'skipped',
      verdict: undefined,
      counts: undefined,
      sarifPath: undefined,
      reportPath: undefined,
      refused: undefined
    };
  }
  const trivy = job.tools.trivy as string;
  return deps.log.group(`Scan ${built.digest} with Trivy`, async () => {
    const reportPath = workspace.keep('reports/trivy.json');
    await runTool(deps, trivy, trivyScanArgs(built.layout, reportPath), {
      timeoutMs: TIMEOUTS.scan,
      what: 'the scan'
    });
    const report = TrivyReportSchema.parse(JSON.parse(workspace.read('reports/trivy.json')));
    const findings: Finding[] = findingsOf(report);
    const verdict = judgeScan(findings, settings.failOn, settings.accepted, source.today);
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
    const openReport = workspace.write(
      'reports/trivy-open.json',
      JSON.stringify(withoutAccepted(report, verdict.open))
    );
    const sarifPath = workspace.keep('reports/trivy.sarif');
    await runTool(deps, trivy, trivySarifArgs(openReport, sarifPath), {
      timeoutMs: TIMEOUTS.scan,
      what: 'the SARIF conversion',
      quiet: true
    });
    const blocking = verdict.blocking.length;
    return {
      scanResult: verdict.passed ? 'passed' : 'failed',
      verdict,
      counts,
      sarifPath,
      reportPath,
      refused: verdict.passed
        ? undefined
        : `The scan found ${blocking} vulnerabilit${blocking === 1 ? 'y' : 'ies'} at ${settings.failOn.join(' or ')} that the ignore file does not accept: nothing was pushed.`
    };
  });
}

/** The tags checked in the registry and, unless one is taken, pushed with the digest. */
export interface PushedImage {
  plan: TagPlan;
  /** Why nothing was pushed: a tag already holds another digest. */
  refused: string | undefined;
  /** The Docker config folder holding the registry's credentials, for the signer. */
  dockerConfig: string | undefined;
}

/** Phase 4: every tag checked (tags are immutable), then the digest and the new tags pushed. */
export async function pushImage(job: ImageJob, built: BuiltImage): Promise<PushedImage> {
  const { settings, deps, workspace } = job;
  const { log } = deps;
  const reader = deps.registry(settings.repository, settings.credentials);
  const plan = await log.group(`Check the tags in ${settings.repository.repository}`, async () => {
    const existing = new Map<string, string | undefined>();
    for (const tag of settings.tags) existing.set(tag, await reader.tagDigest(tag));
    const planned = planTags(built.digest, existing);
    for (const tag of planned.present) log.info(`${tag}: already ${built.digest}, nothing to do`);
    for (const tag of planned.push) log.info(`${tag}: new`);
    for (const c of planned.conflicts) log.info(`${c.tag}: taken by ${c.digest}`);
    return planned;
  });
  if (plan.conflicts.length > 0)
    return {
      plan,
      dockerConfig: undefined,
      refused: `Tags are immutable: ${plan.conflicts
        .map((c) => `${c.tag} already points to ${c.digest}`)
        .join('; ')}. Nothing was pushed; bump the version to publish this build.`
    };

  const authfile =
    settings.credentials === undefined
      ? undefined
      : workspace.write(
          'auth/config.json',
          authFileContent(settings.repository.registry, settings.credentials),
          { secret: true }
        );
  const target: PushTarget = {
    repository: settings.repository.repository,
    insecure: settings.repository.insecure,
    authfile
  };
  const skopeo = job.tools.skopeo as string;
  await log.group(`Push ${built.imageRef}`, async () => {
    if (plan.push.length === 0) {
      log.info('Every tag already points to this digest: nothing to push.');
      return;
    }
    for (const to of [built.digest, ...plan.push]) {
      await runTool(deps, skopeo, skopeoCopyArgs(built.layout, built.layoutRef, target, to), {
        timeoutMs: TIMEOUTS.push,
        what: `pushing ${to}`
      });
    }
    for (const tag of plan.push) {
      const now = await reader.tagDigest(tag);
      if (now !== built.digest)
        throw new ToolError(
          `After the push, ${tag} points to ${now ?? 'nothing'}, not ${built.digest}`
        );
      log.info(`${settings.repository.repository}:${tag} -> ${built.digest}`);
    }
  });
  return {
    plan,
    refused: undefined,
    dockerConfig: authfile === undefined ? undefined : workspace.path('auth')
  };
}

/** Phase 5: the pushed digest signed with cosign; the signature's reference. */
export async function signImage(
  job: ImageJob,
  built: BuiltImage,
  pushed: PushedImage
): Promise<{ signatureRef: string }> {
  const { settings, deps, workspace } = job;
  const cosign = job.tools.cosign as string;
  return deps.log.group(`Sign ${built.imageRef}`, async () => {
    const env: NodeJS.ProcessEnv = {
      ...settings.env,
      COSIGN_PASSWORD: settings.cosignPassword,
      ...(pushed.dockerConfig === undefined ? {} : { DOCKER_CONFIG: pushed.dockerConfig })
    };
    const insecure = settings.repository.insecure;
    const key = settings.cosignKey;
    const keyFile =
      key === undefined
        ? undefined
        : key.kind === 'file'
          ? key.path
          : workspace.write('keys/cosign.key', key.text, { secret: true });
    await runTool(deps, cosign, cosignSignArgs(built.imageRef, { keyFile, insecure }), {
      timeoutMs: TIMEOUTS.sign,
      what: 'signing',
      env
    });
    const where = await runTool(deps, cosign, cosignTriangulateArgs(built.imageRef, insecure), {
      timeoutMs: TIMEOUTS.sign,
      what: 'locating the signature',
      env,
      quiet: true
    });
    const signatureRef = where.stdout.trim();
    deps.log.info(`signature: ${signatureRef}`);
    return { signatureRef };
  });
}
