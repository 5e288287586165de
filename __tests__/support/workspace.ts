import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyStack } from '../../scripts/copy-stack.mjs';
import { REPO } from './tools.js';

/** A throwaway workspace holding copies of stacks, so tests never write state into the repo. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'ws-'));

  /**
   * Copies a stack (a folder under the repo) to `name` inside the workspace; returns its path. The
   * modules it calls by relative path are still found from the copy.
   */
  addStack(from: string, name: string): string {
    return copyStack(
      join(REPO, from),
      join(this.root, name),
      (src) => !/(^|\/)(\.terraform|terraform\.tfstate[^/]*)$/.test(src)
    );
  }

  /** The text of a local state file, or undefined when there is none. */
  state(stackDir: string, file = 'terraform.tfstate'): string | undefined {
    const path = join(stackDir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
