import { parse as parseYaml, stringify } from 'yaml';
import { ActionError } from '../common/errors.js';
import { canonicalJson, sha256Text } from '../common/hash.js';
import type { Log } from '../common/log.js';
import { displayName, publishToBranch, type BranchTree } from '../git/branch.js';
import { codeCell } from '../markdown/budget.js';
import { readRuntimeFacts, type CloudIdentity, type RuntimeFacts } from './runtime-facts.js';

/**
 * Publishing a stack's runtime facts to the CI-owned facts branch: the facts file is regenerated
 * whole from tf-apply's outputs, with a provenance block, and committed with real git.
 *
 * Deterministic and idempotent: the file is a function of the facts and the provenance, keys in a
 * fixed order. A publish whose facts equal those already on the branch makes no commit, even when
 * the provenance (commit, run, time) differs: the provenance names the publish that last changed
 * the facts, and `provenance.facts_sha256` (the sha256 of the canonical JSON of `facts`) is what is
 * compared.
 */

/** Where the facts came from: written into the file, never compared. */
export interface FactsProvenance {
  /** The repository the stack's code lives in (`owner/name`). */
  sourceRepository: string;
  commit: string;
  runUrl: string;
  stack: string;
  planId: string;
  time: string;
}

export interface PublishFactsSettings {
  outputsPath: string;
  cloud: string;
  env: string;
  target: string;
  repository: string;
  branch: string;
  /** The facts file in the branch, the template already filled in. */
  path: string;
  token?: string;
  planId: string;
}

export interface PublishFactsResult {
  changed: boolean;
  commitSha: string;
  factsPath: string;
  repository: string;
  branch: string;
  factsSha256: string;
  attempts: number;
}

/** The facts do not belong where they are published. */
export class FactsTargetError extends ActionError {}

/** The fields of the contract as published, keys sorted, the file name left out. */
export function publishedFacts(facts: RuntimeFacts): Record<string, unknown> {
  const identities = (map: Record<string, CloudIdentity>) =>
    Object.fromEntries(
      Object.entries(map)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, identity]) => [key, { [identity.kind]: identity.value }])
    );
  const sorted = (map: Record<string, string>) =>
    Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    cluster_name: facts.cluster_name,
    cluster_type: facts.cluster_type,
    kube_context: facts.kube_context,
    cluster_gateway_public_address: facts.cluster_gateway_public_address,
    env_gateway_public_addresses: sorted(facts.env_gateway_public_addresses),
    dns_challenge_identities: identities(facts.dns_challenge_identities),
    secrets_source_uri: facts.secrets_source_uri,
    ...(Object.keys(facts.workload_identities).length === 0
      ? {}
      : { workload_identities: identities(facts.workload_identities) })
  };
}

const HEADER =
  '# Runtime facts of one cluster stack, written by publish-runtime-facts from the outputs of\n' +
  '# tf-apply. Regenerated whole on each publish: do not edit by hand.\n';

/** The facts file, byte for byte: the same facts and provenance always give the same text. */
export function renderFactsFile(
  facts: Record<string, unknown>,
  provenance: FactsProvenance
): string {
  const document = {
    facts,
    provenance: {
      source_repository: provenance.sourceRepository,
      commit: provenance.commit,
      run: provenance.runUrl,
      stack: provenance.stack,
      plan_id: provenance.planId,
      time: provenance.time,
      facts_sha256: sha256Text(canonicalJson(facts))
    }
  };
  return HEADER + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The sha256 of the facts a published file holds, or undefined when it holds none readable. */
export function publishedFactsSha(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const document = parseYaml(text) as { facts?: unknown } | null;
    if (document === null || typeof document !== 'object' || document.facts === undefined)
      return undefined;
    return sha256Text(canonicalJson(document.facts));
  } catch {
    return undefined;
  }
}

/** The placeholders a `path` template may use. */
export const PATH_PLACEHOLDERS = ['cloud', 'env', 'target'] as const;
export const DEFAULT_FACTS_PATH = '{cloud}/{env}/facts.yaml';

/** Fills in a path template; names the first unknown placeholder. */
export function factsPath(
  template: string,
  values: Record<(typeof PATH_PLACEHOLDERS)[number], string>
): { path: string } | { unknown: string } {
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .find((name) => !(PATH_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined) return { unknown };
  return {
    path: template.replace(
      /\{(cloud|env|target)\}/g,
      (_, name: keyof typeof values) => values[name]
    )
  };
}

/** The provenance a runner gives: its repository, commit and run. */
export function runnerProvenance(
  env: NodeJS.ProcessEnv
): Pick<FactsProvenance, 'sourceRepository' | 'commit' | 'runUrl'> {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  return {
    sourceRepository: repository,
    commit: env['GITHUB_SHA'] ?? '',
    runUrl:
      repository === '' || runId === ''
        ? ''
        : `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
  };
}

/**
 * Reads and checks the outputs against the whole contract (before anything is fetched), then
 * publishes the facts file; a file already holding the same facts is left alone.
 */
export async function runPublishFacts(
  settings: PublishFactsSettings,
  deps: {
    log: Log;
    now: () => Date;
    provenance: Pick<FactsProvenance, 'sourceRepository' | 'commit' | 'runUrl'>;
  }
): Promise<PublishFactsResult> {
  const read = await deps.log.group('Check the outputs against the contract', async () =>
    readRuntimeFacts(settings.outputsPath, { complete: true })
  );
  if (read.cluster_type !== settings.cloud)
    throw new FactsTargetError(
      `The outputs' cluster_type is ${read.cluster_type}, but the input 'cloud' is ${settings.cloud}: they would be published as ${settings.path}`
    );
  const facts = publishedFacts(read);
  const factsSha256 = sha256Text(canonicalJson(facts));
  const provenance: FactsProvenance = {
    ...deps.provenance,
    stack: settings.target,
    planId: settings.planId,
    time: deps.now().toISOString()
  };
  const text = renderFactsFile(facts, provenance);
  const where = `${settings.path} on ${settings.branch} of ${displayName(settings.repository)}`;
  const result = await deps.log.group(`Publish ${where}`, () =>
    publishToBranch({
      repository: settings.repository,
      branch: settings.branch,
      ...(settings.token === undefined ? {} : { token: settings.token }),
      log: deps.log,
      change: (tree: BranchTree) => {
        if (publishedFactsSha(tree.read(settings.path)) === factsSha256) {
          deps.log.info(`${settings.path} already holds these facts: nothing to commit`);
          return undefined;
        }
        return {
          files: { [settings.path]: text },
          message: `facts: ${settings.target} (${settings.cloud}/${settings.env})\n\nSource: ${provenance.sourceRepository}@${provenance.commit}\nRun: ${provenance.runUrl}\nPlan-Id: ${provenance.planId}\n`
        };
      }
    })
  );
  deps.log.info(
    result.changed
      ? `Published ${where} as ${result.commitSha} (attempt ${result.attempts})`
      : `Left ${where} as it was (${result.commitSha || 'no commit'})`
  );
  return {
    changed: result.changed,
    commitSha: result.commitSha,
    factsPath: settings.path,
    repository: displayName(settings.repository),
    branch: settings.branch,
    factsSha256,
    attempts: result.attempts
  };
}

/** The action's outputs. */
export function publishFactsOutputs(result: PublishFactsResult): Record<string, string> {
  return {
    changed: String(result.changed),
    'commit-sha': result.commitSha,
    'facts-path': result.factsPath
  };
}

/** The step summary: what was published where, or why nothing changed. */
export function renderPublishSummary(result: PublishFactsResult): string {
  const rows = [
    ['repository', codeCell(result.repository)],
    ['branch', codeCell(result.branch)],
    ['file', codeCell(result.factsPath)],
    ['commit', result.commitSha === '' ? '(none)' : codeCell(result.commitSha)],
    ['facts sha256', codeCell(result.factsSha256)]
  ];
  return (
    `### Runtime facts: ${result.changed ? 'published' : 'unchanged'}\n\n` +
    (result.changed
      ? `Committed and pushed after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}.\n\n`
      : 'The branch already holds these facts: no commit was made.\n\n') +
    '| | |\n| --- | --- |\n' +
    rows.map(([k, v]) => `| ${k} | ${v ?? ''} |\n`).join('')
  );
}
