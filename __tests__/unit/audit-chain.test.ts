import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  appendLines,
  auditLine,
  AuditEventError,
  checkEvents,
  GENESIS,
  headTrailer,
  parseHeadTrailer,
  verifyAuditChain,
  AUDIT_KINDS,
  type AuditEvent
} from '../../src/audit/chain.js';
import { sha256Text } from '../../src/common/hash.js';

const event = (
  kind: AuditEvent['kind'],
  n: number,
  extra: Partial<AuditEvent> = {}
): AuditEvent => ({
  kind,
  actor: `user-${n}`,
  time: `2026-11-23T10:00:${String(n % 60).padStart(2, '0')}Z`,
  repository: 'acme/infra',
  commit: 'a'.repeat(40),
  stack: 'aws-dev',
  planId: `plan-${n}`,
  runUrl: `https://github.com/acme/infra/actions/runs/${n}`,
  ...extra
});

const log = (count: number): string =>
  appendLines(
    '',
    Array.from({ length: count }, (_, i) => event(AUDIT_KINDS[i % AUDIT_KINDS.length] ?? 'plan', i))
  ).text;

const linesOf = (text: string) => text.split('\n').slice(0, -1);
const join = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

const arbEvent: fc.Arbitrary<AuditEvent> = fc.record(
  {
    kind: fc.constantFrom(...AUDIT_KINDS),
    actor: fc.string({ minLength: 1, maxLength: 12 }),
    time: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    repository: fc.string({ maxLength: 12 }),
    commit: fc.string({ maxLength: 12 }),
    stack: fc.string({ maxLength: 12 }),
    planId: fc.string({ maxLength: 12 }),
    runUrl: fc.string({ maxLength: 12 }),
    details: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }))
  },
  { requiredKeys: ['kind', 'actor', 'time', 'repository', 'commit', 'stack', 'planId', 'runUrl'] }
);
const arbLog = fc.array(arbEvent, { minLength: 2, maxLength: 8 }).map((events) => ({
  events,
  ...appendLines('', events)
}));

describe('the audit line format', () => {
  it('writes the keys in a fixed order, chained to the genesis, with its own sha', () => {
    const line = auditLine(1, GENESIS, event('plan', 1, { details: { b: 2, a: { d: 1, c: 0 } } }));
    const head =
      '{"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000",' +
      '"kind":"plan","time":"2026-11-23T10:00:01Z","actor":"user-1","repository":"acme/infra",' +
      `"commit":"${'a'.repeat(40)}","stack":"aws-dev","planId":"plan-1",` +
      '"runUrl":"https://github.com/acme/infra/actions/runs/1","details":{"a":{"c":0,"d":1},"b":2}';
    expect(line).toBe(`${head},"sha":"${sha256Text(`${head}}`)}"}`);
  });

  it('chains each line to the sha256 of the bytes of the line before', () => {
    const [first = '', second = ''] = linesOf(log(2));
    expect(JSON.parse(second)).toMatchObject({ seq: 2, prev: sha256Text(first) });
  });

  it('appends to an existing log exactly as one append of all events would', () => {
    const all = [event('plan', 1), event('policy', 2), event('approval', 3)];
    const once = appendLines('', all);
    const twice = appendLines(appendLines('', all.slice(0, 1)).text, all.slice(1));
    expect(twice).toEqual(once);
    expect(once.lines).toBe(3);
  });
});

describe('verifyAuditChain', () => {
  it('accepts an empty log and an intact one, giving its head', () => {
    expect(verifyAuditChain('')).toEqual({ ok: true, lines: 0, head: GENESIS });
    const text = log(6);
    expect(verifyAuditChain(text)).toEqual({
      ok: true,
      lines: 6,
      head: sha256Text(linesOf(text)[5] ?? '')
    });
  });

  it.each([
    [
      'a line edited in place',
      (l: string[]) => (l[2] = (l[2] ?? '').replace('user-2', 'mallory')),
      3,
      'changed'
    ],
    ['a line that is not JSON', (l: string[]) => (l[1] = 'garbage'), 2, 'not JSON'],
    ['a line removed', (l: string[]) => l.splice(3, 1), 4, 'removed'],
    ['two lines removed', (l: string[]) => l.splice(1, 2), 2, 'removed'],
    ['the first line removed', (l: string[]) => l.splice(0, 1), 1, 'removed'],
    ['two lines swapped', (l: string[]) => l.splice(1, 2, l[2] ?? '', l[1] ?? ''), 2, 'reordered'],
    ['a line duplicated', (l: string[]) => l.splice(2, 0, l[1] ?? ''), 3, 'reordered'],
    ['the last line moved first', (l: string[]) => l.unshift(l.pop() ?? ''), 1, 'reordered']
  ])('names %s at the right line', (_what, edit, line, reason) => {
    const lines = linesOf(log(6));
    edit(lines);
    expect(verifyAuditChain(join(lines))).toMatchObject({ ok: false, line, reason });
  });

  it('names a line replaced by a forged, self-consistent one as changed', () => {
    const lines = linesOf(log(5));
    const forged = JSON.parse(lines[1] ?? '') as { prev: string };
    lines[1] = auditLine(2, forged.prev, event('override', 99));
    expect(verifyAuditChain(join(lines))).toMatchObject({ ok: false, line: 2, reason: 'changed' });
  });

  it('names a last line without its newline as a partial write', () => {
    const text = log(3).slice(0, -1);
    expect(verifyAuditChain(text)).toMatchObject({ ok: false, line: 3, reason: 'changed' });
  });

  it('catches lines removed from the end only against the recorded head', () => {
    const full = appendLines('', [event('plan', 1), event('policy', 2), event('approval', 3)]);
    const cut = join(linesOf(full.text).slice(0, 2));
    expect(verifyAuditChain(cut).ok).toBe(true);
    expect(verifyAuditChain(cut, full)).toMatchObject({ ok: false, line: 3, reason: 'removed' });
    expect(verifyAuditChain(full.text, full)).toMatchObject({ ok: true, lines: 3 });
  });

  it('catches lines added by hand after the recorded head', () => {
    const before = appendLines('', [event('plan', 1)]);
    const after = appendLines(before.text, [event('override', 2)]);
    expect(verifyAuditChain(after.text, before)).toMatchObject({ ok: false, line: 2 });
  });

  it('property: any edit of a line is caught at that line', () => {
    fc.assert(
      fc.property(
        arbLog,
        fc.nat(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 3 }),
        (l, a, b, insert) => {
          const lines = linesOf(l.text);
          const at = a % lines.length;
          const original = lines[at] ?? '';
          const pos = b % (original.length + 1);
          const edited = original.slice(0, pos) + insert + original.slice(pos + 1);
          fc.pre(edited !== original && !edited.includes('\n'));
          lines[at] = edited;
          const verdict = verifyAuditChain(join(lines), l);
          expect(verdict).toMatchObject({ ok: false, line: at + 1 });
        }
      ),
      { numRuns: 300 }
    );
  });

  it('property: any deletion of a line is caught at that line as removed', () => {
    fc.assert(
      fc.property(arbLog, fc.nat(), (l, a) => {
        const lines = linesOf(l.text);
        const at = a % lines.length;
        lines.splice(at, 1);
        expect(verifyAuditChain(join(lines), l)).toMatchObject({
          ok: false,
          line: at + 1,
          reason: 'removed'
        });
      }),
      { numRuns: 200 }
    );
  });

  it('property: any swap of two lines is caught at the first as reordered', () => {
    fc.assert(
      fc.property(arbLog, fc.nat(), fc.nat(), (l, a, b) => {
        const lines = linesOf(l.text);
        const i = a % lines.length;
        const j = b % lines.length;
        fc.pre(i !== j);
        const [x, y] = [Math.min(i, j), Math.max(i, j)];
        [lines[x], lines[y]] = [lines[y] ?? '', lines[x] ?? ''];
        expect(verifyAuditChain(join(lines), l)).toMatchObject({
          ok: false,
          line: x + 1,
          reason: 'reordered'
        });
      }),
      { numRuns: 200 }
    );
  });

  it('property: an intact log of any events verifies against its head', () => {
    fc.assert(
      fc.property(arbLog, (l) => {
        expect(verifyAuditChain(l.text, l)).toEqual({ ok: true, lines: l.lines, head: l.head });
      })
    );
  });
});

describe('checkEvents', () => {
  it('names every bad field of every event at once', () => {
    const bad = [
      event('plan', 1),
      { ...event('plan', 2), kind: 'deploy', time: 'yesterday' },
      { ...event('plan', 3), actor: '' }
    ];
    expect(() => checkEvents(bad)).toThrow(AuditEventError);
    expect(() => checkEvents(bad)).toThrow(
      /event 2: kind: kind: one of plan.*\n.*event 2: time: time: an ISO 8601[^\n]*\n.*event 3: actor/s
    );
  });
});

describe('the Audit-Head trailer', () => {
  it('reads back what it records', () => {
    const head = { lines: 12, head: 'f'.repeat(64) };
    expect(parseHeadTrailer(`audit: plan\n\n${headTrailer(head)}\n`)).toEqual(head);
    expect(parseHeadTrailer('hand edit\n')).toBeUndefined();
  });
});
