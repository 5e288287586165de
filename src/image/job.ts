import { withScratchWorkspace } from '../common/scratch-workspace.js';
import type {
  BuildScanPushDeps,
  BuildScanPushResult,
  BuildScanPushSettings,
  ImageJob,
  ImageTools
} from './model.js';
import {
  buildImage,
  findTools,
  pushImage,
  resolveSource,
  scanImage,
  signImage,
  type BuildSource,
  type BuiltImage,
  type PushedImage,
  type ScannedImage
} from './phases.js';

export type {
  BuildScanPushDeps,
  BuildScanPushResult,
  BuildScanPushSettings,
  ImageTools,
  ScanResult
} from './model.js';
export { failedStep } from './phases.js';
export { BuildError, ToolError } from './tool-run.js';

/** What the phases found, as far as the run went. */
interface PhaseResults {
  source: BuildSource;
  built: BuiltImage;
  scanned: ScannedImage;
  /** Undefined when push is off or the scan refused the image. */
  pushed: PushedImage | undefined;
  signed: { signatureRef: string } | undefined;
}

/**
 * build-scan-push: builds the image into a local OCI layout, scans that exact layout, and only when
 * the scan passes pushes it by digest and tag (each tag checked first: tags are immutable) and
 * signs the digest. A failed scan or a refused tag pushes nothing. The run's files live in one
 * scratch workspace, removed however the run ends; only the scan's reports are kept.
 */
export async function runBuildScanPush(
  settings: BuildScanPushSettings,
  deps: BuildScanPushDeps
): Promise<BuildScanPushResult> {
  const tools = await findTools(settings, deps);
  const phases = await withScratchWorkspace(
    deps.workspace,
    (message) => deps.log.warning(message),
    (workspace) => runPhases({ settings, deps, tools, workspace })
  );
  return assembleResult(settings, tools, phases);
}

/** The phases in order; a refusal (scan failed, tag taken) ends the run before the push. */
async function runPhases(job: ImageJob): Promise<PhaseResults> {
  const source = await resolveSource(job);
  const built = await buildImage(job, source);
  const scanned = await scanImage(job, source, built);
  const done = { source, built, scanned, pushed: undefined, signed: undefined };
  if (scanned.refused !== undefined) return done;
  if (!job.settings.push) {
    job.deps.log.info('push is off: the image stays local and is removed with the run');
    return done;
  }
  const pushed = await pushImage(job, built);
  if (pushed.refused !== undefined || !job.settings.sign) return { ...done, pushed };
  return { ...done, pushed, signed: await signImage(job, built, pushed) };
}

/** The one place the result is made, from whatever the phases found. */
function assembleResult(
  settings: BuildScanPushSettings,
  tools: ImageTools,
  { source, built, scanned, pushed, signed }: PhaseResults
): BuildScanPushResult {
  return {
    builder: tools.builder.name,
    repository: settings.repository.repository,
    digest: built.digest,
    imageRef: built.imageRef,
    tags: settings.tags,
    createdEpoch: source.createdEpoch,
    scanResult: scanned.scanResult,
    verdict: scanned.verdict,
    counts: scanned.counts,
    sarifPath: scanned.sarifPath,
    reportPath: scanned.reportPath,
    push: pushed?.plan,
    signatureRef: signed?.signatureRef,
    refused: scanned.refused ?? pushed?.refused,
    failOn: settings.failOn,
    today: source.today,
    accepted: settings.accepted
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
