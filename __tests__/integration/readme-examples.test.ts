import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { runProcess } from '../../src/common/process.js';
import { REPO } from '../support/tools.js';

/** The ```sh blocks of the README marked `<!-- runnable -->`, as a user copies them. */
export function runnableBlocks(readme: string): string[] {
  const blocks: string[] = [];
  const re = /<!-- runnable -->\n```sh\n([\s\S]*?)\n```/g;
  for (let m = re.exec(readme); m !== null; m = re.exec(readme)) blocks.push(m[1] ?? '');
  return blocks;
}

const scratch = mkdtempSync(join(tmpdir(), 'readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the README's terminal examples", () => {
  const blocks = runnableBlocks(readFileSync(join(REPO, 'README.md'), 'utf8'));

  it('are there, and none uses npx platformctl or the old paths', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).not.toMatch(/npx platformctl|(^|\s)stacks\/local|infrastructure\/config/);
      expect(block).toContain('--config-dir examples/config');
    }
  });

  it('run as written from a fresh clone, in a plain shell, after the toolchain is set up', async () => {
    const clone = join(scratch, 'clone');
    execFileSync('git', ['clone', '-q', REPO, clone]);
    // What `npm test` does first in the clone: link the cached toolchain into its .tools/.
    execFileSync('bash', ['scripts/tools.sh'], {
      cwd: clone,
      env: { ...process.env, TOOLS_ONLY: 'tofu opa providers' },
      stdio: 'ignore'
    });
    // What `npm link` puts on PATH.
    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    symlinkSync(join(clone, 'bin', 'platformctl.js'), join(bin, 'platformctl'));
    const env = {
      PATH: [bin, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter),
      HOME: process.env['HOME'] ?? scratch,
      LANG: 'C',
      // Where the examples' `mktemp -d` goes, removed with the rest.
      TMPDIR: scratch
    };
    for (const block of blocks) {
      const run = await runProcess('bash', ['-euo', 'pipefail', '-c', block], {
        cwd: clone,
        env,
        timeoutMs: 600_000
      });
      if (run.exitCode !== 0) throw new Error(`${block}\nfailed (${run.exitCode}):\n${run.stderr}`);
      expect(`${run.stdout}${run.stderr}`).not.toContain('::debug::');
      expect(run.stdout).toContain('plan-sha256: ');
      expect(run.stdout).toContain('"cluster_name"');
      expect(run.stdout).toContain('changed: true');
      expect(run.stdout).toMatch(/^pass +invariant /m);
      expect(run.stdout).toMatch(/^has-changes: (true|false)$/m);
    }
    // Nothing left in the clone that git would show.
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' })).toBe(
      ''
    );
  });
});
