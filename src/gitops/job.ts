import { basename, join } from 'node:path';
import type { Log } from '../common/log.js';
import type { FactsProvenance } from '../facts/publish.js';
import type { PullRequestPort } from '../github/port.js';
import { readRuntimeFacts, type RuntimeFacts } from '../facts/runtime-facts.js';
import { loadConfig, NAME_KEYS, TAG_KEYS, type NamingInput } from '../naming/index.js';
import { generateArtifacts, type GeneratedArtifacts } from './artifacts.js';
import { pinnedReference, type ImageReference } from './image.js';
import {
  publishOutputs,
  publishValues,
  renderPublishSection,
  type ValuesPublishResult,
  type ValuesPublishSettings
} from './publish.js';
import { checkOutputFolder, writeArtifacts } from './write.js';

/** What gen-values is asked to do, every path resolved. */
export interface GenValuesSettings {
  configDir: string;
  naming: NamingInput;
  image: ImageReference | undefined;
  /** tf-apply's outputs file or a published facts.yaml; without it, nothing cloud-specific is written. */
  factsFile: string | undefined;
  outDir: string;
  /** The folder the output folder must stay in, no link below it (default: its parent). */
  outRoot?: string;
  /** Derive and validate everything, write nothing. */
  dryRun: boolean;
  /** Where to publish the generated folder; undefined: nowhere (`publish: none`). */
  publish: ValuesPublishSettings | undefined;
}

export interface GenValuesDeps {
  log: Log;
  /** The GitHub API of the GitOps repository: called only to propose a pull request. */
  connect?: () => Promise<PullRequestPort>;
  /** Who generated the values, for the commit message and the pull request. */
  provenance?: Pick<FactsProvenance, 'sourceRepository' | 'commit' | 'runUrl'>;
}

export interface GenValuesResult extends GeneratedArtifacts {
  outDir: string;
  dryRun: boolean;
  /** The paths written; empty in a dry run. */
  written: string[];
  /** What was published; undefined with `publish: none` or in a dry run. */
  published?: ValuesPublishResult | undefined;
}

/**
 * gen-values: reads the config and the runtime facts, derives the names, generates and validates
 * every artifact in memory, publishes them when asked, then writes them all into the output folder
 * or none (see writeArtifacts). Any error leaves the output folder as it was; a failed publish
 * leaves the remote branch as it was and the output folder too.
 */
export async function runGenValues(
  settings: GenValuesSettings,
  deps: GenValuesDeps
): Promise<GenValuesResult> {
  const { log } = deps;
  const config = await log.group(`Read the config in ${settings.configDir}`, async () =>
    loadConfig(settings.configDir)
  );
  const facts = await log.group(
    'Read the runtime facts',
    async (): Promise<RuntimeFacts | undefined> => {
      if (settings.factsFile === undefined) {
        log.info('No runtime-facts file: values without cloud identity or gateway address.');
        return undefined;
      }
      const read = readRuntimeFacts(settings.factsFile);
      log.info(`${settings.factsFile}: ${read.cluster_type} cluster ${read.cluster_name}`);
      return read;
    }
  );
  const generated = await log.group('Derive the names and generate the artifacts', async () => {
    const result = generateArtifacts({
      config,
      naming: settings.naming,
      image: settings.image,
      facts
    });
    for (const key of NAME_KEYS) log.info(`${key}: ${result.names[key]}`);
    for (const note of result.notes) log.warning(note);
    return result;
  });
  checkOutputFolder(settings.outDir);
  const target = settings.publish;
  let published: ValuesPublishResult | undefined;
  if (target !== undefined && settings.dryRun) {
    log.info(`Dry run: nothing is published to ${target.branch} (${target.mode})`);
  } else if (target !== undefined) {
    const configured = generated.gitops.runtime_facts?.branch;
    if (configured !== undefined && configured !== target.branch)
      log.warning(
        `The values are published to the branch ${target.branch}, but the Argo CD Application reads them from ${configured} (runtime_facts.branch of globals.yaml)`
      );
    published = await log.group(
      `Publish ${generated.valuesPath}/ (${target.mode}) to ${target.branch}`,
      () =>
        publishValues(generated, target, {
          log,
          image: settings.image === undefined ? '' : pinnedReference(settings.image),
          provenance: deps.provenance ?? { sourceRepository: '', commit: '', runUrl: '' },
          connect:
            deps.connect ??
            (() => Promise.reject(new Error('no GitHub API is given to open a pull request')))
        })
    );
  }
  const written = await log.group(
    settings.dryRun ? `Dry run: write nothing to ${settings.outDir}` : `Write ${settings.outDir}`,
    async () => {
      if (settings.dryRun) return [];
      writeArtifacts(settings.outDir, generated.files, settings.outRoot);
      const paths = generated.files.map((f) => join(settings.outDir, f.file));
      for (const path of paths) log.info(path);
      return paths;
    }
  );
  return { ...generated, outDir: settings.outDir, dryRun: settings.dryRun, written, published };
}

/** The action's outputs. */
export function genValuesOutputs(result: GenValuesResult): Record<string, string> {
  return {
    'cluster-name': result.names.cluster_name,
    namespace: result.names.namespace,
    'dns-host': result.names.dns_host,
    'release-name': result.names.release_name,
    'out-dir': result.outDir,
    files: JSON.stringify(result.written),
    'values-path': result.valuesPath,
    ...publishOutputs(result.published)
  };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The step summary: the names, the tags, the files and where they belong. */
export function renderGenValuesSummary(result: GenValuesResult, outDirShown: string): string {
  const { inputs, names, tags, gitops } = result;
  const lines = [
    `### gen-values: ${inputs.app} in \`${names.namespace}\``,
    '',
    `${inputs.cloud} · ${inputs.env} · ${inputs.region} · ${inputs.bu} · owner ${inputs.owner}`,
    '',
    '| name | value |',
    '| --- | --- |',
    ...NAME_KEYS.map((key) => `| \`${key}\` | \`${escapeCell(names[key])}\` |`),
    '',
    `Tags: ${TAG_KEYS.map((key) => `\`${key}=${escapeCell(tags[key])}\``).join(', ')}`,
    ''
  ];
  const files = result.files.map((f) => f.file);
  if (result.dryRun) {
    lines.push(
      `**Dry run**: nothing written. ${files.length} files would be written to \`${outDirShown}\`: ${files.map((f) => `\`${f}\``).join(', ')}.`
    );
  } else {
    lines.push(`**${files.length} files written** to \`${outDirShown}\`:`, '');
    for (const file of files) lines.push(`- \`${file}\``);
  }
  const facts = gitops.runtime_facts;
  if (facts !== undefined)
    lines.push(
      '',
      `Argo CD reads them from \`${facts.repo_url}\`, branch \`${facts.branch}\`, folder \`${result.valuesPath}/\`.`
    );
  const { sync, keda } = result.settings;
  lines.push(
    '',
    `Sync: ${sync.automated ? `automated (prune ${sync.prune}, self-heal ${sync.self_heal})` : 'manual'}` +
      ` · replicas ${keda.enabled ? `${keda.min_replicas} to ${keda.max_replicas} (KEDA)` : result.settings.replicas}` +
      ` · Karpenter ${result.settings.karpenter.enabled ? 'on' : 'off'}` +
      ` · identity ${result.identity === undefined ? 'none' : `\`${result.identity.fact}\` (${result.identity.kind})`}`
  );
  if (result.cluster !== undefined)
    lines.push(
      '',
      `Runtime facts: ${result.cluster.type} cluster \`${result.cluster.name}\` (\`${basename(result.cluster.file)}\`).`
    );
  if (result.published !== undefined)
    lines.push('', renderPublishSection(result.published).trimEnd());
  if (result.notes.length > 0)
    lines.push('', '**Notes**', '', ...result.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

/** The names as a text table, for a terminal. */
export function renderNamesTable(result: Pick<GenValuesResult, 'names' | 'tags'>): string {
  const rows: [string, string][] = [
    ...NAME_KEYS.map((key): [string, string] => [key, result.names[key]]),
    ...TAG_KEYS.map((key): [string, string] => [`tags.${key}`, result.tags[key]])
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `${key.padEnd(width)}  ${value}\n`).join('');
}
