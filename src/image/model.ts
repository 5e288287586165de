import type { Log } from '../common/log.js';
import type { ProcessResult, RunOptions } from '../common/process.js';
import type { ScratchWorkspace } from '../common/scratch-workspace.js';
import type { KeyValue } from './build-args.js';
import type { BuilderName } from './commands.js';
import type { AcceptedFinding } from './ignore-file.js';
import type { ImageRepository } from './reference.js';
import type { RegistryCredentials, RegistryReader, TagPlan } from './registry.js';
import type { ScanVerdict, Severity, SeverityCounts } from './scan.js';

/** What build-scan-push is asked to do, every path resolved, every input and variable read. */
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
  /** Build secrets: an id, the environment variable named for it and the value it holds. */
  secrets: { id: string; env: string; value: string }[];
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
  /** SOURCE_DATE_EPOCH: the image's time when the context is not a git checkout. */
  sourceDateEpoch: number | undefined;
  /** The step's environment, which cosign runs in (keyless signing reads the OIDC token from it). */
  env: NodeJS.ProcessEnv;
  /** The folder the run's scratch workspace is made in (the runner's temporary folder). */
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
  /** A new scratch workspace for the run's files; the job disposes of it. */
  workspace: () => ScratchWorkspace;
  now: () => Date;
}

/** What every phase works with: the settings, the adapters, the tools and the run's files. */
export interface ImageJob {
  settings: BuildScanPushSettings;
  deps: BuildScanPushDeps;
  tools: ImageTools;
  workspace: ScratchWorkspace;
}
