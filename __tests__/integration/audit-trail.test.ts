import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendLines, AuditEventError } from '../../src/audit/chain.js';
import {
  appendAudit,
  AuditChainError,
  AuditLogMissingError,
  verifyAuditLog,
  type AuditEvent
} from '../../src/audit/trail.js';
import { bareRepo, commitMessage, commits, pushOnTop, refs, showFile } from '../support/git.js';

/** The audit trail on a real bare repository: appends, concurrent appenders, verification. */
const root = mkdtempSync(join(tmpdir(), 'audit-trail-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => bareRepo(root, `repo-${++n}.git`);

const event = (kind: AuditEvent['kind'], actor: string): AuditEvent => ({
  kind,
  actor,
  time: '2026-11-23T10:00:00Z',
  repository: 'acme/infra',
  commit: 'c'.repeat(40),
  stack: 'aws-dev',
  planId: 'plan-1',
  runUrl: 'https://github.com/acme/infra/actions/runs/7'
});

describe('appendAudit', () => {
  it('starts the audit-log branch and appends lines with an Audit-Head trailer', async () => {
    const repo = fresh();
    const first = await appendAudit({
      repository: repo,
      branch: 'audit-log',
      events: [event('plan', 'alice'), event('policy', 'alice')]
    });
    expect(first.lines).toBe(2);
    const second = await appendAudit({
      repository: repo,
      branch: 'audit-log',
      events: [event('approval', 'bob')]
    });
    expect(second.lines).toBe(3);
    const text = showFile(repo, 'audit-log', 'audit.jsonl');
    expect(
      text.split('\n').map((l) => (l === '' ? '' : (JSON.parse(l) as AuditEvent).kind))
    ).toEqual(['plan', 'policy', 'approval', '']);
    expect(commits(repo, 'audit-log').map((c) => c.subject)).toEqual([
      'audit: approval for aws-dev',
      'audit: plan, policy for aws-dev'
    ]);
    const report = await verifyAuditLog({ repository: repo, branch: 'audit-log' });
    expect(report.tip).toBe(second.commitSha);
    expect(report.verdict).toMatchObject({ ok: true, lines: 3 });
  });

  it('lands every one of six concurrent appenders with an intact chain', async () => {
    const repo = fresh();
    const actors = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(
      actors.map((actor) =>
        appendAudit({
          repository: repo,
          branch: 'audit-log',
          file: 'logs/decisions.jsonl',
          events: [event('apply-started', actor), event('apply-finished', actor)]
        })
      )
    );
    const text = showFile(repo, 'audit-log', 'logs/decisions.jsonl');
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AuditEvent & { seq: number });
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(records.map((r) => r.actor).sort()).toEqual(actors.flatMap((a) => [a, a]).sort());
    // Each appender's two lines stay together: an append is one commit.
    for (let i = 0; i < 12; i += 2) expect(records[i]?.actor).toBe(records[i + 1]?.actor);
    const report = await verifyAuditLog({
      repository: repo,
      branch: 'audit-log',
      file: 'logs/decisions.jsonl'
    });
    expect(report.verdict).toMatchObject({ ok: true, lines: 12 });
  });

  it('refuses events that are not audit events and pushes nothing', async () => {
    const repo = fresh();
    await appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'a')] });
    const before = refs(repo);
    const bad = { ...event('plan', 'a'), kind: 'deploy' } as unknown as AuditEvent;
    await expect(
      appendAudit({ repository: repo, branch: 'audit-log', events: [bad] })
    ).rejects.toThrow(AuditEventError);
    expect(refs(repo)).toBe(before);
  });

  it('refuses to append to a log whose last commit was not an append', async () => {
    const repo = fresh();
    await appendAudit({
      repository: repo,
      branch: 'audit-log',
      events: [event('plan', 'alice'), event('override', 'alice')]
    });
    const text = showFile(repo, 'audit-log', 'audit.jsonl');
    pushOnTop(repo, 'audit-log', { 'audit.jsonl': text.replace('"override"', '"approval"') });
    const before = refs(repo);
    await expect(
      appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'bob')] })
    ).rejects.toThrow(AuditChainError);
    await expect(
      appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'bob')] })
    ).rejects.toThrow('was not an audit append');
    expect(refs(repo)).toBe(before);
  });

  it('refuses to append to a broken log even under a copied Audit-Head, naming the line', async () => {
    const repo = fresh();
    await appendAudit({
      repository: repo,
      branch: 'audit-log',
      events: [event('plan', 'a'), event('policy', 'a'), event('override', 'a')]
    });
    const lines = showFile(repo, 'audit-log', 'audit.jsonl').split('\n');
    const trailer = commitMessage(repo, 'audit-log');
    // The last line dropped, in a commit that pretends to be the append.
    pushOnTop(repo, 'audit-log', { 'audit.jsonl': `${lines.slice(0, 2).join('\n')}\n` }, trailer);
    const before = refs(repo);
    await expect(
      appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'b')] })
    ).rejects.toThrow('broken at line 3 (removed)');
    expect(refs(repo)).toBe(before);
  });
});

describe('verifyAuditLog', () => {
  it('names a line removed from the end by a commit that was not an append', async () => {
    const repo = fresh();
    await appendAudit({
      repository: repo,
      branch: 'audit-log',
      events: [event('plan', 'a'), event('policy', 'a'), event('override', 'a')]
    });
    const lines = showFile(repo, 'audit-log', 'audit.jsonl').split('\n');
    pushOnTop(repo, 'audit-log', { 'audit.jsonl': `${lines.slice(0, 2).join('\n')}\n` });
    const report = await verifyAuditLog({ repository: repo, branch: 'audit-log' });
    expect(report.verdict).toMatchObject({ ok: false, line: 3, reason: 'removed' });
    expect(report.commitsAfterLastAppend).toBe(1);
  });

  it('names a line added by a commit that was not an append', async () => {
    const repo = fresh();
    await appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'a')] });
    const text = showFile(repo, 'audit-log', 'audit.jsonl');
    // A well-formed, chained line, but pushed by hand rather than appended.
    pushOnTop(repo, 'audit-log', {
      'audit.jsonl': appendLines(text, [event('approval', 'mallory')]).text
    });
    const report = await verifyAuditLog({ repository: repo, branch: 'audit-log' });
    expect(report.verdict).toMatchObject({ ok: false, line: 2, reason: 'changed' });
  });

  it('says when there is no branch or no file to verify', async () => {
    const repo = fresh();
    await expect(verifyAuditLog({ repository: repo, branch: 'audit-log' })).rejects.toThrow(
      AuditLogMissingError
    );
    await appendAudit({ repository: repo, branch: 'audit-log', events: [event('plan', 'a')] });
    await expect(
      verifyAuditLog({ repository: repo, branch: 'audit-log', file: 'other.jsonl' })
    ).rejects.toThrow('has no file other.jsonl');
  });
});
