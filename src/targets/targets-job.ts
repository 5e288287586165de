import { relative, sep } from 'node:path';
import { ActionError } from '../common/errors.js';
import { assertDistinctNames, waveMatrices, type WaveMatrix } from './workflow-waves.js';
import { baseRepository, destroyTargets } from './base-revision.js';
import { detectTargets, type Detection } from './detect.js';
import { RevisionError } from './git.js';
import type { Target } from './graph.js';
import { selectionText } from './render.js';
import type { TargetsSettings } from './inputs.js';

/** The change needs more waves than the workflow has jobs for. */
export class TooManyWavesError extends ActionError {}

export interface TargetsJobResult {
  detection: Detection;
  /** The apply waves, wave 1 first. */
  waves: WaveMatrix[];
  /** The destroys of the deleted stacks, from the base revision, in destroy order. */
  destroyWaves: WaveMatrix[];
  destroys: Target[];
  /** What a person reads. */
  text: string;
}

/** The git messages name the CLI's flags; an action's user set inputs. */
function asInputs(error: unknown): unknown {
  if (!(error instanceof RevisionError)) return error;
  return new RevisionError(
    error.message.replace(/--(base|head|root|changed-files)\b/g, "input '$1'")
  );
}

/**
 * The job of tf-targets: the targets of base → head in waves, and the stacks head deleted with
 * their settings and destroy order read from the base revision.
 */
export async function runTargetsJob(settings: TargetsSettings): Promise<TargetsJobResult> {
  let detection: Detection;
  try {
    detection = await detectTargets({
      root: settings.root,
      base: settings.base,
      head: settings.head,
      ...(settings.changedFilesFile === undefined
        ? {}
        : { changedFilesFile: settings.changedFilesFile })
    });
  } catch (error) {
    throw asInputs(error);
  }
  const { selection } = detection;
  const rootFromTop = relative(detection.top, detection.root).split(sep).join('/') || '.';
  let destroys: Target[] = [];
  let destroyWaves: WaveMatrix[] = [];
  if (selection.deleted.length > 0) {
    let base;
    try {
      base = await baseRepository(detection.top, detection.base, rootFromTop);
    } catch (error) {
      throw asInputs(error);
    }
    destroys = destroyTargets(base, selection.deleted);
    destroyWaves = waveMatrices(destroys, base, rootFromTop, true);
  }
  assertDistinctNames([...selection.targets, ...destroys]);
  const waves = waveMatrices(selection.targets, detection.repository, rootFromTop, false);
  for (const [what, count] of [
    ['waves', waves.length],
    ['destroy waves', destroyWaves.length]
  ] as const)
    if (settings.maxWaves > 0 && count > settings.maxWaves)
      throw new TooManyWavesError(
        `the change needs ${count} ${what}, more than the ${settings.maxWaves} the workflow has jobs for (input 'max-waves'): ` +
          'split the change into pull requests of fewer dependency levels, or run platformctl run from a terminal'
      );
  return {
    detection,
    waves,
    destroyWaves,
    destroys,
    text: selectionText(selection, settings.maxParallel, detection.base)
  };
}

/** The outputs of tf-targets, by name. */
export function targetsOutputs(result: TargetsJobResult): Record<string, string> {
  const { selection } = result.detection;
  const all = result.waves.flatMap((w) => w.include);
  return {
    targets: JSON.stringify({
      targets: selection.targets.map((t) => ({ path: t.path, reasons: t.reasons, wave: t.wave })),
      waves: selection.waves,
      deleted: selection.deleted
    }),
    matrix: JSON.stringify({ include: all }),
    waves: JSON.stringify(result.waves),
    'wave-count': String(result.waves.length),
    count: String(selection.targets.length),
    'destroy-waves': JSON.stringify(result.destroyWaves),
    'destroy-wave-count': String(result.destroyWaves.length),
    'deleted-count': String(selection.deleted.length),
    base: result.detection.base,
    head: result.detection.head
  };
}

/** The step summary: the targets as `platformctl targets` prints them. */
export function targetsSummary(result: TargetsJobResult): string {
  const lines = ['### tf-targets', '', '```text', result.text.trimEnd(), '```', ''];
  if (result.destroys.length > 0) {
    lines.push('Destroy order (from the base revision, dependents first):', '');
    for (const t of result.destroys) lines.push(`- wave ${t.wave}: \`${t.path}\``);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
