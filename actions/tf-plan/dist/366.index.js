export const id = 366;
export const ids = [366];
export const modules = {

/***/ 4366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPlanComment: () => (/* binding */ publishPlanComment)
});

// EXTERNAL MODULE: ./src/markdown/budget.ts + 1 modules
var budget = __webpack_require__(8576);
// EXTERNAL MODULE: ./src/policy/summary.ts
var summary = __webpack_require__(6767);
// EXTERNAL MODULE: ./src/terraform/summary.ts
var terraform_summary = __webpack_require__(8999);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(8827);
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
    const limit = view.limit ?? budget/* COMMENT_LIMIT_CHARS */.iW;
    const m = view.marker;
    const s = view.summary;
    const verdict = m.policyResult === 'passed' ? '✅ policy passed' : '❌ policy failed';
    const run = `[run ${m.runId}](${view.runUrl})`;
    const head = `${renderMarker(m)}\n` +
        `### Plan for ${(0,budget/* inlineCode */.ti)(m.stack)}: ${verdict}\n\n` +
        '| environment | target branch | commit | run |\n| --- | --- | --- | --- |\n' +
        `| ${m.environment === '' ? '(none)' : (0,budget/* codeCell */.MZ)(m.environment)} | ` +
        `${(0,budget/* codeCell */.MZ)(view.targetBranch)} | ${(0,budget/* inlineCode */.ti)(m.commit.slice(0, 12))} | ${run} |\n\n` +
        `${(0,terraform_summary/* planCounts */.Ai)(s)}\n\n` +
        '| engine | plan-id | plan-sha256 |\n| --- | --- | --- |\n' +
        `| ${view.engine} ${s.engineVersion} | ${(0,budget/* inlineCode */.ti)(m.planId)} | ${(0,budget/* inlineCode */.ti)(m.planSha256)} |\n\n`;
    const policy = (0,summary/* renderPolicySummary */.J)(view.policy, Math.floor(limit * POLICY_SHARE));
    const footer = `\n_tf-apply applies exactly this plan, and only after an approving review of commit ` +
        `${(0,budget/* inlineCode */.ti)(m.commit.slice(0, 12))} by someone with write access other than the author, ` +
        `with the policy passed or overridden by a special approver's \`OVERRIDE: <justification>\` ` +
        `comment. A new push needs a new plan and a new approval. Labels are for people; the gate ` +
        `never reads them._\n`;
    const rows = (0,terraform_summary/* planChangeRows */.ry)(s);
    let details = '';
    if (rows.length > 0) {
        const fixed = (0,budget/* byteLength */.dp)(head) + (0,budget/* byteLength */.dp)(policy) + (0,budget/* byteLength */.dp)(footer);
        details = (0,budget/* fitRows */.zV)({
            head: `<details><summary>Resource changes (${rows.length})</summary>\n\n` + terraform_summary/* CHANGE_TABLE_HEAD */.x0,
            rows,
            tail: '\n</details>\n',
            limitBytes: limit - fixed,
            omitted: (count) => `\n_${count} more change${count === 1 ? '' : 's'} not shown: a comment is limited to ` +
                `${budget/* COMMENT_LIMIT_CHARS */.iW.toLocaleString('en-US')} characters. All are listed in the ` +
                `[run's summary](${view.runUrl})._\n`
        }).text;
    }
    return (0,budget/* clampText */.zu)(head + policy + details + footer, limit, `\n_The rest of this comment did not fit GitHub's limit: see the [run's summary](${view.runUrl})._\n`);
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
async function applyPolicyLabel(github, number, wanted, log) {
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

;// CONCATENATED MODULE: ./src/governance/sticky.ts

const CREATE_ATTEMPTS = 3;
/**
 * Writes the plan comment of a stack: the existing one (found by its marker and its author being
 * the token's identity) is edited in place, else one is created. A create that fails without a
 * clear answer (5xx, timeout) may still have happened, so before trying again the comments are
 * read back and a comment that landed is edited instead: a retry never posts twice.
 */
async function upsertPlanComment(github, number, stack, body, log) {
    const identity = await github.identity();
    const existing = async () => findPlanComment(await github.comments(number), identity, stack);
    let lookup = await existing();
    for (const forged of lookup.forged) {
        log.warning(`Comment ${forged.url} by ${forged.author} carries a plan marker for stack ${stack}; ` +
            `it is not from ${identity} and is ignored`);
    }
    for (let attempt = 1;; attempt++) {
        if (lookup.found !== undefined) {
            const comment = await github.updateComment(lookup.found.comment.id, body);
            log.info(`Updated the plan comment ${comment.url}`);
            return { comment, created: false };
        }
        try {
            const comment = await github.createComment(number, body);
            log.info(`Posted the plan comment ${comment.url}`);
            return { comment, created: true };
        }
        catch (error) {
            const status = error.status;
            const ambiguous = status === undefined || status >= 500;
            if (!ambiguous || attempt >= CREATE_ATTEMPTS)
                throw error;
            log.warning(`Posting the plan comment failed (${error.message}); checking whether it ` +
                `landed before trying again (${attempt} of ${CREATE_ATTEMPTS})`);
            await new Promise((r) => setTimeout(r, 1000 * attempt));
            lookup = await existing();
        }
    }
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
    await applyPolicyLabel(github, plan.number, plan.policy.result, log);
    return { url: comment.url, created, length: body.length, commit: headSha };
}


/***/ })

};
