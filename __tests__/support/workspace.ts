import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './tools.js';

/** A throwaway workspace holding copies of stacks, so tests never write state into the repo. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'ws-'));

  /** Copies a stack (a folder under the repo) to `name` inside the workspace; returns its path. */
  addStack(from: string, name: string): string {
    const to = join(this.root, name);
    cpSync(join(REPO, from), to, {
      recursive: true,
      filter: (src) => !/(^|\/)(\.terraform|terraform\.tfstate[^/]*)$/.test(src)
    });
    return to;
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
