import { existsSync } from 'node:fs';
import { duplicateJsonKey, readUtf8File } from '../common/strict-text.js';
import { isIP } from 'node:net';
import { z } from 'zod';
import { ActionError } from '../common/errors.js';
import { canonicalJson, sha256Text } from '../common/hash.js';
import { CLOUDS, type Cloud } from '../naming/contract.js';
import {
  ConfigError,
  formatIssue,
  pathText,
  YamlSource,
  type ConfigIssue,
  type KeyPath,
  type Position
} from '../config/yaml-source.js';

/**
 * The runtime facts of a cluster stack: the outputs every cloud module of this library returns, in
 * either of two shapes: as tf-apply writes them (`outputs-path`: the engine's `output -json`,
 * `{name: {sensitive, type, value}}`), or as publish-runtime-facts publishes them (`facts.yaml`:
 * `{facts: {name: value}, provenance: {...}}`, YAML). Only the outputs of the contract are read; no
 * sensitive output is ever copied, and a contract output marked sensitive is a violation, as its
 * value would be published. Both shapes are held to the same contract.
 */

/** The identity kinds a stack may hand out, and the cloud each belongs to. */
export const IDENTITY_KINDS = {
  aws_role_arn: 'aws',
  azure_client_id: 'azure',
  gcp_service_account: 'gcp'
} as const;
export type IdentityKind = keyof typeof IDENTITY_KINDS;

/** A cloud identity a Kubernetes service account can run as. */
export interface CloudIdentity {
  kind: IdentityKind;
  value: string;
}

/** The two shapes of a runtime-facts file. */
export type FactsShape = 'engine-outputs' | 'published';

export interface RuntimeFacts {
  /** The file the facts were read from. */
  file: string;
  /** Which shape the file had. */
  shape: FactsShape;
  cluster_name: string;
  cluster_type: Cloud;
  kube_context: string;
  cluster_gateway_public_address: string;
  env_gateway_public_addresses: Record<string, string>;
  /** The identity each DNS-01 solver runs as, by consumer (`argocd` and each environment). */
  dns_challenge_identities: Record<string, CloudIdentity>;
  secrets_source_uri: string;
  /**
   * The identity each app's workload runs as, by app: an optional output of the contract, for
   * stacks that create one identity per app. Empty when the stack has no such output.
   */
  workload_identities: Record<string, CloudIdentity>;
  /**
   * Where each fact is in the file, for errors that a fact causes later on. The path is the
   * engine's (`[name, 'value', ...]`) whatever the shape; see factPath.
   */
  position(path: KeyPath): Position | undefined;
}

/** The runtime-facts file is missing, not JSON, or breaks the output contract. */
export class FactsError extends ActionError {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(
      `The runtime facts break the output contract:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`
    );
  }
}

const text = (what: string) =>
  z
    .string({ error: `${what}: a non-empty string` })
    .min(1, `${what}: a non-empty string`)
    .regex(/^\S+$/, `${what}: a string without white space`);

const IDENTITY_PATTERNS: Record<IdentityKind, [RegExp, string]> = {
  aws_role_arn: [
    /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/[\w+=,.@/-]{1,512}$/,
    'an IAM role ARN such as arn:aws:iam::123456789012:role/checkout'
  ],
  azure_client_id: [
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'a client id: a lowercase UUID'
  ],
  gcp_service_account: [
    /^[a-z0-9][a-z0-9-]{0,62}@[a-z0-9][a-z0-9.-]*\.gserviceaccount\.com$/,
    'a service account email such as checkout@project.iam.gserviceaccount.com'
  ]
};

const IdentitySchema = z
  .record(z.string(), z.unknown(), {
    error: `an object with exactly one of ${Object.keys(IDENTITY_KINDS).join(', ')}`
  })
  .superRefine((value, ctx) => {
    const keys = Object.keys(value);
    const kinds = Object.keys(IDENTITY_KINDS);
    if (keys.length !== 1 || !kinds.includes(keys[0] ?? '')) {
      ctx.addIssue({
        code: 'custom',
        message: `an object with exactly one of ${kinds.join(', ')}; has ${keys.length === 0 ? 'none' : keys.join(', ')}`
      });
      return;
    }
    const kind = keys[0] as IdentityKind;
    const [pattern, what] = IDENTITY_PATTERNS[kind];
    const given = value[kind];
    if (typeof given !== 'string' || !pattern.test(given))
      ctx.addIssue({ code: 'custom', path: [kind], message: what });
  })
  .transform((value): CloudIdentity => {
    const [kind, id] = Object.entries(value)[0] as [IdentityKind, string];
    return { kind, value: id };
  });

const Identities = z.record(z.string(), IdentitySchema, {
  error: 'an object of identities by name'
});

/** Each output of the contract, and what its value must be. */
const CONTRACT = {
  cluster_name: text('the name of the cluster'),
  cluster_type: z.enum(CLOUDS, { error: `the cloud of the cluster: one of ${CLOUDS.join(', ')}` }),
  kube_context: text('the kubectl context that reaches the cluster'),
  cluster_gateway_public_address: text("the public address of the cluster's gateway"),
  env_gateway_public_addresses: z.record(z.string(), text('a public address'), {
    error: 'an object of public addresses by environment'
  }),
  dns_challenge_identities: Identities,
  secrets_source_uri: z
    .string({ error: 'a URI such as https://vault.example.com/v1/kv/app' })
    .regex(/^[a-z][a-z0-9+.-]*:\S+$/, 'a URI such as https://vault.example.com/v1/kv/app')
} as const;
type ContractKey = keyof typeof CONTRACT;
const CONTRACT_KEYS = Object.keys(CONTRACT) as ContractKey[];
const OPTIONAL = { workload_identities: Identities } as const;

/** The outputs this reader takes from a stack: held to src/facts/output-contract.ts by a test. */
export const FACT_OUTPUTS = {
  required: CONTRACT_KEYS as readonly string[],
  optional: Object.keys(OPTIONAL) as readonly string[]
} as const;

const OutputSchema = z.object(
  {
    sensitive: z.boolean({ error: 'sensitive: true or false' }),
    value: z.unknown()
  },
  { error: 'an output as the engine writes it: {"sensitive": …, "type": …, "value": …}' }
);

/** The environments every cluster serves, each with its own gateway and DNS-01 identity. */
export const CONTRACT_ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
/** Who solves DNS-01 challenges: Argo CD and each environment. */
export const DNS_CHALLENGE_CONSUMERS = ['argocd', ...CONTRACT_ENVIRONMENTS] as const;

export interface FactsReadOptions {
  /**
   * Holds the facts to the whole cross-cloud contract, as publishing them does: a gateway address
   * for each environment and a DNS-01 identity for Argo CD and each environment, every address an
   * IP or a host name.
   */
  complete?: boolean;
}

const HOSTNAME =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;

/** An IPv4 or IPv6 address, or a DNS host name. */
export function isPublicAddress(value: string): boolean {
  return isIP(value) !== 0 || (HOSTNAME.test(value) && !/^[0-9.]+$/.test(value));
}

/**
 * Reads a runtime-facts file, tf-apply's outputs or a published facts.yaml; every violation of the
 * contract is reported at once.
 */
export function readRuntimeFacts(file: string, options: FactsReadOptions = {}): RuntimeFacts {
  if (!existsSync(file))
    throw new FactsError([
      {
        file,
        path: '(root)',
        message:
          "the file is missing: expected tf-apply's outputs-path (the engine's output -json) or the facts.yaml publish-runtime-facts publishes"
      }
    ]);
  return parseRuntimeFacts(file, readUtf8File(file), options);
}

/** A mapping that is exactly a `facts` and a `provenance` mapping: what publish-runtime-facts writes. */
function isPublishedDocument(
  data: unknown
): data is { facts: Record<string, unknown>; provenance: Record<string, unknown> } {
  const isMapping = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isMapping(data)) return false;
  const keys = Object.keys(data as object).sort();
  const doc = data as Record<string, unknown>;
  return (
    keys.length === 2 &&
    keys[0] === 'facts' &&
    keys[1] === 'provenance' &&
    isMapping(doc['facts']) &&
    isMapping(doc['provenance'])
  );
}

/**
 * Where a fact is in a file of the given shape. Paths are written as the engine's (`[name,
 * 'value', ...rest]`); a published file holds the same value at `['facts', name, ...rest]`.
 */
export function factPath(shape: FactsShape, path: KeyPath): KeyPath {
  if (shape === 'engine-outputs' || path.length === 0) return path;
  const [name, second, ...rest] = path;
  if (second === undefined) return ['facts', name as PropertyKey];
  if (second === 'value') return ['facts', name as PropertyKey, ...rest];
  return path;
}

export function parseRuntimeFacts(
  file: string,
  text: string,
  options: FactsReadOptions = {}
): RuntimeFacts {
  let data: unknown;
  // JSON is YAML: the YAML parser tells where each key is, in either shape.
  let source: YamlSource | undefined;
  try {
    data = JSON.parse(text);
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== undefined)
      throw new FactsError([
        {
          file,
          position: { line: duplicate.line, column: duplicate.column },
          path: [...duplicate.path, duplicate.key].join('.'),
          message: `the key '${duplicate.key}' is given twice: keep one, as which value counts would depend on the reader`
        }
      ]);
  } catch (error) {
    if (error instanceof FactsError) throw error;
    // A file that starts as JSON is held to JSON, whose parser says what is wrong more plainly.
    if (/^\s*[[{]/.test(text)) throw new FactsError([jsonSyntaxIssue(file, text, error)]);
    try {
      source = YamlSource.parse(file, text);
      data = source.data();
    } catch (yamlError) {
      if (yamlError instanceof ConfigError) throw new FactsError(yamlError.issues);
      throw yamlError;
    }
  }
  if (source === undefined) {
    try {
      source = YamlSource.parse(file, text);
    } catch {
      source = undefined;
    }
  }
  const issue = (path: KeyPath, message: string, onKey = false): ConfigIssue =>
    source === undefined
      ? { file, path: pathText(path), message }
      : source.issue(path, message, onKey);

  const published = isPublishedDocument(data);
  const shape: FactsShape = published ? 'published' : 'engine-outputs';
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new FactsError([
      issue(
        [],
        "expected an object of outputs by name, as the engine's output -json writes it, or a published facts.yaml (facts and provenance)"
      )
    ]);
  const issues: ConfigIssue[] = [];
  const values: Record<string, unknown> = {};
  const at = (path: KeyPath) => factPath(shape, path);

  const readOutput = (name: string, schema: z.ZodType, required: boolean) => {
    const outputs = data as Record<string, unknown>;
    if (!Object.hasOwn(outputs, name)) {
      if (required)
        issues.push(
          issue([], `the output ${JSON.stringify(name)} is missing: every cluster stack returns it`)
        );
      return;
    }
    const output = OutputSchema.safeParse(outputs[name]);
    if (!output.success) {
      for (const i of output.error.issues)
        issues.push(issue([name, ...(i.path as KeyPath)], `expected ${i.message}`));
      return;
    }
    if (output.data.sensitive) {
      issues.push(
        issue(
          [name, 'sensitive'],
          'is true: a runtime fact is published and copied into values, so the stack must not mark it sensitive'
        )
      );
      return;
    }
    check(name, schema, output.data.value);
  };
  const readPublished = (name: string, schema: z.ZodType, required: boolean) => {
    const facts = (data as { facts: Record<string, unknown> }).facts;
    if (!Object.hasOwn(facts, name)) {
      if (required)
        issues.push(
          issue(
            ['facts'],
            `the fact ${JSON.stringify(name)} is missing: every cluster stack returns it, and publish-runtime-facts publishes it`
          )
        );
      return;
    }
    check(name, schema, facts[name]);
  };
  const check = (name: string, schema: z.ZodType, given: unknown) => {
    const value = schema.safeParse(given);
    if (!value.success) {
      for (const i of value.error.issues)
        issues.push(issue(at([name, 'value', ...(i.path as KeyPath)]), `expected ${i.message}`));
      return;
    }
    values[name] = value.data;
  };
  const read = published ? readPublished : readOutput;
  for (const name of CONTRACT_KEYS) read(name, CONTRACT[name], true);
  read('workload_identities', OPTIONAL.workload_identities, false);
  if (published) {
    // The file says which facts it holds: one edited by hand no longer matches its own hash.
    const { facts, provenance } = data as {
      facts: Record<string, unknown>;
      provenance: Record<string, unknown>;
    };
    const recorded = provenance['facts_sha256'];
    if (recorded !== undefined && recorded !== sha256Text(canonicalJson(facts)))
      issues.push(
        issue(
          ['provenance', 'facts_sha256'],
          'does not match the facts of the file: it was edited after it was published; publish the facts again instead'
        )
      );
  }

  if (issues.length === 0) {
    const cloud = values['cluster_type'] as Cloud;
    for (const name of ['dns_challenge_identities', 'workload_identities'] as const) {
      const identities = (values[name] ?? {}) as Record<string, CloudIdentity>;
      for (const [key, identity] of Object.entries(identities)) {
        const owner = IDENTITY_KINDS[identity.kind];
        // A local cluster stands in for any cloud.
        if (cloud !== 'local' && owner !== cloud)
          issues.push(
            issue(
              at([name, 'value', key, identity.kind]),
              `is an identity of ${owner}, but cluster_type is ${cloud}: expected ${kindOf(cloud)}`,
              true
            )
          );
      }
    }
  }
  if (issues.length === 0 && options.complete === true) {
    const addresses = values['env_gateway_public_addresses'] as Record<string, string>;
    const identities = values['dns_challenge_identities'] as Record<string, CloudIdentity>;
    const need = (
      name: string,
      have: Record<string, unknown>,
      keys: readonly string[],
      what: string
    ) => {
      const missing = keys.filter((key) => !Object.hasOwn(have, key));
      if (missing.length > 0)
        issues.push(
          issue(
            at([name, 'value']),
            `lacks ${missing.map((k) => JSON.stringify(k)).join(', ')}: ${what}`
          )
        );
    };
    need(
      'env_gateway_public_addresses',
      addresses,
      CONTRACT_ENVIRONMENTS,
      `expected a gateway address for each of ${CONTRACT_ENVIRONMENTS.join(', ')}`
    );
    need(
      'dns_challenge_identities',
      identities,
      DNS_CHALLENGE_CONSUMERS,
      `expected an identity for each of ${DNS_CHALLENGE_CONSUMERS.join(', ')}`
    );
    const gateway = values['cluster_gateway_public_address'] as string;
    if (!isPublicAddress(gateway))
      issues.push(
        issue(
          at(['cluster_gateway_public_address', 'value']),
          'expected an IP address or a host name'
        )
      );
    for (const [env, address] of Object.entries(addresses))
      if (!isPublicAddress(address))
        issues.push(
          issue(
            at(['env_gateway_public_addresses', 'value', env]),
            'expected an IP address or a host name'
          )
        );
  }
  if (issues.length > 0) throw new FactsError(issues);

  return {
    file,
    shape,
    cluster_name: values['cluster_name'] as string,
    cluster_type: values['cluster_type'] as Cloud,
    kube_context: values['kube_context'] as string,
    cluster_gateway_public_address: values['cluster_gateway_public_address'] as string,
    env_gateway_public_addresses: values['env_gateway_public_addresses'] as Record<string, string>,
    dns_challenge_identities: values['dns_challenge_identities'] as Record<string, CloudIdentity>,
    secrets_source_uri: values['secrets_source_uri'] as string,
    workload_identities: (values['workload_identities'] ?? {}) as Record<string, CloudIdentity>,
    position: (path) => source?.position(at(path))
  };
}

/** The identity kind of a cloud: what its service accounts are annotated with. */
export function kindOf(cloud: Cloud): IdentityKind | 'none' {
  const found = Object.entries(IDENTITY_KINDS).find(([, c]) => c === cloud);
  return found === undefined ? 'none' : (found[0] as IdentityKind);
}

/** A FactsError of one issue at a fact of an already read file. */
export function factIssue(facts: RuntimeFacts, path: KeyPath, message: string): ConfigIssue {
  const position = facts.position(path);
  const shown = pathText(factPath(facts.shape, path));
  return position === undefined
    ? { file: facts.file, path: shown, message }
    : { file: facts.file, position, path: shown, message };
}

/** JSON.parse says where in some Node versions ("at position 12"); the line then comes from it. */
function jsonSyntaxIssue(file: string, json: string, error: unknown): ConfigIssue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const offset = at === null ? (message.includes('end of JSON') ? json.length : -1) : Number(at[1]);
  const detail = `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
  if (offset < 0) return { file, path: '(root)', message: detail };
  const before = json.slice(0, offset).split('\n');
  const position = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  return { file, position, path: '(root)', message: detail };
}
