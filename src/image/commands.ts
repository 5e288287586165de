import type { KeyValue } from './build-args.js';

/** What a build needs, every path absolute. */
export interface BuildSpec {
  context: string;
  file: string;
  buildArgs: readonly KeyValue[];
  labels: readonly KeyValue[];
  /** Build secrets: an id and the file holding its value. */
  secrets: readonly { id: string; file: string }[];
  /** Seconds since the epoch for every timestamp in the image, so a commit builds to one digest. */
  timestamp: number;
  /** The OCI image layout folder the image is written to. */
  layout: string;
  /** The name of the image inside the layout. */
  layoutRef: string;
}

export type BuilderName = 'buildah' | 'buildx';
export const BUILDERS: readonly BuilderName[] = ['buildah', 'buildx'];

function pairs(flag: string, items: readonly KeyValue[]): string[] {
  return items.flatMap((item) => [flag, `${item.name}=${item.value}`]);
}

/**
 * buildah's global options: a private image store per run, so runs never share or leave state.
 * The storage driver and isolation come from buildah's own STORAGE_DRIVER and BUILDAH_ISOLATION.
 */
export function buildahStore(store: { root: string; runroot: string }): string[] {
  return ['--root', store.root, '--runroot', store.runroot];
}

/** `buildah bud`: the image into the private store, its ID into `iidfile`. */
export function buildahBudArgs(
  spec: BuildSpec,
  store: { root: string; runroot: string },
  iidfile: string
): string[] {
  return [
    ...buildahStore(store),
    'bud',
    '--file',
    spec.file,
    '--format',
    'oci',
    '--timestamp',
    String(spec.timestamp),
    '--iidfile',
    iidfile,
    ...pairs('--build-arg', spec.buildArgs),
    ...pairs('--label', spec.labels),
    ...spec.secrets.flatMap((s) => ['--secret', `id=${s.id},src=${s.file}`]),
    spec.context
  ];
}

/** `buildah push` of the built image into the OCI layout, its manifest digest into `digestfile`. */
export function buildahPushArgs(
  spec: BuildSpec,
  store: { root: string; runroot: string },
  imageId: string,
  digestfile: string
): string[] {
  return [
    ...buildahStore(store),
    'push',
    '--digestfile',
    digestfile,
    imageId,
    `oci:${spec.layout}:${spec.layoutRef}`
  ];
}

/**
 * `docker buildx build` straight into an OCI layout folder, timestamps clamped to the commit's
 * (SOURCE_DATE_EPOCH and rewrite-timestamp), without attestations that would change the digest.
 */
export function buildxBuildArgs(spec: BuildSpec, metadataFile: string): string[] {
  return [
    'buildx',
    'build',
    '--file',
    spec.file,
    '--build-arg',
    `SOURCE_DATE_EPOCH=${spec.timestamp}`,
    ...pairs('--build-arg', spec.buildArgs),
    ...pairs('--label', spec.labels),
    ...spec.secrets.flatMap((s) => ['--secret', `id=${s.id},src=${s.file}`]),
    '--provenance=false',
    '--sbom=false',
    '--metadata-file',
    metadataFile,
    '--output',
    `type=oci,dest=${spec.layout},tar=false,name=${spec.layoutRef},rewrite-timestamp=true`,
    spec.context
  ];
}

/**
 * `trivy image` of the OCI layout: vulnerabilities only, the JSON report into `output`. The exit
 * code does not decide: the action judges the report itself, with the ignore file.
 */
export function trivyScanArgs(layout: string, output: string): string[] {
  return [
    'image',
    '--input',
    layout,
    '--scanners',
    'vuln',
    '--format',
    'json',
    '--output',
    output,
    '--exit-code',
    '0',
    '--quiet'
  ];
}

/** `trivy convert` of a JSON report into SARIF. */
export function trivySarifArgs(report: string, output: string): string[] {
  return ['convert', '--format', 'sarif', '--output', output, report];
}

/** Where the registry is and how to reach it. */
export interface PushTarget {
  /** `registry/path`. */
  repository: string;
  insecure: boolean;
  /** A containers-auth.json file, when there are credentials. */
  authfile: string | undefined;
}

/**
 * `skopeo copy` of the scanned layout to the registry, byte for byte (`--preserve-digests`), so the
 * digest pushed is the digest scanned. `to` is a tag or a `sha256:` digest.
 */
export function skopeoCopyArgs(
  layout: string,
  layoutRef: string,
  target: PushTarget,
  to: string
): string[] {
  const ref = to.startsWith('sha256:')
    ? `${target.repository}@${to}`
    : `${target.repository}:${to}`;
  return [
    'copy',
    '--preserve-digests',
    '--retry-times',
    '2',
    ...(target.authfile === undefined ? [] : ['--dest-authfile', target.authfile]),
    ...(target.insecure ? ['--dest-tls-verify=false'] : []),
    `oci:${layout}:${layoutRef}`,
    `docker://${ref}`
  ];
}

/**
 * `cosign sign` of a digest, never a tag. With a key: no transparency-log upload (a private key
 * identifies the signer). Without one: keyless, with the job's OIDC token, logged publicly. The
 * signature is stored as `<repo>:sha256-<hex>.sig` (cosign's classic layout, which every cosign
 * release and policy controller reads, and registries without the OCI referrers API can hold).
 */
export function cosignSignArgs(
  imageRef: string,
  options: { keyFile: string | undefined; insecure: boolean }
): string[] {
  return [
    'sign',
    '--yes',
    '--new-bundle-format=false',
    '--use-signing-config=false',
    ...(options.keyFile === undefined ? [] : ['--key', options.keyFile, '--tlog-upload=false']),
    ...(options.insecure ? ['--allow-insecure-registry', '--allow-http-registry'] : []),
    imageRef
  ];
}

/** `cosign triangulate`: where cosign stores the signature of a digest. */
export function cosignTriangulateArgs(imageRef: string, insecure: boolean): string[] {
  return [
    'triangulate',
    '--type',
    'signature',
    ...(insecure ? ['--allow-insecure-registry', '--allow-http-registry'] : []),
    imageRef
  ];
}
