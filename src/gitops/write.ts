import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync
} from 'node:fs';
import { createFileExclusive, ensureFolder } from '../common/safe-fs.js';
import { basename, dirname, join } from 'node:path';
import { ActionError } from '../common/errors.js';
import type { Artifact } from './artifacts.js';
import { ARTIFACT_FILES } from './manifests.js';

/** The output folder cannot be replaced: it holds other files, or is not a folder. */
export class OutputFolderError extends ActionError {
  constructor(
    readonly outDir: string,
    readonly reason: string
  ) {
    super(`The output folder ${outDir} ${reason}`);
  }
}

const OWN_FILES: readonly string[] = Object.values(ARTIFACT_FILES);

/**
 * Checks that the output folder is absent, or a folder holding only files gen-values writes: it is
 * replaced whole, so that a file of an earlier run (a KEDA manifest since disabled) does not linger,
 * and nothing else may be lost with it.
 */
export function checkOutputFolder(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!lstatSync(outDir).isDirectory())
    throw new OutputFolderError(outDir, 'is not a folder: expected a folder or nothing there');
  const foreign = readdirSync(outDir)
    .filter((entry) => !OWN_FILES.includes(entry) || !lstatSync(join(outDir, entry)).isFile())
    .sort();
  if (foreign.length > 0)
    throw new OutputFolderError(
      outDir,
      `holds ${foreign.map((f) => JSON.stringify(f)).join(', ')}, which gen-values does not write: it replaces the folder whole, so give it a folder of its own (expected only ${OWN_FILES.join(', ')})`
    );
}

/**
 * Writes the files into a temporary sibling of the output folder, then swaps it in by renames: on
 * any error the output folder is left exactly as it was, and the temporary folders are removed.
 */
export function writeArtifacts(
  outDir: string,
  files: readonly Artifact[],
  root: string = dirname(outDir)
): void {
  checkOutputFolder(outDir);
  const parent = dirname(outDir);
  // Every folder between the workspace and the output folder: made, never followed as a link.
  ensureFolder(root, parent);
  const staging = mkdtempSync(join(parent, `.${basename(outDir)}.new-`));
  let previous: string | undefined;
  try {
    // mkdtemp makes a private folder; the output folder gets the mode mkdir would give it.
    chmodSync(staging, 0o777 & ~process.umask());
    for (const artifact of files)
      createFileExclusive(join(staging, artifact.file), artifact.content, 0o666 & ~process.umask());
    if (existsSync(outDir)) {
      previous = `${staging}.previous`;
      renameSync(outDir, previous);
    }
    try {
      renameSync(staging, outDir);
    } catch (error) {
      if (previous !== undefined) renameSync(previous, outDir);
      previous = undefined;
      throw error;
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (previous !== undefined) rmSync(previous, { recursive: true, force: true });
}
