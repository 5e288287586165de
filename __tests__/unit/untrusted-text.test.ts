import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { consoleLog, neutralizeCommands } from '../../src/common/log.js';
import { redactUrlCredentials } from '../../src/common/secrets.js';
import { untrustedMarkdown } from '../../src/markdown/escape.js';
import { codeCell, inlineCode, tableCell } from '../../src/markdown/budget.js';
import { renderPlanSummary } from '../../src/terraform/summary.js';
import { renderPolicySummary } from '../../src/policy/summary.js';
import type { PlanSummary } from '../../src/terraform/plan.js';

/** Every workflow command the runner knows, in both syntaxes. */
const COMMANDS = [
  'error',
  'warning',
  'notice',
  'debug',
  'add-mask',
  'set-output name=x',
  'set-env name=X',
  'add-path',
  'save-state name=s',
  'group',
  'endgroup',
  'stop-commands',
  'echo',
  'add-matcher',
  'remove-matcher owner=x'
];

/** True when a runner would act on some line of `text`. */
function formsCommand(text: string): boolean {
  return text
    .split(/\r\n|\r|\n/)
    .some((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

describe('neutralizeCommands: no workflow command formed from data', () => {
  it.each(COMMANDS.flatMap((c) => [`::${c}::boom`, `  ::${c}::boom`, `##[${c}]boom`]))(
    'keeps %s from reaching column 0, at the start and after LF, CR and CRLF',
    (command) => {
      for (const text of [command, `ok\n${command}`, `ok\r${command}`, `ok\r\n${command}`]) {
        const safe = neutralizeCommands(text);
        expect(formsCommand(safe)).toBe(false);
        expect(safe).toContain('boom');
      }
    }
  );

  it('leaves ordinary lines as they are', () => {
    expect(neutralizeCommands('Plan: 1 to add\n  # aws_s3_bucket.b will be created')).toBe(
      'Plan: 1 to add\n  # aws_s3_bucket.b will be created'
    );
  });

  it('holds for any text with commands spliced in (property)', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(...COMMANDS.map((c) => `::${c}::`), '##[', '\n', '\r', '\r\n', ' ', '\t')
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(formsCommand(neutralizeCommands(pieces.join('')))).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  it('is what the terminal log prints: a value with a newline and ::error is not a command', () => {
    const written: string[] = [];
    const log = consoleLog({
      write: (s: string) => written.push(s)
    } as unknown as NodeJS.WritableStream);
    log.info('fact value: x\n::error title=pwned::injected\n::add-mask::nothing');
    expect(formsCommand(written.join(''))).toBe(false);
  });
});

/** Decodes what the escaping wrote back to the text it shows (entities, backslashes, ZWSP). */
function shown(markdown: string): string {
  return markdown
    .replace(/\\([|\\[\]])/g, '$1')
    .replace(/@&#8203;/g, '@')
    .replace(/&#96;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        '`',
        '``',
        '```',
        '</details>',
        '<summary>',
        '<img src=x onerror=alert(1)>',
        '@octocat',
        '@acme/admins',
        '|',
        '\\',
        '[x](https://evil.example)',
        '![i](https://evil.example/p.png)',
        '\n',
        '\r\n',
        '&amp;',
        'a',
        ' '
      ),
      { maxLength: 10 }
    )
    .map((parts) => parts.join(''))
);

describe('untrustedMarkdown: one escaping function for comments and summaries', () => {
  it('as text: no raw HTML, code span, link, pipe, line break or mention; the text still shows', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = untrustedMarkdown(text, 'text');
        expect(out).not.toMatch(/[<>`\r\n\u2028\u2029]/);
        // Every pipe, bracket and backslash escaped; every at sign followed by a zero-width space.
        expect(out.replace(/\\[|\\[\]]/g, '')).not.toMatch(/[|\\[\]]/);
        expect(out).not.toMatch(/@(?!&#8203;)/);
        // The text shows as it was (credentials of URLs hidden, line breaks as spaces).
        expect(shown(out)).toBe(
          redactUrlCredentials(text).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        );
      }),
      { numRuns: 1000 }
    );
  });

  it('as code: one span whose fence no run of backticks inside can close early, on one line', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = untrustedMarkdown(text, 'code');
        expect(out).not.toMatch(/[\r\n]/);
        const fence = /^`+/.exec(out)?.[0] ?? '';
        expect(out.endsWith(fence)).toBe(true);
        const inner = out.slice(fence.length, out.length - fence.length);
        const runs = [...inner.matchAll(/`+/g)].map((m) => m[0].length);
        // No run inside is as long as the fence: CommonMark cannot end the span early.
        expect(runs.every((r) => r !== fence.length)).toBe(true);
        expect(runs.every((r) => r < fence.length)).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it('as a table cell: no unescaped pipe splits the row', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const cell of [tableCell(text), codeCell(text)]) {
          expect(cell.replace(/\\\\/g, '').replace(/\\\|/g, '')).not.toContain('|');
          expect(cell).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 500 }
    );
  });

  it.each([
    ['aws_s3_bucket.b["`x`"]', '``aws_s3_bucket.b["`x`"]``'],
    ['`edge`', '`` `edge` ``'],
    ['a``b', '```a``b```'],
    ['x\n</details>\n@admins', '`x </details> @admins`']
  ])('renders %j as inline code %s', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
  });

  it('hides a URL credential wherever it is rendered', () => {
    expect(untrustedMarkdown('http://user:hunter2@db.example:5432/x')).not.toContain('hunter2');
    expect(inlineCode('https://user:hunter2@argocd.example')).toBe(
      '`https://user:***@argocd.example`'
    );
  });
});

describe('rendered fields (regression of issue 12, class 3)', () => {
  const address = 'terraform_data.x["`</details><img src=x onerror=alert(1)>` @acme/admins"]';
  const summary: PlanSummary = {
    hasChanges: true,
    add: 1,
    change: 0,
    destroy: 0,
    replace: 0,
    forget: 0,
    engineVersion: '1.10.0',
    resources: [{ address, action: 'create', type: 'terraform_data' }],
    outputs: [{ name: '@octocat</details>', action: 'create' }]
  } as unknown as PlanSummary;

  it('keeps a hostile resource address and output name from closing the section or mentioning', () => {
    const text = renderPlanSummary({
      stack: 'stack`</details>',
      engine: 'tofu',
      summary,
      planId: 'p',
      planSha256: 's',
      planTextPath: '/t'
    });
    // Outside code spans nothing is markup: strip the spans and look at what is left.
    const outsideCode = text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    expect(outsideCode).not.toMatch(/<\/?details|<img|@acme|@octocat/);
    for (const line of text.split('\n')) expect(line.startsWith('</details>')).toBe(false);
  });

  it('escapes a hostile policy message and rule outside code', () => {
    const text = renderPolicySummary(
      {
        result: 'failed',
        violations: [
          {
            rule: 'r`</details>',
            severity: 'error',
            address,
            message: '<b>@acme/admins</b> | [click](https://evil.example)'
          }
        ]
      },
      10_000
    );
    const outsideCode = text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    expect(outsideCode).not.toMatch(/<b>|<\/?details|@acme|(?<!\\)\]\(/);
  });
});
