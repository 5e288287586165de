import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSpecialApprovers } from '../../src/governance/approvers.js';
import { parseEnvironmentBranches, targetBranch } from '../../src/governance/branches.js';
import { readTrustedCommenter } from '../../src/governance/inputs.js';
import { labelChanges } from '../../src/governance/labels.js';
import { mapInputReader } from '../../src/common/inputs.js';
import {
  findPlanComment,
  parseMarker,
  renderMarker,
  type PlanMarker
} from '../../src/governance/marker.js';

const MARKER: PlanMarker = {
  v: 1,
  stack: 'stacks/prod--eu',
  environment: 'production',
  commit: 'c'.repeat(40),
  planId: '1'.repeat(64),
  planSha256: '2'.repeat(64),
  policyResult: 'failed',
  runId: '42'
};

describe('the plan marker', () => {
  it('is one HTML comment line that reads back to the same fields', () => {
    const line = renderMarker(MARKER);
    expect(line).toMatch(/^<!-- platform-actions:tf-plan \{.*\} -->$/);
    expect(line.slice(4, -3)).not.toContain('--');
    expect(parseMarker(`${line}\n### Plan`)).toEqual(MARKER);
  });

  it('round-trips any stack and environment name without ending the HTML comment early', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._/-]{1,40}$/),
        fc.stringMatching(/^[A-Za-z0-9_.-]{0,20}$/),
        (stack, environment) => {
          const marker = { ...MARKER, stack, environment };
          const line = renderMarker(marker);
          expect(line.indexOf('-->')).toBe(line.length - 3);
          expect(parseMarker(line)).toEqual(marker);
        }
      )
    );
  });

  it('is not found in a body that only mentions it later, nor when its JSON is off schema', () => {
    expect(parseMarker(`hello\n${renderMarker(MARKER)}`)).toBeUndefined();
    expect(parseMarker('<!-- platform-actions:tf-plan {"v":1,"stack":"x"} -->')).toBeUndefined();
    expect(parseMarker('<!-- platform-actions:tf-plan not json -->')).toBeUndefined();
  });

  it("is trusted only in the identity's own comment: others' are reported as forged", () => {
    const body = renderMarker(MARKER);
    const c = (id: number, author: string) => ({
      id,
      author,
      body,
      createdAt: '',
      updatedAt: '',
      url: `u${id}`
    });
    const { found, forged } = findPlanComment(
      [c(1, 'mallory'), c(2, 'bot'), c(3, 'eve')],
      'bot',
      MARKER.stack
    );
    expect(found?.comment.id).toBe(2);
    expect(forged.map((f) => f.author)).toEqual(['mallory', 'eve']);
  });
});

describe('environment-branches', () => {
  it('maps the default environments and sends every other to main', () => {
    const b = parseEnvironmentBranches('');
    expect(targetBranch(b, 'production')).toBe('prod');
    expect(targetBranch(b, 'staging')).toBe('stage');
    expect(targetBranch(b, 'development')).toBe('dev');
    expect(targetBranch(b, 'qa')).toBe('main');
    expect(targetBranch(b, '')).toBe('main');
  });

  it('takes a custom map with its own fallback', () => {
    const b = parseEnvironmentBranches('prod = release/prod\n# comment\n*=trunk\n');
    expect(targetBranch(b, 'prod')).toBe('release/prod');
    expect(targetBranch(b, 'dev')).toBe('trunk');
  });

  it.each([
    ['production', /line 1 'production' is not environment=branch/],
    ['prod=has space', /line 1 'prod=has space'/],
    ['prod=a..b', /line 1/],
    ['prod=x\nprod=y', /line 2: environment 'prod' is listed twice/],
    ['ok=main\n=nothing', /line 2 '=nothing'/]
  ])('rejects %j naming the line', (raw, message) => {
    expect(() => parseEnvironmentBranches(raw)).toThrow(message);
    expect(() => parseEnvironmentBranches(raw)).toThrow(/^Input 'environment-branches'/);
  });
});

describe('special-approvers', () => {
  const ws = mkdtempSync(join(tmpdir(), 'approvers-'));

  it('reads users and org/team entries one a line', () => {
    expect(parseSpecialApprovers('alice\n@bob\n# note\nacme/Platform-Leads\n', ws)).toEqual({
      users: ['alice', 'bob'],
      teams: ['acme/platform-leads']
    });
  });

  it('reads a YAML file of users and teams', () => {
    writeFileSync(join(ws, 'ok.yaml'), 'users:\n  - alice\nteams:\n  - acme/leads\n');
    expect(parseSpecialApprovers('ok.yaml', ws)).toEqual({
      users: ['alice'],
      teams: ['acme/leads']
    });
  });

  it('names every bad entry of a file as file:line, all at once', () => {
    writeFileSync(
      join(ws, 'bad.yaml'),
      'users:\n  - alice\n  - not a login\n  - acme/leads\nteams:\n  - lonely\ngroups: []\n'
    );
    let message = '';
    try {
      parseSpecialApprovers('bad.yaml', ws);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Input 'special-approvers' is 'bad\.yaml'/);
    expect(message).toContain("bad.yaml:4: 'acme/leads' under users must be a login");
    expect(message).toContain("bad.yaml:6: 'lonely' under teams must be org/team-slug");
    expect(message).toContain("bad.yaml:7: unknown key 'groups'");
    expect(message).toContain("bad.yaml:3: 'not a login' is not a GitHub login");
  });

  it('names a YAML syntax error with its line, and a missing file', () => {
    writeFileSync(join(ws, 'broken.yaml'), 'users:\n  - alice\n  bob: [\n');
    expect(() => parseSpecialApprovers('broken.yaml', ws)).toThrow(/broken\.yaml:\d+: /);
    expect(() => parseSpecialApprovers('missing.yaml', ws)).toThrow(/no such file/);
  });

  it('names bad inline entries by line', () => {
    expect(() => parseSpecialApprovers('alice\nbad user\n/nope', ws)).toThrow(
      /line 2: 'bad user' is not a GitHub login; line 3: '\/nope' is not an org\/team-slug/
    );
  });
});

describe('policy labels', () => {
  it('keep exactly one of opa-passed, opa-failed and opa-override, leaving other labels', () => {
    expect(labelChanges(['bug', 'opa-failed', 'opa-override'], 'passed')).toEqual({
      add: ['opa-passed'],
      remove: ['opa-failed', 'opa-override']
    });
    expect(labelChanges(['opa-passed'], 'passed')).toEqual({ add: [], remove: [] });
    expect(labelChanges([], 'override')).toEqual({ add: ['opa-override'], remove: [] });
  });
});

describe('trusted-commenter', () => {
  const read = (raw: string) => readTrustedCommenter(mapInputReader({ 'trusted-commenter': raw }));

  it.each([
    ['', undefined],
    ['github-actions[bot]', 'github-actions[bot]'],
    ['my-app[bot]', 'my-app[bot]'],
    ['@alice', 'alice']
  ])('reads %j as %j', (raw, login) => {
    expect(read(raw)).toBe(login);
  });

  it.each(['my app', 'app[bot]x', '-bot-', 'a'.repeat(40), 'org/team'])(
    'refuses %j naming the input',
    (raw) => {
      expect(() => read(raw)).toThrow(
        new RegExp(`^Input 'trusted-commenter' is '.*': must be a GitHub login or an app’s bot`)
      );
    }
  );
});
