import { describe, expect, it } from '@jest/globals';
import { mapInputReader } from '../../src/common/inputs.js';
import { applyStartEvents, readAuditSettings } from '../../src/governance/audit.js';
import { runContext } from '../../src/governance/event.js';
import type { GateDecision } from '../../src/governance/gate.js';

const env = { GITHUB_SERVER_URL: 'https://ghe.example', GITHUB_REPOSITORY: 'acme/infra' };

describe('the audit trail settings', () => {
  it.each([
    [
      'a token: the workflow repository at its server',
      { 'audit-branch': 'audit-log' },
      't',
      {
        repository: 'https://ghe.example/acme/infra.git',
        branch: 'audit-log',
        token: 't'
      }
    ],
    [
      'a named repository without a token',
      { 'audit-branch': 'log', 'audit-repository': '/srv/audit.git' },
      '',
      {
        repository: '/srv/audit.git',
        branch: 'log'
      }
    ],
    ['neither a token nor a repository: off', { 'audit-branch': 'audit-log' }, '', undefined],
    ['an empty branch: off', { 'audit-branch': '' }, 't', undefined]
  ])('%s', (_name, inputs, token, expected) => {
    expect(readAuditSettings(mapInputReader(inputs), env, token)).toEqual(expected);
  });

  it('refuses a branch name git would refuse', () => {
    expect(() => readAuditSettings(mapInputReader({ 'audit-branch': '-x' }), env, 't')).toThrow(
      /Input 'audit-branch' is '-x'/
    );
  });
});

describe('the events of an apply', () => {
  it('record each counted approval and the override by who gave them, then the start', () => {
    const context = runContext({ ...env, GITHUB_RUN_ID: '5' }, {});
    const decision = {
      gate: 'passed',
      reasons: [],
      approvals: ['lead', 'other'],
      override: {
        user: 'chief',
        justification: 'planned decommissioning of the old VPC',
        comment: { id: 1, author: 'chief', body: '', createdAt: '', updatedAt: '', url: 'u' }
      },
      ignoredOverrides: [],
      forgedMarkers: []
    } satisfies GateDecision;
    const events = applyStartEvents(
      { context, actor: 'dev', commit: 'c'.repeat(40), stack: 'dev', planId: '1'.repeat(64) },
      decision,
      '2'.repeat(64),
      7
    );
    expect(events.map((e) => [e.kind, e.actor])).toEqual([
      ['approval', 'lead'],
      ['approval', 'other'],
      ['override', 'chief'],
      ['apply-started', 'dev']
    ]);
    expect(events[2]?.details).toMatchObject({ justification: decision.override.justification });
    expect(events[3]?.runUrl).toBe('https://ghe.example/acme/infra/actions/runs/5');
  });
});
