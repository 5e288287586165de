/** One `NAME=value` line of the build-args or labels input. */
export interface KeyValue {
  name: string;
  value: string;
}

/** A problem with one line, said so that the input error can name the line. */
export interface LineProblem {
  line: string;
  rule: string;
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Label keys: reverse-DNS names as the OCI annotations spec recommends, or plain words. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Names that say the value is a credential. */
const SECRET_NAME = /TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL|PRIVATE/i;

export const BUILD_SECRET_ADVICE =
  'build arguments stay readable in the image history; pass it as a build secret instead ' +
  '(RUN --mount=type=secret,id=<id> in the Containerfile, the value from build-secrets)';

/** Multiline `NAME=value` items; the value may contain `=` and may be empty. */
export function parseKeyValues(
  lines: readonly string[],
  kind: 'build-args' | 'labels'
): { items: KeyValue[]; problems: LineProblem[] } {
  const items: KeyValue[] = [];
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  const pattern = kind === 'build-args' ? ARG_NAME : LABEL_KEY;
  for (const line of lines) {
    const eq = line.indexOf('=');
    const name = eq === -1 ? line : line.slice(0, eq).trim();
    if (eq === -1) {
      problems.push({ line, rule: 'must be NAME=value' });
      continue;
    }
    if (!pattern.test(name)) {
      problems.push({
        line: name,
        rule:
          kind === 'build-args'
            ? 'the name must be letters, digits and "_", not starting with a digit'
            : 'the key must be letters, digits, ".", "_", "/" and "-"'
      });
      continue;
    }
    if (seen.has(name)) {
      problems.push({ line: name, rule: 'is given twice' });
      continue;
    }
    seen.add(name);
    items.push({ name, value: line.slice(eq + 1).trim() });
  }
  return { items, problems };
}

/**
 * Build arguments that carry a secret: by name (`*TOKEN*`, `*PASSWORD*`, `*SECRET*`, `*KEY*`, …) or
 * by value: one that contains a masked input (a registry token inside a URL, `user:token`, its
 * URL-encoded or base64 form), or equals it when it is too short to look for inside text. Values
 * are never part of the answer: a build argument ends up in the image's history for anyone to read.
 */
export function secretBuildArgs(args: readonly KeyValue[], secrets: readonly string[]): string[] {
  const known = secrets.filter((s) => s !== '');
  const carries = (value: string, secret: string): boolean => {
    if (value === secret) return true;
    if (secret.length < 4) return false;
    const forms = [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret, 'utf8').toString('base64')
    ];
    return forms.some((form) => value.includes(form));
  };
  return args
    .filter((arg) => SECRET_NAME.test(arg.name) || known.some((s) => carries(arg.value, s)))
    .map((arg) => arg.name);
}

/** The OCI labels the action sets itself. */
export const OCI_LABELS = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version'
} as const;

/** The given labels plus source, revision, created and version. */
export function imageLabels(
  given: readonly KeyValue[],
  facts: { source: string; revision: string; createdEpoch: number; version: string }
): KeyValue[] {
  return [
    ...given,
    { name: OCI_LABELS.source, value: facts.source },
    { name: OCI_LABELS.revision, value: facts.revision },
    { name: OCI_LABELS.created, value: new Date(facts.createdEpoch * 1000).toISOString() },
    { name: OCI_LABELS.version, value: facts.version }
  ];
}
