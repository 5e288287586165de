import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { runProcess } from '../../src/common/process.js';
import { REPO, tool } from '../support/tools.js';

const scratch = mkdtempSync(join(tmpdir(), 'docs-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function mkdocsBuild(config: string, site: string) {
  return runProcess(
    tool('mkdocs'),
    ['build', '--strict', '--config-file', config, '--site-dir', site],
    {
      cwd: scratch,
      env: {
        ...process.env,
        PATH: `${join(REPO, '.tools', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`
      },
      timeoutMs: 300_000
    }
  );
}

describe('the documentation site', () => {
  it('has its generated pages as the action.yml files, the CLI help and the examples say', async () => {
    const run = await runProcess(process.execPath, [join(REPO, 'scripts', 'docs.mjs'), '--check'], {
      cwd: REPO,
      timeoutMs: 120_000
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('builds with MkDocs and the Material theme in strict mode', async () => {
    const site = join(scratch, 'site');
    const run = await mkdocsBuild(join(REPO, 'mkdocs.yml'), site);
    if (run.exitCode !== 0) throw new Error(run.stderr);
    for (const page of [
      'index.html',
      'cli/index.html',
      'troubleshooting/index.html',
      'actions/tf-plan/index.html'
    ])
      expect(existsSync(join(site, page))).toBe(true);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('material');
  });

  it('fails on a broken link', async () => {
    const copy = join(scratch, 'broken');
    cpSync(join(REPO, 'docs'), join(copy, 'docs'), { recursive: true });
    cpSync(join(REPO, 'mkdocs.yml'), join(copy, 'mkdocs.yml'));
    const page = join(copy, 'docs', 'pipeline.md');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nSee [the missing page](missing.md).\n`);
    const run = await mkdocsBuild(join(copy, 'mkdocs.yml'), join(copy, 'site'));
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('missing.md');
  });

  it('has a page per action, the workflows by name, and every gate refusal explained', () => {
    const nav = JSON.stringify(parse(readFileSync(join(REPO, 'mkdocs.yml'), 'utf8')).nav);
    for (const page of [
      'index.md',
      'pipeline.md',
      'workflows.md',
      'cli.md',
      'governance.md',
      'troubleshooting.md'
    ])
      expect(nav).toContain(page);
    const workflows = readFileSync(join(REPO, 'docs', 'workflows.md'), 'utf8');
    for (const name of ['terraform.yml', 'build-push.yml', 'deploy.yml', 'orchestrator'])
      expect(workflows).toContain(name);
    const apply = parse(readFileSync(join(REPO, 'actions', 'tf-apply', 'action.yml'), 'utf8')) as {
      outputs: { gate: { description: string } };
    };
    const refusals = [...apply.outputs.gate.description.matchAll(/`([a-z-]+)`/g)]
      .map((m) => m[1]!)
      .filter((r) => r !== 'passed');
    expect(refusals.length).toBe(11);
    const troubleshooting = readFileSync(join(REPO, 'docs', 'troubleshooting.md'), 'utf8');
    for (const refusal of refusals) expect(troubleshooting).toContain(`### \`${refusal}\``);
    for (const heading of ['## The state is locked', '## The saved plan is stale'])
      expect(troubleshooting).toContain(heading);
  });
});
