export const id = 758;
export const ids = [758];
export const modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderBootstrapSummary: () => (/* binding */ renderBootstrapSummary),
  renderTeardownSummary: () => (/* binding */ renderTeardownSummary)
});

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(6233);
;// CONCATENATED MODULE: ./src/markdown/escape.ts

/**
 * The one way untrusted text (addresses, keys, names, messages, values from the engine, a fact, a
 * check, Argo CD or a scanner) enters a comment or a step summary. Markup in it is shown, never
 * acted on: no raw HTML (`</details>` cannot close the section it sits in), no code span closed
 * early, no emphasis, link or image, no table cell split, no `@mention` that notifies anyone, no
 * line break that starts a new block, no credential of a URL (`user:***@host`).
 */
/**
 * What each character that could turn text into markup becomes: HTML's own as character
 * references, the backtick too (no code span opened), brackets and backslashes escaped (no link or
 * image), pipes escaped as GitHub's tables require, and a zero-width space after an at sign, so
 * `@name` shows but never mentions or pings a team.
 */
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '`': '&#96;',
    '|': '\\|',
    '\\': '\\\\',
    '[': '\\[',
    ']': '\\]',
    '@': '@&#8203;'
};
const SPECIAL = /[&<>`|\\[\]@]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
/**
 * Renders untrusted text for Markdown: as `text` (markup characters escaped, line breaks folded to
 * spaces), as `code` (a code span whose fence is longer than any run of
 * backticks inside, so it cannot be closed early), or as `code-cell` (a code span inside a table
 * cell: its pipes escaped as GitHub's tables require).
 */
function escape_untrustedMarkdown(text, as = 'text') {
    const oneLine = (0,secrets/* redactUrlCredentials */.dE)(text).replace(LINE_BREAK, ' ');
    if (as === 'text')
        return oneLine.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
    const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space each side when both are there: pad so the text shows as it is.
    const pad = oneLine.startsWith('`') ||
        oneLine.endsWith('`') ||
        (oneLine.startsWith(' ') && oneLine.endsWith(' ') && oneLine.trim() !== '')
        ? ' '
        : '';
    const body = as === 'code-cell' ? oneLine.replace(/\\/g, '\\\\').replace(/\|/g, '\\|') : oneLine;
    return `${fence}${pad}${body}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/markdown/budget.ts

/** GitHub's limit on one step's summary: 1 MiB. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** A cell of a Markdown table holding untrusted text: every piece of markup in it shown as text. */
function tableCell(text) {
    return escape_untrustedMarkdown(text, 'text');
}
/** Inline code that cannot be closed early by backticks inside the text, nor span lines. */
function inlineCode(text) {
    return escape_untrustedMarkdown(text, 'code');
}
/** Inline code in a table cell: as inlineCode, its pipes escaped so the row keeps its cells. */
function codeCell(text) {
    return untrustedMarkdown(text, 'code-cell');
}
/**
 * Lays out a document within a byte budget: the head always stays, rows are added in order while
 * they fit, and when some do not, a line says how many were left out and where the rest is.
 */
function fitRows(options) {
    const { head, rows, tail, limitBytes } = options;
    const all = head + rows.join('') + tail;
    if (byteLength(all) <= limitBytes)
        return { text: all, shown: rows.length, omitted: 0 };
    // Reserve room for the longest possible notice (every row omitted).
    const reserve = byteLength(options.omitted(rows.length)) + byteLength(tail);
    let used = byteLength(head) + reserve;
    let shown = 0;
    for (const row of rows) {
        const size = byteLength(row);
        if (used + size > limitBytes)
            break;
        used += size;
        shown++;
    }
    const omitted = rows.length - shown;
    return {
        text: head + rows.slice(0, shown).join('') + options.omitted(omitted) + tail,
        shown,
        omitted
    };
}
/** GitHub's limit on the body of an issue or pull request comment: 65,536 characters. */
const COMMENT_LIMIT_CHARS = 65_536;
/**
 * The last guard of a budget: text within `limitBytes` is returned as it is; longer text is cut at
 * a line boundary and ends with the notice, so nothing is ever dropped without saying so. Bytes
 * are counted, so the result also holds in characters.
 */
function clampText(text, limitBytes, notice) {
    if (byteLength(text) <= limitBytes)
        return text;
    const room = limitBytes - byteLength(notice);
    let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
    // A multi-byte character cut in half decodes as U+FFFD: drop it, then back to a line end.
    cut = cut.replace(/\uFFFD$/, '');
    const lineEnd = cut.lastIndexOf('\n');
    return (lineEnd > 0 ? cut.slice(0, lineEnd + 1) : cut) + notice;
}

;// CONCATENATED MODULE: ./src/bootstrap/summary.ts

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const OUTCOMES = ['created', 'configured', 'unchanged'];
/**
 * The bootstrap's step summary: counts by outcome, the Argo CD version, what the API server
 * refused (kind, name, its message), the root objects no longer rendered and whether they were
 * pruned, then every object applied (cut to the summary's limit). Nothing in it comes from the
 * kubeconfig but the server's URL.
 */
function renderBootstrapSummary(result, limitBytes = STEP_SUMMARY_LIMIT_BYTES) {
    const count = (o) => result.applied.filter((a) => a.outcome === o).length;
    const ok = result.failure === undefined;
    const head = [
        `### gitops-bootstrap: Argo CD ${inlineCode(result.argocdVersion)} ${ok ? '✅' : '❌'} ${ok ? 'bootstrapped' : 'failed'}`,
        '',
        `API server ${result.server} (${result.serverVersion})`,
        ''
    ];
    if (!ok)
        head.push(`**${tableCell(result.failure ?? '')}**`, '');
    head.push('| created | configured | unchanged | pruned | refused |', '| --- | --- | --- | --- | --- |', `| ${count('created')} | ${count('configured')} | ${count('unchanged')} | ${result.pruned.length} | ${result.refused.length} |`, '');
    if (result.refused.length > 0) {
        head.push('#### Refused by the API server', '', '| kind | name | message |', '| --- | --- | --- |');
        for (const r of result.refused)
            head.push(`| ${tableCell(r.kind)} | ${inlineCode(r.namespace === undefined ? r.name : `${r.namespace}/${r.name}`)} | ${tableCell(r.message)} |`);
        head.push('');
    }
    if (result.stale.length > 0) {
        const pruned = new Set(result.pruned.map((r) => `${r.kind}/${r.name}`));
        head.push('#### No longer rendered', '');
        for (const r of result.stale)
            head.push(`- ${r.kind} ${inlineCode(r.name)}: ${pruned.has(`${r.kind}/${r.name}`) ? 'pruned' : 'kept (set `prune: true` to delete it)'}`);
        head.push('');
    }
    const tail = [
        `CRDs Established after ${seconds(result.crdsEstablishedMs)} · total ${seconds(result.totalMs)}`,
        ''
    ];
    const changed = result.applied.filter((a) => a.outcome !== 'unchanged');
    const rows = [...changed, ...result.applied.filter((a) => a.outcome === 'unchanged')]
        .filter((a) => OUTCOMES.includes(a.outcome))
        .map((a) => `| ${tableCell(a.kind)} | ${inlineCode(a.namespace === undefined ? a.name : `${a.namespace}/${a.name}`)} | ${a.outcome} |\n`);
    return fitRows({
        head: `${head.join('\n')}\n#### Objects applied\n\n| kind | name | outcome |\n| --- | --- | --- |\n`,
        rows,
        tail: `\n${tail.join('\n')}`,
        limitBytes,
        omitted: (left) => `| … | ${left} more objects not shown | |\n`
    }).text;
}
function renderTeardownSummary(result) {
    const ok = result.failure === undefined;
    const lines = [
        `### gitops-bootstrap teardown ${ok ? '✅ done' : '❌ failed'}`,
        '',
        `API server ${result.server}`,
        ''
    ];
    if (!ok)
        lines.push(`**${tableCell(result.failure ?? '')}**`, '');
    lines.push(`Deleted with cascade: ${result.deleted.length === 0 ? 'nothing' : result.deleted.map((r) => `${r.kind} ${inlineCode(r.name)}`).join(', ')}`, '');
    if (result.remaining.length > 0) {
        lines.push('| still there | name | why |', '| --- | --- | --- |');
        for (const b of result.remaining)
            lines.push(`| ${b.kind} | ${inlineCode(`${b.namespace}/${b.name}`)} | ${tableCell(b.why)} |`);
        lines.push('');
    }
    lines.push(`Waited ${seconds(result.waitedMs)}`, '');
    return lines.join('\n');
}


/***/ })

};
