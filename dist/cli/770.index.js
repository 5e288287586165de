export const id = 770;
export const ids = [770,707];
export const modules = {

/***/ 7707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT, GitHubApiError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9436);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6606);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4038);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4225);




/**
 * The GitHub REST adapter: Octokit (as `@actions/github` builds it) with the retry and throttling
 * plugins, a timeout on every request, and errors a user can act on. Reads and idempotent writes
 * are retried; creating a comment is not (a retry after an ambiguous failure could post it twice),
 * the caller looks for it instead. This module is loaded only when a token is given.
 */
const ACTIONS_BOT = 'github-actions[bot]';
class GitHubApiError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function isRequestError(error) {
    return typeof error === 'object' && error !== null && 'status' in error;
}
/** Turns an Octokit error into what a user needs: which token, which permission, GitHub's words. */
function describeGitHubError(what, error) {
    if (!isRequestError(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return new GitHubApiError(`GitHub API: ${what} failed: ${message}`, undefined);
    }
    const data = error.response?.data;
    const said = data?.message ?? error.message;
    const details = (data?.errors ?? [])
        .map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' '))
        .filter((m) => m !== '');
    const github = details.length > 0 ? `${said}: ${details.join('; ')}` : said;
    switch (error.status) {
        case 401:
            return new GitHubApiError(`GitHub refused the token given as input 'github-token' (401 ${said}) while trying to ` +
                `${what}: it is invalid or expired. Pass a valid token, e.g. \${{ github.token }}.`, 401);
        case 403:
            return new GitHubApiError(`GitHub denied permission to ${what} (403 ${said}). The token in 'github-token' needs ` +
                `'pull-requests: write' and 'issues: write' (and 'members: read' on the organisation ` +
                `to check team membership).`, 403);
        case 404:
            return new GitHubApiError(`GitHub API: could not ${what}: not found (404 ${said}).`, 404);
        case 422:
            return new GitHubApiError(`GitHub rejected the request to ${what} (422): ${github}`, 422);
        default:
            return new GitHubApiError(`GitHub API: ${what} failed with ${error.status ?? 'no status'}: ${github}`, error.status);
    }
}
/** fetch with a deadline on every request. */
function fetchWithTimeout(timeoutMs) {
    return (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
    };
}
/** Octokit with the retry and throttling plugins and a deadline on every request. */
function createOctokit(options) {
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const log = options.log;
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        const again = count < retries && retryAfter <= maxWait;
        log.warning(`GitHub ${kind} on ${request.method} ${request.url}: ` +
            (again ? `retrying in ${retryAfter}s (retry ${count + 1} of ${retries})` : 'giving up'));
        return again;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        request: { fetch: fetchWithTimeout(options.timeoutMs ?? 30_000) },
        retry: { retries },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        },
        log: { debug: () => undefined, info: () => undefined, warn: log.warning, error: log.warning }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
function createGitHubClient(options) {
    const [owner = '', repo = ''] = options.repository.split('/');
    const log = options.log;
    const octokit = createOctokit(options);
    async function call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw describeGitHubError(what, error);
        }
    }
    let identity;
    const comment = (c) => ({
        id: c.id,
        author: c.user?.login ?? '',
        body: c.body ?? '',
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url
    });
    const proposal = (p) => ({
        number: p.number,
        url: p.html_url,
        headRef: p.head.ref,
        baseRef: p.base.ref,
        title: p.title,
        body: p.body ?? ''
    });
    return {
        openPullRequests: (head, base) => call(`list the open pull requests from ${head} into ${base}`, async () => {
            const data = await octokit.paginate(octokit.rest.pulls.list, {
                owner,
                repo,
                head: `${owner}:${head}`,
                // An empty base lists the branch's open pull requests whatever their base.
                ...(base === '' ? {} : { base }),
                state: 'open',
                per_page: 100
            });
            return data.map(proposal);
        }),
        createPullRequest: ({ head, base, title, body }) => call(`open a pull request from ${head} into ${base}`, async () => {
            const { data } = await octokit.rest.pulls.create({
                owner,
                repo,
                head,
                base,
                title,
                body,
                request: { retries: 0 }
            });
            return proposal(data);
        }),
        updatePullRequest: (number, { title, body }) => call(`update pull request #${number}`, async () => {
            const { data } = await octokit.rest.pulls.update({
                owner,
                repo,
                pull_number: number,
                title,
                body
            });
            return proposal(data);
        }),
        pullRequestFiles: (number) => call(`list the files of pull request #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: number,
                per_page: 100
            });
            return data.flatMap((f) => f.previous_filename === undefined ? [f.filename] : [f.filename, f.previous_filename]);
        }),
        branchExists: (branch) => call(`read branch ${branch}`, async () => {
            try {
                await octokit.rest.repos.getBranch({ owner, repo, branch });
                return true;
            }
            catch (error) {
                if (isRequestError(error) && error.status === 404)
                    return false;
                throw error;
            }
        }),
        retarget: (number, base) => call(`change the base of pull request #${number} to ${base}`, async () => {
            await octokit.rest.pulls.update({ owner, repo, pull_number: number, base });
        }),
        merge: (number, sha, message) => call(`merge pull request #${number}`, async () => {
            const { data } = await octokit.rest.pulls.merge({
                owner,
                repo,
                pull_number: number,
                sha,
                merge_method: 'merge',
                commit_title: message,
                request: { retries: 0 }
            });
            return data.sha;
        }),
        dispatch: (repository, eventType, payload) => call(`send ${eventType} to ${repository}`, async () => {
            const [o = '', r = ''] = repository.split('/');
            await octokit.rest.repos.createDispatchEvent({
                owner: o,
                repo: r,
                event_type: eventType,
                client_payload: payload,
                request: { retries: 0 }
            });
        }),
        identity() {
            identity ??= (async () => {
                try {
                    const { data } = await octokit.rest.users.getAuthenticated();
                    return data.login;
                }
                catch (error) {
                    // An installation token (GITHUB_TOKEN, a GitHub App) cannot read /user; what it writes
                    // is authored by the Actions bot.
                    if (isRequestError(error) && error.status === 403) {
                        log.info(`The token cannot read /user (an installation token): it acts as ${ACTIONS_BOT}`);
                        return ACTIONS_BOT;
                    }
                    throw describeGitHubError("read the identity of 'github-token'", error);
                }
            })();
            return identity;
        },
        pullRequest: (number) => call(`read pull request #${number}`, async () => {
            const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
            const facts = {
                number: data.number,
                author: data.user.login,
                headSha: data.head.sha,
                headRepository: data.head.repo?.full_name ?? '',
                baseRepository: data.base.repo.full_name,
                baseRef: data.base.ref,
                state: data.state === 'closed' ? 'closed' : 'open',
                merged: data.merged,
                ...(data.merged && data.merge_commit_sha ? { mergeCommitSha: data.merge_commit_sha } : {})
            };
            return facts;
        }),
        reviews: (number) => call(`list the reviews of pull request #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.pulls.listReviews, {
                owner,
                repo,
                pull_number: number,
                per_page: 100
            });
            return data.map((r) => ({
                id: r.id,
                user: r.user?.login ?? '',
                state: r.state,
                commitId: r.commit_id ?? '',
                submittedAt: r.submitted_at ?? ''
            }));
        }),
        comments: (number) => call(`list the comments of pull request #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: number,
                per_page: 100
            });
            return data.map(comment);
        }),
        createComment: (number, body) => call(`comment on pull request #${number}`, async () => {
            const { data } = await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body,
                request: { retries: 0 }
            });
            return comment(data);
        }),
        updateComment: (id, body) => call(`update comment ${id}`, async () => {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: id,
                body
            });
            return comment(data);
        }),
        role: (user) => call(`read the permission of ${user}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
                    owner,
                    repo,
                    username: user
                });
                const role = data.role_name;
                return ['admin', 'maintain', 'write', 'triage', 'read'].includes(role)
                    ? role
                    : data.permission;
            }
            catch (error) {
                if (isRequestError(error) && error.status === 404)
                    return 'none';
                throw error;
            }
        }),
        isTeamMember: (org, team, user) => call(`read the membership of ${user} in ${org}/${team}`, async () => {
            try {
                const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
                    org,
                    team_slug: team,
                    username: user
                });
                return data.state === 'active';
            }
            catch (error) {
                if (isRequestError(error) && error.status === 404)
                    return false;
                throw error;
            }
        }),
        repositoryLabels: () => call('list the repository labels', async () => {
            const data = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
                owner,
                repo,
                per_page: 100
            });
            return data.map((l) => l.name);
        }),
        createLabel: (label) => call(`create label ${label.name}`, async () => {
            try {
                await octokit.rest.issues.createLabel({ owner, repo, ...label });
            }
            catch (error) {
                const data = (isRequestError(error) ? error.response?.data : undefined);
                if (isRequestError(error) &&
                    error.status === 422 &&
                    (data?.errors ?? []).some((e) => e.code === 'already_exists'))
                    return;
                throw error;
            }
        }),
        issueLabels: (number) => call(`list the labels of pull request #${number}`, async () => {
            const data = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
                owner,
                repo,
                issue_number: number,
                per_page: 100
            });
            return data.map((l) => l.name);
        }),
        addLabels: (number, names) => call(`label pull request #${number}`, async () => {
            await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: names });
        }),
        removeLabel: (number, name) => call(`remove label ${name} from pull request #${number}`, async () => {
            try {
                await octokit.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
            }
            catch (error) {
                // Already gone (a retry, or a person): the wanted state holds.
                if (isRequestError(error) && error.status === 404)
                    return;
                throw error;
            }
        })
    };
}


/***/ }),

/***/ 6770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOperationsClient: () => (/* binding */ createOperationsClient)
/* harmony export */ });
/* unused harmony export UNFINISHED_RUN_STATUSES */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7707);

/** The statuses of a run that has not finished (GitHub's `status` filter takes one at a time). */
const UNFINISHED_RUN_STATUSES = [
    'in_progress',
    'queued',
    'waiting',
    'pending',
    'requested'
];
const issue = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    url: i.html_url
});
function createOperationsClient(options) {
    const [owner = '', repo = ''] = options.repository.split('/');
    const octokit = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createOctokit */ .Qi)(options);
    async function call(what, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(what, error);
        }
    }
    return {
        openIssues: (label) => call(`list the open issues labelled ${label}`, async () => {
            const data = await octokit.paginate(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                labels: label,
                per_page: 100
            });
            return data.filter((i) => i.pull_request === undefined).map(issue);
        }),
        createIssue: ({ title, body, labels }) => call(`open the issue '${title}'`, async () => {
            const { data } = await octokit.rest.issues.create({
                owner,
                repo,
                title,
                body,
                labels,
                request: { retries: 0 }
            });
            return issue(data);
        }),
        updateIssue: (number, body) => call(`update issue #${number}`, async () => {
            const { data } = await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: number,
                body
            });
            return issue(data);
        }),
        comment: (number, body) => call(`comment on issue #${number}`, async () => {
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body,
                request: { retries: 0 }
            });
        }),
        closeIssue: (number) => call(`close issue #${number}`, async () => {
            const { data } = await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: number,
                state: 'closed',
                state_reason: 'completed'
            });
            return issue(data);
        }),
        unfinishedRuns: () => call('list the workflow runs in progress', async () => {
            const runs = [];
            for (const status of UNFINISHED_RUN_STATUSES) {
                const data = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
                    owner,
                    repo,
                    status,
                    per_page: 100
                });
                for (const r of data)
                    runs.push({
                        id: r.id,
                        title: r.display_title,
                        workflow: r.name ?? '',
                        status: r.status ?? status,
                        url: r.html_url,
                        actor: r.actor?.login ?? ''
                    });
            }
            return runs;
        })
    };
}


/***/ })

};
