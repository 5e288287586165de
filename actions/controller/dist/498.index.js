export const id = 498;
export const ids = [498];
export const modules = {

/***/ 2498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ControllerRefusedError: () => (/* binding */ ControllerRefusedError),
  DispatchRefusedError: () => (/* reexport */ DispatchRefusedError),
  applyCheck: () => (/* binding */ applyCheck),
  merge: () => (/* binding */ merge),
  propose: () => (/* binding */ propose),
  report: () => (/* binding */ report),
  result: () => (/* binding */ result),
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/hash.ts
var hash = __webpack_require__(6941);
// EXTERNAL MODULE: ./src/common/clock.ts
var common_clock = __webpack_require__(9987);
// EXTERNAL MODULE: ./src/common/strict-text.ts
var strict_text = __webpack_require__(1786);
// EXTERNAL MODULE: ./src/audit/trail.ts + 2 modules
var trail = __webpack_require__(4096);
// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
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
function untrustedMarkdown(text, as = 'text') {
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
const budget_STEP_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** A cell of a Markdown table holding untrusted text: every piece of markup in it shown as text. */
function tableCell(text) {
    return untrustedMarkdown(text, 'text');
}
/** Inline code that cannot be closed early by backticks inside the text, nor span lines. */
function budget_inlineCode(text) {
    return untrustedMarkdown(text, 'code');
}
/** Inline code in a table cell: as inlineCode, its pipes escaped so the row keeps its cells. */
function budget_codeCell(text) {
    return untrustedMarkdown(text, 'code-cell');
}
/**
 * Lays out a document within a byte budget: the head always stays, rows are added in order while
 * they fit, and when some do not, a line says how many were left out and where the rest is.
 */
function budget_fitRows(options) {
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/governance/marker.ts

/**
 * The machine-readable first line of a plan comment: an HTML comment (invisible when rendered)
 * holding JSON. tf-plan writes it; tf-apply reads it back, trusting it only when the comment's
 * author is the token's own identity.
 *
 *   <!-- platform-actions:tf-plan {"v":1,"stack":"…","environment":"…","commit":"<head sha>",
 *        "planId":"…","planSha256":"…","policyResult":"passed","runId":"…"} -->
 */
const MARKER_PREFIX = '<!-- platform-actions:tf-plan ';
const MARKER_SUFFIX = ' -->';
const PlanMarkerSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    stack: schemas/* string */.YjP().min(1),
    environment: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/),
    planId: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    planSha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    policyResult: schemas/* enum */.k5n(['passed', 'failed']),
    runId: schemas/* string */.YjP()
});
/** The marker line. `--` and `>` are escaped inside the JSON so the HTML comment cannot end early. */
function renderMarker(marker) {
    const json = JSON.stringify(marker).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
    return `${MARKER_PREFIX}${json}${MARKER_SUFFIX}`;
}
/** The marker of a comment body, or undefined when its first line is not a valid one. */
function parseMarker(body) {
    const line = body.split('\n', 1)[0]?.trimEnd() ?? '';
    if (!line.startsWith(MARKER_PREFIX) || !line.endsWith(MARKER_SUFFIX))
        return undefined;
    try {
        const parsed = PlanMarkerSchema.safeParse(JSON.parse(line.slice(MARKER_PREFIX.length, line.length - MARKER_SUFFIX.length)));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The plan comment of a stack: the last comment whose marker names the stack AND whose author is
 * `identity`. A marker in anybody else's comment is reported in `forged`, never used.
 */
function findPlanComment(comments, identity, stack) {
    let found;
    const forged = [];
    for (const comment of comments) {
        const marker = parseMarker(comment.body);
        if (marker === undefined || marker.stack !== stack)
            continue;
        if (comment.author !== identity)
            forged.push(comment);
        else
            found = { comment, marker };
    }
    return found === undefined ? { forged } : { found, forged };
}

;// CONCATENATED MODULE: ./src/governance/gate.ts

const MIN_JUSTIFICATION = 20;
const WRITERS = ['write', 'maintain', 'admin'];
/** Review states that set a reviewer's verdict; COMMENTED and PENDING leave it as it was. */
const VERDICT_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'];
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
const gate_short = (sha) => sha.slice(0, 12);
/** The latest verdict of each reviewer (later reviews win; comments do not change a verdict). */
function latestVerdicts(reviews) {
    const ordered = [...reviews]
        .filter((r) => VERDICT_STATES.includes(r.state))
        .sort((a, b) => a.submittedAt === b.submittedAt ? a.id - b.id : a.submittedAt < b.submittedAt ? -1 : 1);
    const latest = new Map();
    for (const r of ordered)
        latest.set(r.user.toLowerCase(), r);
    return latest;
}
/** Reviewers whose latest verdict is an approval: the ones whose role must be read. */
function approvingReviewers(reviews) {
    return [...latestVerdicts(reviews).values()]
        .filter((r) => r.state === 'APPROVED')
        .map((r) => r.user);
}
const OVERRIDE = /^\s*OVERRIDE:([\s\S]*)$/;
/** The override comments among the comments, with their justification. */
function overrideComments(comments) {
    return comments.flatMap((comment) => {
        const match = OVERRIDE.exec(comment.body);
        return match === null ? [] : [{ comment, justification: (match[1] ?? '').trim() }];
    });
}
function isSpecialApprover(user, approvers, teamMembers) {
    if (approvers.users.some((u) => same(u, user)))
        return true;
    return approvers.teams.some((t) => (teamMembers[t] ?? []).includes(user.toLowerCase()));
}
function gate_decideGate(facts) {
    const reasons = [];
    const decision = (gate, extra = {}) => ({
        gate,
        reasons,
        approvals: [],
        ignoredOverrides: [],
        forgedMarkers: [],
        ...extra
    });
    const refuse = (gate, why, extra = {}) => {
        reasons.push(`❌ ${why}`);
        return decision(gate, extra);
    };
    if (facts.eventName === 'pull_request_target') {
        return refuse('pull-request-target', 'The run was triggered by pull_request_target, which runs with the base repository’s ' +
            'secrets on behalf of any pull request: tf-apply never runs there.');
    }
    const gh = facts.github;
    const evaluated = facts.policy;
    if (gh === undefined) {
        if (!facts.requireApproval) {
            reasons.push('⚠️ No pull request was read (none named, or no github-token): approval is not ' +
                'required (require-approval: false), so no approval or override is checked.');
            if (evaluated === undefined)
                return decision('passed');
            const policyCheck = { evaluated };
            if (evaluated.result === 'failed') {
                return refuse('policy-failed', `The policy failed on this plan (${errorRules(evaluated)}); without a pull request no ` +
                    `special approver can override it.`, { policyCheck });
            }
            reasons.push(`✅ The policy passed on this plan${warnings(evaluated)}.`);
            return decision('passed', { policyCheck });
        }
        return refuse('no-pull-request', `The ${facts.eventName || 'unknown'} event carries no pull request and no 'pull-request' ` +
            `input names one: there is no approval to check.`);
    }
    const pr = gh.pullRequest;
    if (facts.inputPullRequest !== undefined && facts.inputPullRequest !== pr.number) {
        return refuse('pull-request-mismatch', `The 'pull-request' input names #${facts.inputPullRequest}, but the event is about ` +
            `#${pr.number}.`);
    }
    if (!same(pr.headRepository, pr.baseRepository)) {
        return refuse('fork', `Pull request #${pr.number} comes from ${pr.headRepository || 'a deleted repository'}, ` +
            `not ${pr.baseRepository}: a fork’s change is never applied.`);
    }
    if (pr.state === 'closed' && !pr.merged) {
        return refuse('pull-request-closed', `Pull request #${pr.number} is closed without merging.`);
    }
    reasons.push(`✅ Pull request #${pr.number} from ${pr.baseRepository}, head ${gate_short(pr.headSha)}.`);
    const { found, forged } = findPlanComment(gh.comments, gh.identity, facts.stack);
    const base = { forgedMarkers: forged };
    if (forged.length > 0) {
        reasons.push(`⚠️ Ignored plan marker(s) for ${facts.stack} written by ` +
            `${[...new Set(forged.map((c) => c.author))].join(', ')}: only ${gh.identity}'s count.`);
    }
    if (found === undefined) {
        return refuse('no-plan-comment', `No plan comment for stack ${facts.stack} by ${gh.identity} on #${pr.number}: run tf-plan ` +
            `with 'github-token' on this pull request first.`, base);
    }
    const marker = found.marker;
    const withComment = { ...base, planComment: found };
    if (marker.commit !== pr.headSha) {
        return refuse('head-moved', `The plan comment is for commit ${gate_short(marker.commit)}, but the head of #${pr.number} is ` +
            `now ${gate_short(pr.headSha)}: plan the new head and have it approved.`, withComment);
    }
    if (marker.environment !== facts.environment) {
        return refuse('environment-mismatch', `The plan comment is for environment '${marker.environment}', this apply for ` +
            `'${facts.environment}'.`, withComment);
    }
    const planId = facts.plan.planId;
    if (marker.planSha256 !== facts.plan.planSha256 ||
        (planId !== undefined && marker.planId !== planId)) {
        return refuse('plan-mismatch', `The plan file is not the plan in the comment: plan-sha256 ${facts.plan.planSha256} vs ` +
            `${marker.planSha256}` +
            (planId === undefined ? '' : `, plan-id ${planId} vs ${marker.planId}`) +
            '.', withComment);
    }
    reasons.push(planId === undefined
        ? `✅ The plan file's sha256 matches the plan comment (${gate_short(marker.planSha256)}) for ` +
            `commit ${gate_short(marker.commit)}; its plan-id is checked once the engine can read it.`
        : `✅ The plan file matches the plan comment (plan-id ${gate_short(marker.planId)}, ` +
            `plan-sha256 ${gate_short(marker.planSha256)}) for commit ${gate_short(marker.commit)}.`);
    const approvals = [];
    if (facts.requireApproval) {
        const notes = [];
        for (const review of latestVerdicts(gh.reviews).values()) {
            const who = review.user;
            if (review.state !== 'APPROVED') {
                if (review.state === 'CHANGES_REQUESTED')
                    notes.push(`${who} requested changes`);
                continue;
            }
            if (review.commitId !== pr.headSha)
                notes.push(`${who} approved ${gate_short(review.commitId)}, not the head ${gate_short(pr.headSha)}`);
            else if (same(who, pr.author))
                notes.push(`${who} is the author`);
            else if (same(who, gh.identity))
                notes.push(`${who} is this token’s own identity`);
            else if (!WRITERS.includes(gh.roles[who] ?? 'none'))
                notes.push(`${who} has ${gh.roles[who] ?? 'no'} access, not write`);
            else
                approvals.push(who);
        }
        if (approvals.length === 0) {
            return refuse('not-approved', `No approving review of the head ${gate_short(pr.headSha)} by someone with write access ` +
                `other than the author${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`, withComment);
        }
        reasons.push(`✅ Approved at ${gate_short(pr.headSha)} by ${approvals.join(', ')}.`);
    }
    else {
        reasons.push('⚠️ Approval not required (require-approval: false).');
    }
    const ignoredOverrides = [];
    let override;
    const planUpdated = found.comment.updatedAt;
    for (const { comment, justification } of overrideComments(gh.comments)) {
        const user = comment.author;
        const ignore = (why, tell) => ignoredOverrides.push({ user, comment, why, tell });
        if (!(comment.createdAt > planUpdated)) {
            ignore('it was written before the current plan comment', false);
        }
        else if (same(user, gh.identity) ||
            !isSpecialApprover(user, facts.specialApprovers, gh.teamMembers)) {
            ignore(`${user} is not a special approver`, true);
        }
        else if (justification.length < MIN_JUSTIFICATION) {
            ignore(`the justification is shorter than ${MIN_JUSTIFICATION} characters`, true);
        }
        else {
            override = { user, justification, comment };
        }
    }
    const recorded = marker.policyResult;
    const policyCheck = { recorded, ...(evaluated === undefined ? {} : { evaluated }) };
    if (evaluated !== undefined && evaluated.result !== recorded) {
        policyCheck.disagreement = recorded === 'passed' ? 'forged' : 'stale';
        reasons.push(policyCheck.disagreement === 'forged'
            ? `⚠️ Forged or stale verdict: the plan comment records the policy as passed, but the ` +
                `policy evaluated on this plan failed (${errorRules(evaluated)}). The comment's ` +
                `verdict is not trusted.`
            : `⚠️ Stale verdict: the plan comment records the policy as failed, but the policy ` +
                `evaluated on this plan passed (the policy or its settings changed since the plan).`);
    }
    const result = { ...withComment, approvals, ignoredOverrides, policyCheck };
    const verdict = evaluated?.result ?? recorded;
    if (verdict === 'passed') {
        reasons.push(evaluated === undefined
            ? '✅ The plan comment records the policy as passed; the policy is evaluated on the plan ' +
                'itself once the engine can read it.'
            : `✅ The policy passed on this plan${warnings(evaluated)}.`);
        return decision('passed', { ...result, ignoredOverrides: [] });
    }
    if (override === undefined) {
        return refuse('policy-failed', (policyCheck.disagreement === 'forged'
            ? `The policy failed on this plan although the plan comment says passed (a forged or ` +
                `stale verdict), and no special approver `
            : `The policy failed and no special approver `) +
            `has commented \`OVERRIDE: <justification>\` (at least ${MIN_JUSTIFICATION} characters) ` +
            `since the plan comment was last updated.`, result);
    }
    reasons.push(`⚠️ The policy failed${evaluated === undefined ? '' : ` on this plan (${errorRules(evaluated)})`}; ` +
        `overridden for plan-id ${gate_short(marker.planId)} by ${override.user}: “${override.justification}”.`);
    return decision('passed', { ...result, override });
}
/** The rules a failed verdict broke, for a reason line. */
function errorRules(policy) {
    const rules = [
        ...new Set(policy.violations.filter((v) => v.severity === 'error').map((v) => v.rule))
    ];
    return rules.length === 0 ? 'no rule named' : rules.join(', ');
}
function warnings(policy) {
    const count = policy.violations.filter((v) => v.severity === 'warning').length;
    return count === 0 ? '' : ` (${count} warning${count === 1 ? '' : 's'})`;
}

;// CONCATENATED MODULE: ./src/governance/labels.ts
/** The policy labels: for people reading the pull request list. No gate reads them. */
const POLICY_LABELS = {
    passed: {
        name: 'opa-passed',
        color: '0e8a16',
        description: 'The plan passed the policy (informational: the apply gate never reads labels)'
    },
    failed: {
        name: 'opa-failed',
        color: 'b60205',
        description: 'The plan broke the policy (informational: the apply gate never reads labels)'
    },
    override: {
        name: 'opa-override',
        color: 'fbca04',
        description: 'A special approver overrode the policy; the justification is in the thread'
    }
};
/** The labels a pull request should carry for a verdict: exactly one of the three. */
function labelChanges(current, wanted) {
    const want = POLICY_LABELS[wanted].name;
    const all = Object.values(POLICY_LABELS).map((l) => l.name);
    return {
        add: current.includes(want) ? [] : [want],
        remove: current.filter((name) => all.includes(name) && name !== want)
    };
}
/** Creates the three labels if missing, then puts exactly `wanted` on the pull request. */
async function labels_applyPolicyLabel(github, number, wanted, log) {
    const existing = await github.repositoryLabels();
    for (const spec of Object.values(POLICY_LABELS)) {
        if (!existing.includes(spec.name)) {
            log.info(`Creating label ${spec.name}`);
            await github.createLabel(spec);
        }
    }
    const changes = labelChanges(await github.issueLabels(number), wanted);
    for (const name of changes.remove)
        await github.removeLabel(number, name);
    if (changes.add.length > 0)
        await github.addLabels(number, changes.add);
    log.info(`Label of #${number}: ${POLICY_LABELS[wanted].name}`);
}

;// CONCATENATED MODULE: ./src/governance/apply-gate.ts




/** Reads, through the API, every fact the gate decides on. */
async function gatherGithubFacts(github, number, approvers) {
    const [identity, pullRequest, comments, reviews] = await Promise.all([
        github.identity(),
        github.pullRequest(number),
        github.comments(number),
        github.reviews(number)
    ]);
    const roles = {};
    for (const user of approvingReviewers(reviews))
        roles[user] = await github.role(user);
    const listed = new Set(approvers.users.map((u) => u.toLowerCase()));
    const candidates = [
        ...new Set(overrideComments(comments)
            .map((o) => o.comment.author)
            .filter((u) => !listed.has(u.toLowerCase())))
    ];
    const teamMembers = {};
    for (const team of approvers.teams) {
        const [org = '', slug = ''] = team.split('/');
        teamMembers[team] = [];
        for (const user of candidates) {
            if (await github.isTeamMember(org, slug, user))
                teamMembers[team].push(user.toLowerCase());
        }
    }
    return { identity, pullRequest, comments, reviews, roles, teamMembers };
}
const OVERRIDE_REPLY_PREFIX = '<!-- platform-actions:override-ignored ';
/**
 * What follows a decision on the pull request: an override is labelled, and each override from
 * someone who may not give one gets one reply naming the user and why (never twice).
 */
async function announceGateDecision(github, number, decision, log) {
    if (decision.override !== undefined) {
        await applyPolicyLabel(github, number, 'override', log);
    }
    const tell = decision.ignoredOverrides.filter((o) => o.tell);
    if (tell.length === 0)
        return;
    const identity = await github.identity();
    const replied = new Set((await github.comments(number))
        .filter((c) => c.author === identity && c.body.startsWith(OVERRIDE_REPLY_PREFIX))
        .map((c) => /"comment":(\d+)/.exec(c.body)?.[1]));
    for (const ignored of tell) {
        if (replied.has(String(ignored.comment.id)))
            continue;
        await github.createComment(number, `${OVERRIDE_REPLY_PREFIX}{"comment":${ignored.comment.id}} -->\n` +
            `@${ignored.user}: your [override](${ignored.comment.url}) is ignored: ${ignored.why}. ` +
            `Only the special approvers configured for tf-apply can override a failed policy, with ` +
            `\`OVERRIDE: <justification of at least 20 characters>\` after the latest plan comment.`);
        log.info(`Told the thread that ${ignored.user}'s override is ignored: ${ignored.why}`);
    }
}
/**
 * The GitHub connection as the plan comment's author sees it: `identity()` is the trusted
 * commenter when one is named (a GitHub App's token cannot read its own login, and posts as
 * `<app-slug>[bot]`), else the token's own identity.
 */
function asCommenter(github, trustedCommenter) {
    if (trustedCommenter === undefined)
        return github;
    const identity = () => Promise.resolve(trustedCommenter);
    return new Proxy(github, {
        get: (target, property) => {
            if (property === 'identity')
                return identity;
            const value = Reflect.get(target, property);
            return typeof value === 'function' ? value.bind(target) : value;
        }
    });
}
class GateRefusedError extends errors/* ActionError */.lZ {
    decision;
    constructor(decision) {
        super(`The apply gate refused (${decision.gate}): ` +
            `${(decision.reasons.at(-1) ?? '').replace(/^❌ /, '')} Nothing was applied.`);
        this.decision = decision;
    }
}
/**
 * The first decision, before the engine runs: the event, the pull request, the plan comment, the
 * plan file's sha256, the approval and the policy, all read from GitHub now.
 */
async function openGate(settings, event, planSha256, connect) {
    const number = event.pullRequest ?? settings.pullRequest;
    const facts = {
        eventName: event.eventName,
        requireApproval: settings.requireApproval,
        stack: settings.stack,
        environment: settings.environment,
        plan: { planSha256 },
        ...(settings.pullRequest === undefined ? {} : { inputPullRequest: settings.pullRequest }),
        specialApprovers: settings.specialApprovers
    };
    // Nothing to read when the event alone decides, when there is no pull request, or (approval
    // not required) when there is no token to read with.
    if (event.eventName === 'pull_request_target' || number === undefined || settings.token === '') {
        return { facts, decision: decideGate(facts) };
    }
    const github = asCommenter(await connect(), settings.trustedCommenter);
    const withGithub = {
        ...facts,
        github: await gatherGithubFacts(github, number, settings.specialApprovers)
    };
    return { facts: withGithub, decision: decideGate(withGithub), github, number };
}
/** The gate for a person: the verdict, each rule checked, the override and what was ignored. */
function renderGateSummary(decision) {
    const head = decision.gate === 'passed'
        ? '### Apply gate: ✅ passed\n\n'
        : `### Apply gate: ❌ refused (${inlineCode(decision.gate)})\n\n` +
            'Nothing was applied; the state is as it was.\n\n';
    const lines = decision.reasons.map((r) => `- ${r}\n`).join('');
    const o = decision.override;
    const override = o === undefined
        ? ''
        : `\n**Policy override** by ${o.user} ([comment](${o.comment.url})): ` +
            `${o.justification.replace(/\s+/g, ' ')}\n`;
    const ignored = decision.ignoredOverrides
        .map((i) => `- Ignored [override](${i.comment.url}) by ${i.user}: ${i.why}\n`)
        .join('');
    return head + lines + override + policyTable(decision) + (ignored === '' ? '' : `\n${ignored}`);
}
/** The comment's recorded verdict beside the one evaluated on the plan, for people to compare. */
function policyTable(decision) {
    const check = decision.policyCheck;
    if (check?.evaluated === undefined)
        return '';
    const mark = (result) => result === undefined ? '—' : result === 'passed' ? '✅ passed' : '❌ failed';
    const rules = check.evaluated.violations
        .filter((v) => v.severity === 'error')
        .map((v) => `${inlineCode(v.rule)} ${inlineCode(v.address)}`);
    const agreement = check.disagreement === undefined
        ? check.recorded === undefined
            ? ''
            : 'They agree.\n'
        : check.disagreement === 'forged'
            ? '**Forged or stale verdict**: the plan comment says passed for a plan that violates ' +
                'the policy; only the evaluation on the plan counts.\n'
            : '**Stale verdict**: the plan comment says failed; the policy or its settings changed ' +
                'since the plan.\n';
    return ('\n| policy verdict | result |\n| --- | --- |\n' +
        `| recorded in the plan comment | ${mark(check.recorded)} |\n` +
        `| evaluated by tf-apply on this plan | ${mark(check.evaluated.result)} |\n\n` +
        (rules.length === 0 ? '' : `Errors: ${rules.slice(0, 20).join(', ')}\n\n`) +
        agreement);
}


;// CONCATENATED MODULE: ./src/policy/summary.ts

/** The policy verdict for a step summary or comment: verdict first, then one row a violation. */
function renderPolicySummary(decision, limitBytes) {
    const errors = decision.violations.filter((v) => v.severity === 'error').length;
    const warnings = decision.violations.length - errors;
    const head = `#### Policy: ${decision.result === 'passed' ? '✅ passed' : '❌ failed'}\n\n` +
        (decision.violations.length === 0
            ? 'No violations.\n'
            : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n\n` +
                '| severity | rule | address | message |\n| --- | --- | --- | --- |\n');
    const rows = decision.violations.map((v) => `| ${v.severity} | ${budget_inlineCode(v.rule)} | ${budget_codeCell(v.address)} | ${tableCell(v.message)} |\n`);
    return budget_fitRows({
        head,
        rows,
        tail: '\n',
        limitBytes,
        omitted: (count) => `\n_${count} more violations not shown; all are in the \`policy-violations\` output._\n`
    }).text;
}

;// CONCATENATED MODULE: ./src/terraform/summary.ts

const ACTION_LABEL = {
    create: '➕ create',
    update: '🔄 update',
    delete: '🗑️ delete',
    replace: '♻️ replace',
    read: '📖 read',
    forget: '🫥 forget',
    'no-op': 'no-op'
};
const CHANGE_TABLE_HEAD = '| address | action |\n| --- | --- |\n';
/** One Markdown table row a resource or output change: address and action, never a value. */
function planChangeRows(s) {
    return [
        ...s.resources.map((r) => `| ${budget_codeCell(r.address)} | ${ACTION_LABEL[r.action]}${r.reason === undefined ? '' : ` (${tableCell(r.reason)})`} |\n`),
        ...s.outputs.map((o) => `| output ${budget_codeCell(o.name)} | ${ACTION_LABEL[o.action]} |\n`)
    ];
}
/** The counts line of a plan, as the engine words it. */
function planCounts(s) {
    return s.hasChanges
        ? `**${s.add} to add, ${s.change} to change, ${s.destroy} to destroy**` +
            (s.replace > 0 ? ` (${s.replace} replaced)` : '') +
            (s.forget > 0 ? `, ${s.forget} to forget` : '')
        : '**No changes.** The infrastructure matches the configuration.';
}
/**
 * The step summary of a plan: counts and identities first, then one row a resource change. Values
 * never appear, only addresses and actions, so nothing sensitive can. Past the size limit the rows
 * are cut with a line that says how many and where the full plan text is.
 */
function renderPlanSummary(view) {
    const s = view.summary;
    const head = `### Plan for ${inlineCode(view.stack)}\n\n` +
        `${planCounts(s)}\n\n` +
        `| engine | plan-id | plan-sha256 |\n| --- | --- | --- |\n` +
        `| ${view.engine} ${s.engineVersion} | ${inlineCode(view.planId)} | ${inlineCode(view.planSha256)} |\n\n`;
    const rows = planChangeRows(s);
    const tableHead = rows.length === 0 ? '' : CHANGE_TABLE_HEAD;
    return fitRows({
        head: head + tableHead,
        rows,
        tail: '',
        limitBytes: view.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES,
        omitted: (count) => `\n_${count} more change${count === 1 ? '' : 's'} not shown: the step summary is limited to ` +
            `1 MiB. The full plan text is in ${inlineCode(view.planTextPath)} (upload it as an artifact to keep it)._\n`
    }).text;
}
const VALUE_PREVIEW = 200;
/** The step summary of an apply: what was applied and its outputs, sensitive ones redacted. */
function renderApplySummary(view) {
    const names = Object.keys(view.outputs).sort();
    const head = `### Applied ${inlineCode(view.stack)}\n\n` +
        `Plan ${inlineCode(view.planSha256)} applied. Outputs are in ${inlineCode(view.outputsPath)}.\n\n` +
        (names.length === 0 ? '' : '| output | value |\n| --- | --- |\n');
    const rows = names.map((name) => {
        const json = JSON.stringify(view.outputs[name]) ?? 'null';
        const preview = json.length > VALUE_PREVIEW ? `${json.slice(0, VALUE_PREVIEW)}…` : json;
        return `| ${codeCell(name)} | ${codeCell(preview)} |\n`;
    });
    return fitRows({
        head,
        rows,
        tail: '',
        limitBytes: view.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES,
        omitted: (count) => `\n_${count} more outputs not shown; all are in ${inlineCode(view.outputsPath)}._\n`
    }).text;
}

;// CONCATENATED MODULE: ./src/governance/comment.ts




/** The share of the comment the policy violations may take; the resource changes get the rest. */
const POLICY_SHARE = 0.25;
/**
 * The sticky plan comment of one stack: the marker, then what a reviewer decides on (environment,
 * counts, identities, policy verdict and violations), then the resource changes folded in a
 * `<details>` section. The summary always stays; the changes are cut to fit GitHub's limit with a
 * line saying how many were left out and linking the run, whose summary lists them all. Only
 * addresses and actions appear, never a value, so nothing sensitive can.
 */
function renderPlanComment(view) {
    const limit = view.limit ?? COMMENT_LIMIT_CHARS;
    const m = view.marker;
    const s = view.summary;
    const verdict = m.policyResult === 'passed' ? '✅ policy passed' : '❌ policy failed';
    const run = `[run ${m.runId}](${view.runUrl})`;
    const head = `${renderMarker(m)}\n` +
        `### Plan for ${budget_inlineCode(m.stack)}: ${verdict}\n\n` +
        '| environment | target branch | commit | run |\n| --- | --- | --- | --- |\n' +
        `| ${m.environment === '' ? '(none)' : budget_codeCell(m.environment)} | ` +
        `${budget_codeCell(view.targetBranch)} | ${budget_inlineCode(m.commit.slice(0, 12))} | ${run} |\n\n` +
        `${planCounts(s)}\n\n` +
        '| engine | plan-id | plan-sha256 |\n| --- | --- | --- |\n' +
        `| ${view.engine} ${s.engineVersion} | ${budget_inlineCode(m.planId)} | ${budget_inlineCode(m.planSha256)} |\n\n`;
    const policy = renderPolicySummary(view.policy, Math.floor(limit * POLICY_SHARE));
    const footer = `\n_tf-apply applies exactly this plan, and only after an approving review of commit ` +
        `${budget_inlineCode(m.commit.slice(0, 12))} by someone with write access other than the author, ` +
        `with the policy passed or overridden by a special approver's \`OVERRIDE: <justification>\` ` +
        `comment. A new push needs a new plan and a new approval. Labels are for people; the gate ` +
        `never reads them._\n`;
    const rows = planChangeRows(s);
    let details = '';
    if (rows.length > 0) {
        const fixed = byteLength(head) + byteLength(policy) + byteLength(footer);
        details = budget_fitRows({
            head: `<details><summary>Resource changes (${rows.length})</summary>\n\n` + CHANGE_TABLE_HEAD,
            rows,
            tail: '\n</details>\n',
            limitBytes: limit - fixed,
            omitted: (count) => `\n_${count} more change${count === 1 ? '' : 's'} not shown: a comment is limited to ` +
                `${COMMENT_LIMIT_CHARS.toLocaleString('en-US')} characters. All are listed in the ` +
                `[run's summary](${view.runUrl})._\n`
        }).text;
    }
    return clampText(head + policy + details + footer, limit, `\n_The rest of this comment did not fit GitHub's limit: see the [run's summary](${view.runUrl})._\n`);
}

// EXTERNAL MODULE: ./src/common/retry.ts
var retry = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/governance/sticky.ts



const CREATE_ATTEMPTS = 3;
/**
 * Writes the plan comment of a stack: the existing one (found by its marker and its author being
 * the token's identity) is edited in place, else one is created. A create that fails without a
 * clear answer (5xx, timeout) may still have happened, so before trying again the comments are
 * read back and a comment that landed is edited instead: a retry never posts twice.
 */
async function upsertPlanComment(github, number, stack, body, log, clock = common_clock/* systemClock */.m) {
    const identity = await github.identity();
    const existing = async () => findPlanComment(await github.comments(number), identity, stack);
    let lookup = await existing();
    for (const forged of lookup.forged) {
        log.warning(`Comment ${forged.url} by ${forged.author} carries a plan marker for stack ${stack}; ` +
            `it is not from ${identity} and is ignored`);
    }
    let creating = false;
    return (0,retry/* retry */.L)(async (attempt) => {
        if (attempt > 1)
            lookup = await existing();
        if (lookup.found !== undefined) {
            creating = false;
            const comment = await github.updateComment(lookup.found.comment.id, body);
            log.info(`Updated the plan comment ${comment.url}`);
            return { comment, created: false };
        }
        creating = true;
        const comment = await github.createComment(number, body);
        log.info(`Posted the plan comment ${comment.url}`);
        return { comment, created: true };
    }, {
        attempts: CREATE_ATTEMPTS,
        // Only a create without a clear answer is tried again, after reading back what landed.
        retryable: (error) => {
            const status = error.status;
            return creating && (status === undefined || status >= 500);
        },
        delayMs: (attempt) => 1000 * attempt,
        onRetry: (error, attempt) => log.warning(`Posting the plan comment failed (${error.message}); checking whether it ` +
            `landed before trying again (${attempt} of ${CREATE_ATTEMPTS})`),
        clock
    });
}

;// CONCATENATED MODULE: ./src/governance/plan-comment.ts



/** Writes (or rewrites) the stack's plan comment on the pull request and sets its policy label. */
async function publishPlanComment(github, plan, log) {
    const headSha = plan.headSha ?? (await github.pullRequest(plan.number)).headSha;
    const marker = {
        v: 1,
        stack: plan.stack,
        environment: plan.environment,
        commit: headSha,
        planId: plan.planId,
        planSha256: plan.planSha256,
        policyResult: plan.policy.result,
        runId: plan.runId
    };
    const body = renderPlanComment({
        marker,
        engine: plan.engine,
        targetBranch: plan.targetBranch,
        summary: plan.summary,
        policy: plan.policy,
        runUrl: plan.runUrl
    });
    const { comment, created } = await upsertPlanComment(github, plan.number, plan.stack, body, log);
    await labels_applyPolicyLabel(github, plan.number, plan.policy.result, log);
    return {
        url: comment.url,
        author: comment.author,
        created,
        length: body.length,
        commit: headSha
    };
}

;// CONCATENATED MODULE: ./src/terraform/plan.ts


/** The engine's action lists, as `show -json` writes them. */
const ActionSchema = schemas/* enum */.k5n(['no-op', 'create', 'read', 'update', 'delete', 'forget', 'open']);
const ChangeSchema = schemas/* looseObject */._H3({
    actions: schemas/* array */.YOg(ActionSchema).min(1),
    before: schemas/* unknown */.L5J().optional(),
    after: schemas/* unknown */.L5J().optional(),
    after_unknown: schemas/* unknown */.L5J().optional(),
    before_sensitive: schemas/* unknown */.L5J().optional(),
    after_sensitive: schemas/* unknown */.L5J().optional(),
    replace_paths: schemas/* unknown */.L5J().optional(),
    importing: schemas/* unknown */.L5J().optional()
});
const ResourceChangeSchema = schemas/* looseObject */._H3({
    address: schemas/* string */.YjP().min(1),
    module_address: schemas/* string */.YjP().optional(),
    mode: schemas/* enum */.k5n(['managed', 'data']),
    type: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    index: schemas/* unknown */.L5J().optional(),
    provider_name: schemas/* string */.YjP().optional(),
    action_reason: schemas/* string */.YjP().optional(),
    previous_address: schemas/* string */.YjP().optional(),
    change: ChangeSchema
});
/** The part of the engine's plan JSON (format 1.x) this library relies on; the rest passes through. */
const PlanJsonSchema = schemas/* looseObject */._H3({
    format_version: schemas/* string */.YjP().regex(/^1\./, 'a plan JSON format 1.x'),
    terraform_version: schemas/* string */.YjP(),
    resource_changes: schemas/* array */.YOg(ResourceChangeSchema).optional().default([]),
    output_changes: schemas/* record */.g1P(schemas/* string */.YjP(), ChangeSchema).optional().default({}),
    resource_drift: schemas/* array */.YOg(ResourceChangeSchema).optional(),
    variables: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({ value: schemas/* unknown */.L5J().optional() })).optional(),
    configuration: schemas/* unknown */.L5J().optional(),
    planned_values: schemas/* unknown */.L5J().optional(),
    prior_state: schemas/* unknown */.L5J().optional(),
    errored: schemas/* boolean */.zMY().optional()
});
class PlanJsonError extends Error {
    constructor(source, detail) {
        super(`${source} is not a plan JSON this library understands: ${detail}`);
        this.name = 'PlanJsonError';
    }
}
/** Parses the engine's `show -json` text; the raw value is returned too, for redaction. */
function parsePlanJson(text, source = 'The plan JSON') {
    return parsePlanText(text, source).plan;
}
function parsePlanText(text, source = 'The plan JSON') {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new PlanJsonError(source, error.message);
    }
    return { plan: validatePlanJson(raw, source), raw };
}
function validatePlanJson(raw, source) {
    const result = PlanJsonSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const path = issue?.path.join('.') ?? '';
        throw new PlanJsonError(source, `${path === '' ? '(root)' : path}: ${issue?.message ?? ''}`);
    }
    return result.data;
}
function plannedAction(actions) {
    if (actions.length === 2 && actions.includes('delete') && actions.includes('create'))
        return 'replace';
    const [first] = actions;
    if (first === 'create' ||
        first === 'update' ||
        first === 'delete' ||
        first === 'read' ||
        first === 'forget') {
        return first;
    }
    return 'no-op';
}
function summarizePlan(plan) {
    let add = 0;
    let change = 0;
    let destroy = 0;
    let replace = 0;
    let forget = 0;
    const resources = [];
    for (const rc of plan.resource_changes) {
        const action = plannedAction(rc.change.actions);
        if (action === 'no-op')
            continue;
        if (rc.mode === 'managed') {
            if (action === 'create')
                add++;
            else if (action === 'update')
                change++;
            else if (action === 'delete')
                destroy++;
            else if (action === 'replace') {
                replace++;
                add++;
                destroy++;
            }
            else if (action === 'forget')
                forget++;
        }
        const resource = { address: rc.address, action };
        if (rc.action_reason !== undefined)
            resource.reason = rc.action_reason;
        resources.push(resource);
    }
    resources.sort((a, b) => compare(a.address, b.address));
    const outputs = Object.entries(plan.output_changes)
        .map(([name, oc]) => ({ name, action: plannedAction(oc.actions) }))
        .filter((o) => o.action !== 'no-op')
        .sort((a, b) => compare(a.name, b.name));
    const hasChanges = add + change + destroy + forget > 0 || outputs.length > 0;
    return {
        engineVersion: plan.terraform_version,
        add,
        change,
        destroy,
        replace,
        forget,
        hasChanges,
        resources,
        outputs
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The semantic identity of what a plan will do: a sha256 over a canonical form of its resource and
 * output changes (no-ops left out, keys sorted, volatile top-level fields such as `timestamp` never
 * read), the engine and its version, and the dependency lock file. The same config and state give
 * the same id; anything that changes what would happen changes it.
 */
function computePlanId(plan, engine, lockFile) {
    const changes = plan.resource_changes
        .filter((rc) => plannedAction(rc.change.actions) !== 'no-op')
        .map((rc) => ({
        address: rc.address,
        previous_address: rc.previous_address,
        mode: rc.mode,
        type: rc.type,
        provider_name: rc.provider_name,
        action_reason: rc.action_reason,
        change: {
            actions: rc.change.actions,
            before: rc.change.before,
            after: rc.change.after,
            after_unknown: rc.change.after_unknown,
            before_sensitive: rc.change.before_sensitive,
            after_sensitive: rc.change.after_sensitive,
            replace_paths: rc.change.replace_paths,
            importing: rc.change.importing
        }
    }))
        .sort((a, b) => compare(a.address, b.address));
    const outputs = Object.fromEntries(Object.entries(plan.output_changes)
        .filter(([, oc]) => plannedAction(oc.actions) !== 'no-op')
        .map(([name, oc]) => [
        name,
        { actions: oc.actions, before: oc.before, after: oc.after, after_unknown: oc.after_unknown }
    ]));
    const identity = {
        engine,
        engine_version: plan.terraform_version,
        lock_file: lockFile === undefined ? null : lockFile.replace(/\r\n/g, '\n').trim(),
        resource_changes: changes,
        output_changes: outputs
    };
    return sha256Text(canonicalJson(identity));
}

;// CONCATENATED MODULE: ./src/controller/apply.ts


const apply_short = (s) => s.slice(0, 12);
function decideApply(facts) {
    const { found } = findPlanComment(facts.github.comments, facts.github.identity, facts.stack.stack);
    const decision = gate_decideGate({
        eventName: 'repository_dispatch',
        requireApproval: true,
        stack: facts.stack.stack,
        environment: facts.stack.environment,
        plan: { planSha256: found?.marker.planSha256 ?? '', planId: facts.replan.planId },
        github: facts.github,
        specialApprovers: facts.specialApprovers
    });
    const reasons = [...decision.reasons];
    const last = (reasons.at(-1) ?? '').replace(/^❌ /, '');
    if (decision.gate === 'plan-mismatch')
        return {
            apply: false,
            refusal: 'stale',
            reason: `The plan made now at the merge commit (plan-id ${apply_short(facts.replan.planId)}) is not the ` +
                `approved plan (plan-id ${apply_short(found?.marker.planId ?? '')}): the state or the base ` +
                `moved since the approval. Refused as stale; push again to have it planned and approved.`,
            reasons
        };
    if (decision.gate !== 'passed')
        return { apply: false, refusal: decision.gate, reason: last, reasons };
    if (facts.replan.policy === 'failed' && decision.override === undefined) {
        const recorded = found?.marker.policyResult;
        reasons.push(`❌ The policy fails on the plan being applied; the plan comment says '${recorded}'.`);
        return {
            apply: false,
            refusal: recorded === 'passed' ? 'forged-verdict' : 'policy-failed',
            reason: `The policy, evaluated by the controller on the plan it would apply, failed` +
                (recorded === 'passed'
                    ? `, but the plan comment says 'passed': a forged or stale verdict.`
                    : '.') +
                ` No special approver's override covers it.`,
            reasons
        };
    }
    reasons.push(`✅ The controller's own policy verdict on this plan: ${facts.replan.policy}.`);
    return { apply: true, decision, reasons };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/controller/allow-list.ts



/**
 * The controller's allow-list: the team repositories it serves and, for each, the stacks it plans
 * and the environment each is judged and applied for. It lives in the controller repository; no
 * team can add itself or choose its environment.
 *
 *   repositories:
 *     acme/payments:
 *       stacks:
 *         - path: stacks/dev        # a folder of the team repository
 *           environment: development
 */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const STACK_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]{1,200}(?<!\/)$/;
const StackSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().regex(STACK_PATH, 'must be a relative folder without . or .. parts'),
    environment: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,64}$/, "must be letters, digits, '.', '_', '-'"),
    name: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9._/-]{1,100}$/)
        .optional()
});
const AllowListSchema = schemas/* strictObject */.rej({
    repositories: schemas/* record */.g1P(schemas/* string */.YjP().regex(REPOSITORY, 'must be owner/name'), schemas/* strictObject */.rej({ stacks: schemas/* array */.YOg(StackSchema).min(1, 'must list at least one stack') }))
});
class AllowListError extends errors/* ActionError */.lZ {
}
function parseAllowList(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const where = first === undefined ? undefined : lines.linePos(first.pos[0]);
        throw new AllowListError(`The allow-list ${file} is not valid YAML` +
            (where === undefined ? '' : ` (line ${where.line}, column ${where.col})`) +
            `: ${first?.message.split('\n')[0] ?? 'unreadable'}. Nothing was planned or merged.`);
    }
    const parsed = AllowListSchema.safeParse(doc.toJS());
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
        throw new AllowListError(`The allow-list ${file} is not {repositories: {owner/name: {stacks: [{path, environment}]}}}: ` +
            `${problems.join('; ')}. Nothing was planned or merged.`);
    }
    const repositories = new Map();
    for (const [name, entry] of Object.entries(parsed.data.repositories)) {
        const key = name.toLowerCase();
        if (repositories.has(key))
            throw new AllowListError(`The allow-list ${file} lists ${name} twice.`);
        repositories.set(key, entry.stacks.map((s) => ({
            path: s.path,
            environment: s.environment,
            stack: s.name ?? s.path
        })));
    }
    return { repositories };
}
/** The stacks of a repository, or undefined when it is not on the list. */
function allowedStacks(list, repository) {
    return list.repositories.get(repository.toLowerCase());
}
/** The stacks a change touches: a changed file inside the stack's folder. */
function touchedStacks(stacks, files) {
    return stacks.filter((s) => files.some((f) => f.startsWith(`${s.path}/`)));
}

// EXTERNAL MODULE: ./src/common/process.ts + 1 modules
var process = __webpack_require__(3214);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
;// CONCATENATED MODULE: ./src/controller/checkout.ts



/**
 * The team repository at exactly one commit, in a fresh folder of the controller's workspace:
 * fetched by SHA (as GitHub serves any commit of a repository), checked out detached. Nothing of
 * the team repository's workflows or actions runs; only its files are read by the engine.
 */
async function checkoutCommit(options) {
    if ((0,external_node_fs_.existsSync)(options.dir) && (0,external_node_fs_.readdirSync)(options.dir).length > 0)
        throw new branch/* GitError */.XS(`The checkout folder ${options.dir} is not empty: the team repository is checked out ` +
            `into a fresh folder only (input 'path').`);
    (0,external_node_fs_.mkdirSync)(options.dir, { recursive: true });
    const env = (0,branch/* gitEnvironment */._K)(options.token);
    const git = async (args, what) => {
        const r = await (0,process/* runProcess */.R3)('git', args, {
            cwd: options.dir,
            env,
            timeoutMs: options.timeoutMs ?? 300_000
        });
        if (r.exitCode !== 0)
            throw new branch/* GitError */.XS(`git could not ${what}: ` +
                (0,branch/* redactToken */.bH)((r.stderr + r.stdout).trim().split('\n').slice(-4).join('\n'), options.token));
        return r.stdout.trim();
    };
    await git(['init', '--quiet'], 'start the checkout');
    await git([
        'fetch',
        '--quiet',
        '--depth',
        '1',
        '--no-tags',
        (0,branch/* remoteUrl */.gX)(options.repository, options.serverUrl),
        options.commit
    ], `fetch commit ${options.commit} of ${options.repository}`);
    await git(['checkout', '--quiet', '--detach', options.commit], `check out ${options.commit}`);
    const head = await git(['rev-parse', 'HEAD'], 'read the checked-out commit');
    if (head !== options.commit)
        throw new branch/* GitError */.XS(`The checkout is at ${head}, not the commit asked for, ${options.commit}.`);
}

;// CONCATENATED MODULE: ./src/controller/check.ts


class DispatchRefusedError extends errors/* ActionError */.lZ {
    refusal;
    constructor(refusal, message) {
        super(`${message} Nothing was checked out, planned, merged or applied.`);
        this.refusal = refusal;
    }
}
const check_short = (sha) => sha.slice(0, 12);
/** Before the API is asked anything: is the sender one of ours? */
function checkSource(payload, list) {
    const stacks = allowedStacks(list, payload.source_repo);
    if (stacks === undefined)
        throw new DispatchRefusedError('not-allowed', `${payload.source_repo} is not on the controller's allow-list: add it there (in the ` +
            `controller repository) to have its pull requests planned.`);
    return stacks;
}
/**
 * The payload against what GitHub says of the pull request now: its head must be the commit the
 * payload names (a validate of an older push, or a forged SHA, is refused); validate and merge need
 * it open, apply needs it merged.
 */
function checkPullRequest(payload, pr) {
    const n = `#${pr.number} of ${payload.source_repo}`;
    if (pr.headRepository.toLowerCase() !== pr.baseRepository.toLowerCase())
        throw new DispatchRefusedError('fork', `Pull request ${n} comes from ${pr.headRepository || 'a deleted repository'}: a fork's ` +
            `change is never planned with the controller's credentials.`);
    if (pr.headSha !== payload.head_sha)
        throw new DispatchRefusedError('head-mismatch', `The payload names head ${check_short(payload.head_sha)}, but the head of ${n} is ` +
            `${check_short(pr.headSha)}: only the pull request's current head is planned or merged.`);
    if (payload.action === 'apply') {
        if (!pr.merged || pr.mergeCommitSha === undefined)
            throw new DispatchRefusedError('not-merged', `Pull request ${n} is not merged: only a merged pull request is applied.`);
    }
    else if (pr.state !== 'open') {
        throw new DispatchRefusedError('pull-request-closed', `Pull request ${n} is ${pr.merged ? 'already merged' : 'closed'}: ${payload.action} needs it open.`);
    }
}

// EXTERNAL MODULE: ./src/controller/files.ts
var controller_files = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/controller/merge.ts


function branchOf(branches, environment) {
    return branches.byEnvironment[environment] ?? branches.otherwise;
}
function decideMerge(facts) {
    const gates = [];
    const refuse = (refusal, reason) => ({
        merge: false,
        refusal,
        reason,
        gates
    });
    if (facts.stacks.length === 0)
        return refuse('no-stacks', 'The pull request changes no stack the controller plans for this repository: there is ' +
            'nothing approved to merge.');
    const environments = new Map();
    for (const stack of facts.stacks) {
        const { found } = findPlanComment(facts.github.comments, facts.github.identity, stack.stack);
        const decision = gate_decideGate({
            eventName: 'repository_dispatch',
            requireApproval: true,
            stack: stack.stack,
            environment: stack.environment,
            // No plan file at merge time: the comment's own identities; the apply checks the plan.
            plan: found === undefined ? { planSha256: '' } : found.marker,
            github: facts.github,
            specialApprovers: facts.specialApprovers
        });
        gates.push({ stack, decision });
        if (decision.gate !== 'passed')
            return refuse(decision.gate, `${stack.stack}: ${(decision.reasons.at(-1) ?? '').replace(/^❌ /, '')}`);
        environments.set(stack.stack, decision.planComment?.marker.environment ?? '');
    }
    const branches = new Map();
    for (const [stack, environment] of environments) {
        const branch = branchOf(facts.branches, environment);
        if (branch === undefined || environment === '')
            return refuse('unknown-environment', `The plan comment of ${stack} names environment '${environment}', which the ` +
                `controller's environment-branches does not map (known: ` +
                `${Object.keys(facts.branches.byEnvironment).join(', ') || 'none'}): nothing is merged.`);
        branches.set(branch, environment);
    }
    if (branches.size > 1)
        return refuse('environments-differ', `The stacks of this pull request deploy from different branches ` +
            `(${[...branches.keys()].join(', ')}): split it into one pull request per environment.`);
    const [[branch, environment]] = [...branches];
    return { merge: true, branch, environment, gates };
}

;// CONCATENATED MODULE: ./src/controller/notice.ts
/**
 * A refusal told once: the comment carries a marker of the head and the reason, and an event that
 * meets the same refusal at the same head finds it and says nothing more.
 */
const NOTICE_PREFIX = '<!-- platform-actions:controller-notice ';
function noticeMarker(phase, head, reason) {
    return `${NOTICE_PREFIX}${JSON.stringify({ phase, head, reason })} -->`;
}
async function tellOnce(github, number, marker, text) {
    const identity = await github.identity();
    const comments = await github.comments(number);
    if (comments.some((c) => c.author === identity && c.body.split('\n', 1)[0] === marker))
        return false;
    await github.createComment(number, `${marker}\n${text}`);
    return true;
}

;// CONCATENATED MODULE: ./src/controller/payload.ts


/**
 * What a team repository sends the controller as `repository_dispatch`. Every field is a claim
 * to check, never a choice: the controller reads the pull request's head from the API, the
 * stacks, environments, policies, approvers and branches from its own configuration.
 */
const DISPATCH_EVENT_TYPE = 'platform-controller';
const CONTROLLER_ACTIONS = ['validate', 'merge', 'apply'];
const payload_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const FILE = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\0]{1,1000}$/;
const DispatchPayloadSchema = schemas/* strictObject */.rej({
    source_repo: schemas/* string */.YjP({ error: 'source_repo: must be a string, owner/name' })
        .regex(payload_REPOSITORY, 'source_repo: must be owner/name'),
    action: schemas/* enum */.k5n(CONTROLLER_ACTIONS, {
        error: `action: must be one of ${CONTROLLER_ACTIONS.join(', ')}`
    }),
    pr_number: schemas/* number */.aig({ error: 'pr_number: must be a number' })
        .int('pr_number: must be a whole number')
        .positive('pr_number: must be positive'),
    head_sha: schemas/* string */.YjP({ error: 'head_sha: must be a string' })
        .regex(/^[0-9a-f]{40}$/, 'head_sha: must be 40 lowercase hex digits (a commit)'),
    files: schemas/* array */.YOg(schemas/* string */.YjP().regex(FILE, 'files: each must be a relative path without ..'), {
        error: 'files: must be a list of paths'
    })
        .max(3000, 'files: at most 3000 paths')
});
class PayloadError extends errors/* ActionError */.lZ {
}
/**
 * The `client_payload` of a `repository_dispatch` event, checked: an unknown key, a missing or
 * mistyped field each named, all at once.
 */
function parseDispatchEvent(eventName, event) {
    if (eventName !== 'repository_dispatch')
        throw new PayloadError(`The controller runs on repository_dispatch (event type ${DISPATCH_EVENT_TYPE}), not on ` +
            `${eventName || 'an unknown event'}: nothing was checked out, planned or merged.`);
    const e = event;
    if (e?.action !== DISPATCH_EVENT_TYPE)
        throw new PayloadError(`The repository_dispatch event type is '${String(e?.action ?? '')}', not ` +
            `'${DISPATCH_EVENT_TYPE}': nothing was done.`);
    const parsed = DispatchPayloadSchema.safeParse(e.client_payload);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => i.code === 'unrecognized_keys'
            ? `unknown key(s) ${i.keys.join(', ')}`
            : i.message.includes(':')
                ? i.message
                : `${i.path.join('.') || 'client_payload'}: ${i.message}`);
        throw new PayloadError(`The dispatch payload is malformed: ${problems.join('; ')}. Expected ` +
            `{source_repo, action: ${CONTROLLER_ACTIONS.join('|')}, pr_number, head_sha, files}; ` +
            `nothing was checked out, planned or merged.`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/controller/phases.ts



















class ControllerRefusedError extends errors/* ActionError */.lZ {
}
const phases_short = (sha) => sha.slice(0, 12);
/** Phase 1 in the team repository: the automatic pull request, then the dispatch. */
async function propose(inputs, ctx) {
    const event = (ctx.event ?? {});
    const github = ctx.connect(inputs.token, ctx.repository);
    const skip = (why) => {
        ctx.log.info(why);
        return {
            outputs: { dispatched: 'false', action: '' },
            summary: `### controller: nothing sent\n\n${why}\n`
        };
    };
    let action;
    let number;
    let opened = false;
    if (ctx.eventName === 'push') {
        const ref = event.ref ?? '';
        if (!ref.startsWith('refs/heads/'))
            return skip(`The push is to ${ref || 'no ref'}, not a branch.`);
        const branch = ref.slice('refs/heads/'.length);
        const base = inputs.base || event.repository?.default_branch || '';
        if (base === '')
            throw new errors/* ActionError */.lZ("Input 'base' is empty and the push event names no default branch: set 'base' to the branch pull requests are opened against.");
        if (event.deleted === true)
            return skip(`${branch} was deleted.`);
        if (branch === base)
            return skip(`${branch} is the default branch: no pull request is opened for it.`);
        const open = await github.openPullRequests(branch, '');
        const existing = open[0];
        if (existing !== undefined) {
            number = existing.number;
            ctx.log.info(`Pull request #${number} is already open for ${branch}: its head is the push.`);
        }
        else {
            try {
                number = (await github.createPullRequest({
                    head: branch,
                    base,
                    title: `Configuration change from ${branch}`,
                    body: `Opened by the platform controller's starter workflow for the push to \`${branch}\`. ` +
                        'The controller plans it and comments the plan and the policy verdict; an approval ' +
                        "merges it into the branch of the plan's environment, which applies it."
                })).number;
                opened = true;
            }
            catch (error) {
                // Two pushes at once: the other run opened it.
                const again = (await github.openPullRequests(branch, ''))[0];
                if (again === undefined)
                    throw error;
                number = again.number;
            }
            ctx.log.info(`Opened pull request #${number} from ${branch} into ${base}.`);
        }
        action = 'validate';
    }
    else if (ctx.eventName === 'pull_request_review') {
        if ((event.review?.state ?? '').toLowerCase() !== 'approved')
            return skip(`The review is '${event.review?.state ?? ''}', not an approval.`);
        number = Number(event.pull_request?.number);
        action = 'merge';
    }
    else if (ctx.eventName === 'issue_comment') {
        if (event.issue?.pull_request === undefined || event.issue.pull_request === null)
            return skip('The comment is on an issue, not a pull request.');
        if (!/^\s*OVERRIDE:/.test(event.comment?.body ?? ''))
            return skip('The comment is not an OVERRIDE: comment.');
        number = Number(event.issue.number);
        action = 'merge';
    }
    else {
        throw new errors/* ActionError */.lZ(`The controller's team workflow runs on push, pull_request_review or issue_comment, not ${ctx.eventName || 'an unknown event'}.`);
    }
    if (!Number.isInteger(number) || number <= 0)
        throw new errors/* ActionError */.lZ(`The ${ctx.eventName} event names no pull request.`);
    const pr = await github.pullRequest(number);
    const changed = await github.pullRequestFiles(number);
    const files = (0,controller_files/* matchingFiles */.VS)(changed, inputs.paths);
    if (files.length === 0)
        return {
            ...skip(`Pull request #${number} changes no configuration file (${inputs.paths.join(', ')}): the controller is not asked.`),
            outputs: {
                dispatched: 'false',
                action: '',
                'pull-request': String(number),
                opened: String(opened)
            }
        };
    const payload = {
        source_repo: ctx.repository,
        action,
        pr_number: number,
        head_sha: pr.headSha,
        files
    };
    const controller = ctx.connect(inputs.controllerToken, inputs.controllerRepository);
    await controller.dispatch(inputs.controllerRepository, DISPATCH_EVENT_TYPE, payload);
    ctx.log.info(`Sent ${action} of #${number} at ${phases_short(pr.headSha)} to ${inputs.controllerRepository}.`);
    return {
        outputs: {
            dispatched: 'true',
            action,
            'pull-request': String(number),
            'head-sha': pr.headSha,
            opened: String(opened)
        },
        summary: `### controller: ${action} sent to ${inputs.controllerRepository}\n\n` +
            `Pull request #${number}${opened ? ' (opened now)' : ''}, head \`${phases_short(pr.headSha)}\`, ` +
            `${files.length} configuration file(s).\n`
    };
}
function readAllowList(file, workspace) {
    const shown = (0,external_node_path_.relative)(workspace, file) || file;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ActionError */.lZ(`The allow-list ${shown} (input 'allow-list') does not exist in the controller's checkout: nothing was planned or merged.`);
    return parseAllowList((0,strict_text/* readUtf8File */.SW)(file, shown), shown);
}
/** The payload checked, the source on the allow-list, the head the pull request's own. */
async function admit(inputs, ctx, wanted) {
    const payload = parseDispatchEvent(ctx.eventName, ctx.event);
    if (!wanted.includes(payload.action))
        throw new errors/* ActionError */.lZ(`This step handles ${wanted.join(' or ')}, but the dispatch is ${payload.action}: check the ` +
            "job's `if:` on the validate step's 'action' output.");
    const allowList = readAllowList(inputs.allowList, ctx.workspace);
    const configured = checkSource(payload, allowList);
    const client = ctx.connect(inputs.token, payload.source_repo);
    const identity = inputs.trustedCommenter || (await client.identity());
    // What this token writes counts only under the trusted identity (a GitHub App's `<slug>[bot]`).
    const github = { ...client, identity: () => Promise.resolve(identity) };
    const pr = await github.pullRequest(payload.pr_number);
    checkPullRequest(payload, pr);
    const changed = await github.pullRequestFiles(payload.pr_number);
    const stacks = touchedStacks(configured, changed);
    const claimed = new Set(payload.files);
    const unclaimed = changed.filter((f) => !claimed.has(f) && stacks.some((s) => f.startsWith(`${s.path}/`)));
    if (unclaimed.length > 0)
        ctx.log.info(`The payload's files leave out ${unclaimed.length} changed file(s) of the planned stacks; ` +
            'the stacks are chosen from the pull request as GitHub lists it.');
    return { payload, stacks, github, pr, identity };
}
function stackOf(admitted, name) {
    const stack = admitted.stacks.find((s) => s.stack === name);
    if (stack === undefined)
        throw new errors/* ActionError */.lZ(`Input 'stack' is '${name}', which is not a stack this pull request changes on the ` +
            `allow-list (${admitted.stacks.map((s) => s.stack).join(', ') || 'none'}).`);
    return stack;
}
async function validate(inputs, ctx) {
    const a = await admit(inputs, ctx, ['validate', 'merge', 'apply']);
    const { payload, pr } = a;
    const commit = payload.action === 'apply' ? (pr.mergeCommitSha ?? '') : payload.head_sha;
    const dir = (0,external_node_path_.join)(ctx.workspace, inputs.path);
    if (inputs.checkout && payload.action !== 'merge' && a.stacks.length > 0) {
        const template = inputs.sourceUrl === ''
            ? payload.source_repo
            : inputs.sourceUrl.replaceAll('{repository}', payload.source_repo);
        await checkoutCommit({
            repository: template,
            serverUrl: ctx.serverUrl,
            commit,
            dir,
            token: inputs.token
        });
        ctx.log.info(`Checked out ${payload.source_repo} at ${phases_short(commit)} into ${inputs.path}.`);
    }
    const stacks = a.stacks.map((s) => ({
        stack: s.stack,
        environment: s.environment,
        'working-directory': `${inputs.path}/${s.path}`
    }));
    return {
        outputs: {
            action: payload.action,
            'source-repo': payload.source_repo,
            'pull-request': String(payload.pr_number),
            'head-sha': payload.head_sha,
            commit,
            path: inputs.path,
            stacks: JSON.stringify(stacks),
            'has-stacks': String(stacks.length > 0)
        },
        summary: `### controller: ${payload.action} of ${payload.source_repo}#${payload.pr_number} admitted\n\n` +
            `- ✅ ${payload.source_repo} is on the allow-list\n` +
            `- ✅ the head \`${phases_short(payload.head_sha)}\` is the pull request's head\n` +
            `- stacks: ${stacks.map((s) => `\`${s.stack}\` (${s.environment})`).join(', ') || 'none changed'}\n`
    };
}
async function report(inputs, ctx) {
    const a = await admit(inputs, ctx, ['validate']);
    const stack = stackOf(a, inputs.stack);
    const plan = parsePlanJson((0,strict_text/* readUtf8File */.SW)(inputs.planJsonPath), inputs.planJsonPath);
    const planSha256 = await (0,hash/* sha256File */.Q3)(inputs.planPath);
    const branch = branchOf(inputs.branches, stack.environment) ?? '(no branch mapped)';
    const posted = await publishPlanComment(a.github, {
        number: a.payload.pr_number,
        headSha: a.payload.head_sha,
        stack: stack.stack,
        environment: stack.environment,
        targetBranch: branch,
        engine: inputs.engine,
        summary: summarizePlan(plan),
        planId: inputs.planId,
        planSha256,
        policy: inputs.policy,
        runId: ctx.runId,
        runUrl: ctx.runUrl
    }, ctx.log);
    return {
        outputs: { 'comment-url': posted.url },
        summary: `### controller: plan of \`${stack.stack}\` posted\n\n` +
            `[Plan comment](${posted.url}) on ${a.payload.source_repo}#${a.payload.pr_number}: ` +
            `policy ${inputs.policy.result}, environment ${stack.environment} → \`${branch}\`.\n`
    };
}
async function refuse(a, phase, refusal, reason, head = a.payload.head_sha) {
    await tellOnce(a.github, a.payload.pr_number, noticeMarker(phase, head, refusal), `**Controller: ${phase} refused** (\`${refusal}\`) at \`${phases_short(head)}\`.\n\n${reason}\n\n` +
        'Nothing was merged or applied.');
    throw new ControllerRefusedError(`The controller refused to ${phase} (${refusal}): ${reason}`);
}
async function merge(inputs, ctx) {
    const a = await admit(inputs, ctx, ['merge']);
    const number = a.payload.pr_number;
    const github = {
        ...(await gatherGithubFacts(a.github, number, inputs.specialApprovers)),
        identity: a.identity
    };
    const decision = decideMerge({
        stacks: a.stacks,
        github,
        specialApprovers: inputs.specialApprovers,
        branches: inputs.branches
    });
    if (!decision.merge)
        return refuse(a, 'merge', decision.refusal, decision.reason);
    const branch = decision.branch;
    if (!(await a.github.branchExists(branch)))
        return refuse(a, 'merge', 'no-branch', `environment-branches maps ${decision.environment} to ${branch}, which does not exist in ` +
            `${a.payload.source_repo}: create it, or fix the mapping in the controller.`);
    if (a.pr.baseRef !== branch) {
        // Retargeted, then merged: the apply plans the merge commit again and refuses it as stale
        // unless it is the approved plan, so a base that moved cannot slip anything in.
        await a.github.retarget(number, branch);
        ctx.log.info(`Retargeted #${number} from ${a.pr.baseRef} to ${branch} (${decision.environment}).`);
    }
    const approvers = [...new Set(decision.gates.flatMap((g) => g.decision.approvals))];
    const overrides = decision.gates.flatMap((g) => g.decision.override === undefined ? [] : [g.decision.override]);
    const mergeCommit = await a.github.merge(number, a.payload.head_sha, `Merge #${number} into ${branch} (${decision.environment}), approved by ${approvers.join(', ')}`);
    ctx.log.info(`Merged #${number} into ${branch}: ${phases_short(mergeCommit)}.`);
    if (overrides.length > 0)
        await labels_applyPolicyLabel(a.github, number, 'override', ctx.log);
    if (inputs.audit !== undefined) {
        const time = new Date((ctx.clock ?? common_clock/* systemClock */.m).now()).toISOString();
        await (0,trail/* appendAudit */.u0)({
            repository: inputs.audit.repository,
            branch: inputs.audit.branch,
            ...(inputs.audit.token === undefined ? {} : { token: inputs.audit.token }),
            log: ctx.log,
            events: decision.gates.map((g) => ({
                kind: 'merge',
                actor: approvers.join(',') || 'unknown',
                time,
                repository: a.payload.source_repo,
                commit: a.payload.head_sha,
                stack: g.stack.stack,
                planId: g.decision.planComment?.marker.planId ?? '',
                runUrl: ctx.runUrl,
                details: {
                    pullRequest: number,
                    branch,
                    environment: decision.environment,
                    mergeCommit,
                    approvers: g.decision.approvals,
                    ...(g.decision.override === undefined
                        ? {}
                        : {
                            override: {
                                user: g.decision.override.user,
                                justification: g.decision.override.justification,
                                comment: g.decision.override.comment.url
                            }
                        })
                }
            }))
        });
    }
    const payload = { ...a.payload, action: 'apply' };
    const self = ctx.connect(inputs.token, ctx.repository);
    await self.dispatch(ctx.repository, DISPATCH_EVENT_TYPE, payload);
    await a.github.createComment(number, `**Controller: merged** into \`${branch}\` (${decision.environment}) as \`${phases_short(mergeCommit)}\`, ` +
        `approved by ${approvers.join(', ')}` +
        (overrides.length > 0
            ? `; policy overridden by ${overrides.map((o) => o.user).join(', ')}`
            : '') +
        `. The apply of the approved plan is dispatched ([run](${ctx.runUrl})).`);
    return {
        outputs: { merged: 'true', branch, 'merge-commit': mergeCommit },
        summary: `### controller: #${number} merged into \`${branch}\`\n\n` +
            decision.gates
                .map((g) => `- \`${g.stack.stack}\`: ${g.decision.reasons.join(' ')}\n`)
                .join('')
    };
}
async function applyCheck(inputs, ctx) {
    const a = await admit(inputs, ctx, ['apply']);
    const stack = stackOf(a, inputs.stack);
    const github = {
        ...(await gatherGithubFacts(a.github, a.payload.pr_number, inputs.specialApprovers)),
        identity: a.identity
    };
    const decision = decideApply({
        stack,
        replan: { planId: inputs.planId, policy: inputs.policy.result },
        github,
        specialApprovers: inputs.specialApprovers
    });
    if (!decision.apply)
        return refuse(a, `apply ${stack.stack}`, decision.refusal, decision.reason, a.pr.mergeCommitSha);
    return {
        outputs: { approved: 'true', environment: stack.environment },
        summary: `### controller: apply of \`${stack.stack}\` approved\n\n` +
            decision.reasons.map((r) => `- ${r}\n`).join('')
    };
}
async function result(inputs, ctx) {
    const a = await admit(inputs, ctx, ['apply']);
    const stack = stackOf(a, inputs.stack);
    const merged = a.pr.mergeCommitSha ?? '';
    const ok = inputs.outcome === 'success';
    const text = ok
        ? inputs.applied
            ? `**Controller: applied** \`${stack.stack}\` (${stack.environment}) at \`${phases_short(merged)}\`: the approved plan.`
            : `**Controller: nothing to apply** for \`${stack.stack}\` (${stack.environment}) at \`${phases_short(merged)}\`.`
        : `**Controller: apply of \`${stack.stack}\` ${inputs.outcome === 'skipped' ? 'not run' : inputs.outcome}** ` +
            `at \`${phases_short(merged)}\`: see the [run](${ctx.runUrl}).`;
    await tellOnce(a.github, a.payload.pr_number, noticeMarker('result', merged, `${stack.stack}:${inputs.outcome}`), `${text} ([run](${ctx.runUrl}))`);
    return { outputs: {}, summary: `### ${text}\n` };
}



/***/ })

};
