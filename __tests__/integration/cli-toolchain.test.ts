import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { inActions, prepareTerminal, toolsCache } from '../../src/cli/toolchain.js';
import { runProcess } from '../../src/common/process.js';
import { DEFAULT_OPA_VERSION, installOpa } from '../../src/policy/opa.js';
import { ToolMissingError } from '../../src/tools/install.js';
import { serveFiles } from '../support/http.js';
import { copyStack } from '../../scripts/copy-stack.mjs';
import { REPO, tool } from '../support/tools.js';

const scratch = mkdtempSync(join(tmpdir(), 'cli-toolchain-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A terminal with nothing of the project's set up: system folders only on PATH. */
const PLAIN_PATH = ['/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: PLAIN_PATH,
    HOME: process.env['HOME'] ?? scratch,
    LANG: 'C',
    // Set in some shells to a file that does not exist.
    TF_CLI_CONFIG_FILE: join(scratch, 'no-such.tfrc'),
    ...extra
  };
}

describe('prepareTerminal', () => {
  it("puts the package's .tools/bin first on PATH and its OpenTofu config in place", () => {
    const root = join(scratch, 'package');
    mkdirSync(join(root, '.tools', 'bin'), { recursive: true });
    writeFileSync(join(root, '.tools', 'tofu.tfrc'), '');
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin', HOME: '/home/u' };
    const local = prepareTerminal(env, root);
    expect(env['PATH']).toBe(`${join(root, '.tools', 'bin')}${delimiter}/usr/bin`);
    expect(env['TF_CLI_CONFIG_FILE']).toBe(join(root, '.tools', 'tofu.tfrc'));
    expect(local?.candidates('tofu', '1.12.6')).toEqual([
      join(root, '.tools', 'bin', 'tofu'),
      join('/home/u', '.cache', 'platform-actions', 'tofu', '1.12.6', 'tofu')
    ]);
    expect(local?.howToInstall).toContain('npm run tools');
    // Twice is once.
    prepareTerminal(env, root);
    expect(env['PATH']?.split(delimiter).filter((p) => p.endsWith('bin')).length).toBe(2);
  });

  it('keeps a CLI config the user set, and changes nothing in Actions', () => {
    const mine = join(scratch, 'mine.tfrc');
    writeFileSync(mine, '');
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin', TF_CLI_CONFIG_FILE: mine };
    prepareTerminal(env, REPO);
    expect(env['TF_CLI_CONFIG_FILE']).toBe(mine);
    // One that names no file is replaced: OpenTofu would print a warning instead of its JSON.
    const gone: NodeJS.ProcessEnv = { PATH: '/usr/bin', TF_CLI_CONFIG_FILE: join(scratch, 'gone') };
    prepareTerminal(gone, REPO);
    expect(gone['TF_CLI_CONFIG_FILE']).toBe(join(REPO, '.tools', 'tofu.tfrc'));
    const actions: NodeJS.ProcessEnv = { PATH: '/usr/bin', GITHUB_ACTIONS: 'true' };
    expect(prepareTerminal(actions, REPO)).toBeUndefined();
    expect(actions).toEqual({ PATH: '/usr/bin', GITHUB_ACTIONS: 'true' });
    expect(inActions(actions)).toBe(true);
  });

  it('takes the tools cache from XDG_CACHE_HOME, else ~/.cache', () => {
    expect(toolsCache({ XDG_CACHE_HOME: '/x' })).toBe('/x/platform-actions');
    expect(toolsCache({ HOME: '/h' })).toBe('/h/.cache/platform-actions');
  });
});

describe('a tool outside Actions', () => {
  it('is found in the tools cache by tool and version', async () => {
    const cache = join(scratch, 'xdg');
    const dir = join(cache, 'platform-actions', 'opa', DEFAULT_OPA_VERSION);
    mkdirSync(dir, { recursive: true });
    symlinkSync(tool('opa'), join(dir, 'opa'));
    const local = prepareTerminal({ XDG_CACHE_HOME: cache, PATH: '' }, join(scratch, 'no-package'));
    const saved = process.env['PATH'];
    process.env['PATH'] = PLAIN_PATH;
    try {
      const opa = await installOpa({ local: local! });
      expect(opa.binary).toBe(join(dir, 'opa'));
    } finally {
      process.env['PATH'] = saved;
    }
  });

  it('is named with the command that installs it, never downloaded, and no ::debug:: is printed', async () => {
    const release = await serveFiles({});
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const saved = {
      PATH: process.env['PATH'],
      RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE']
    };
    process.env['PATH'] = PLAIN_PATH;
    process.env['RUNNER_TOOL_CACHE'] = join(scratch, 'runner-tool-cache');
    try {
      const local = prepareTerminal({ HOME: join(scratch, 'empty-home') }, join(scratch, 'none'));
      const failure = installOpa({ version: '0.99.0', releaseBase: release.url, local: local! });
      await expect(failure).rejects.toBeInstanceOf(ToolMissingError);
      await expect(failure).rejects.toThrow(
        /^opa 0\.99\.0 is not installed: .*Install it with: npm run tools/
      );
      expect(release.requests).toEqual([]);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).not.toContain('::debug::');
    } finally {
      out.mockRestore();
      process.env['PATH'] = saved.PATH;
      if (saved.RUNNER_TOOL_CACHE === undefined) delete process.env['RUNNER_TOOL_CACHE'];
      else process.env['RUNNER_TOOL_CACHE'] = saved.RUNNER_TOOL_CACHE;
      await release.close();
    }
  });
});

describe('platformctl in a plain shell (the bundled CLI)', () => {
  const cli = join(REPO, 'bin', 'platformctl.js');
  const stack = join(scratch, 'stack');
  copyStack(join(REPO, 'examples', 'stacks', 'local', 'dev'), stack);

  it('plans the example stack with the toolchain it finds by itself', async () => {
    const result = await runProcess(
      process.execPath,
      [cli, 'plan', '--working-directory', stack, '--out-dir', join(scratch, 'plan')],
      // A plain shell in the folder that holds the stack: its workspace.
      {
        cwd: scratch,
        env: plainEnv({ RUNNER_TOOL_CACHE: join(scratch, 'rtc') }),
        timeoutMs: 300_000
      }
    );
    expect(result.stderr).not.toContain('::debug::');
    expect(result.stdout).not.toContain('::debug::');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^plan-sha256: [0-9a-f]{64}$/m);
    expect(result.stderr).toContain(join(REPO, '.tools', 'bin', 'tofu'));
  });

  it('names a missing engine version and `npm run tools`, at once', async () => {
    const result = await runProcess(
      process.execPath,
      [cli, 'plan', '--working-directory', stack, '--engine-version', '1.6.0'],
      {
        cwd: scratch,
        env: plainEnv({ RUNNER_TOOL_CACHE: join(scratch, 'rtc') }),
        timeoutMs: 60_000
      }
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /platformctl: tofu 1\.6\.0 is not installed: .*Install it with: npm run tools/
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain('::debug::');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/Downloading|RUNNER_TOOL_CACHE/);
  });
});
