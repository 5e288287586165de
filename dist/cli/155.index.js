export const id = 155;
export const ids = [155];
export const modules = {

/***/ 6155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GEN_VALUES_INPUTS: () => (/* binding */ GEN_VALUES_INPUTS),
/* harmony export */   apiRepositoryOf: () => (/* binding */ apiRepositoryOf),
/* harmony export */   getInputs: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8827);
/* harmony import */ var _src_common_safe_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4043);
/* harmony import */ var _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4225);
/* harmony import */ var _src_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1815);
/* harmony import */ var _src_git_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6199);
/* harmony import */ var _src_gitops_image_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5552);
/* harmony import */ var _src_gitops_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4886);
/* harmony import */ var _src_naming_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1353);










const GEN_VALUES_INPUTS = [
    'config-dir',
    'cloud',
    'env',
    'region',
    'bu',
    'app',
    'owner',
    'org',
    'image',
    'facts-file',
    'out-dir',
    'dry-run',
    'publish',
    'repository',
    'branch',
    'github-token'
];
const required = (what) => zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1, `is required: ${what}`);
/** The form of each input; what the values mean (dictionary, rules) is checked by deriveNames. */
const GenValuesInputSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    'config-dir': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    cloud: required('the cloud of the cluster'),
    env: required('the environment'),
    region: required('the region'),
    bu: required('the business unit'),
    app: required('the app'),
    owner: required('the owner tag'),
    org: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    image: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().superRefine((value, ctx) => {
        if (value === '')
            return;
        try {
            (0,_src_gitops_image_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageReference */ .o_)(value);
        }
        catch (error) {
            if (!(error instanceof _src_gitops_image_js__WEBPACK_IMPORTED_MODULE_6__/* .ImageReferenceError */ .rI))
                throw error;
            ctx.addIssue({
                code: 'custom',
                message: `must be repository:tag or repository@sha256:<64 hex digits>: ${error.reason}`
            });
        }
    }),
    'facts-file': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    'out-dir': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    'dry-run': zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP()
});
/**
 * The repository's `owner/name` on GitHub's API: given as `owner/name`, or read from an HTTP(S) or
 * scp-like git URL ending in `/owner/name[.git]`; undefined for a local path or any other URL.
 */
function apiRepositoryOf(repository) {
    if ((0,_src_git_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .isOwnerName */ .BZ)(repository))
        return repository.replace(/\.git$/, '');
    const url = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(repository);
    const scp = /^[^/@\s]+@[^/:\s]+:([^/]+)\/([^/]+?)(?:\.git)?$/.exec(repository);
    const [, owner, name] = url ?? scp ?? [];
    return owner === undefined || name === undefined ? undefined : `${owner}/${name}`;
}
/** Whether pushing to the repository goes to the GitHub server (which wants a token). */
function onGitHub(repository, serverUrl) {
    if ((0,_src_git_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .isOwnerName */ .BZ)(repository))
        return true;
    try {
        return new URL(repository).host === new URL(serverUrl).host;
    }
    catch {
        return false;
    }
}
/** publish, repository, branch and github-token: where the generated folder goes, if anywhere. */
function publishSettings(raw, env) {
    const errors = [];
    const mode = raw['publish'] ?? '';
    const repository = raw['repository'] ?? '';
    const branch = raw['branch'] ?? '';
    const token = raw['github-token'] ?? '';
    const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const apiUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
    if (!_src_gitops_publish_js__WEBPACK_IMPORTED_MODULE_7__.PUBLISH_MODES.includes(mode))
        errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('publish', mode, `must be one of ${_src_gitops_publish_js__WEBPACK_IMPORTED_MODULE_7__.PUBLISH_MODES.join(', ')}`));
    if (!_src_git_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .BRANCH_NAME */ .P9.test(branch))
        errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('branch', branch, 'must be a branch name git accepts'));
    const publishing = mode === 'commit' || mode === 'pull-request';
    let apiRepository;
    if (publishing) {
        if (repository === '')
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', repository, `is required with publish: ${mode}: the GitOps repository, owner/name on GitHub, a git URL or a local path`));
        else if (/\s/.test(repository))
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', repository, 'must not hold white space'));
        else if (mode === 'pull-request') {
            apiRepository = apiRepositoryOf(repository);
            if (apiRepository === undefined)
                errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository', repository, 'must be owner/name or a URL ending in /owner/name with publish: pull-request: the pull request is opened through the GitHub API, which a local path has not'));
        }
        if (token === '' && mode === 'pull-request')
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('github-token', token, 'is required with publish: pull-request: a token that may push to the repository and open pull requests (contents: write, pull-requests: write)'));
        else if (token === '' && repository !== '' && onGitHub(repository, serverUrl))
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('github-token', token, `is required to push to ${repository} on ${serverUrl}: a token with contents: write`));
    }
    if (errors.length > 0)
        throw new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(errors);
    if (!publishing)
        return undefined;
    return {
        mode,
        repository,
        branch,
        ...(token === '' ? {} : { token }),
        serverUrl,
        apiUrl,
        ...(apiRepository === undefined ? {} : { apiRepository })
    };
}
/** Every input of gen-values, read and checked once, before anything is read or written. */
function getInputs(read, workspace, env = process.env) {
    const raw = (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readAll */ .yw)(read, GEN_VALUES_INPUTS);
    raw['config-dir'] ||= _src_naming_index_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_CONFIG_DIR */ .Z;
    raw['out-dir'] ||= 'artifacts';
    raw['publish'] ||= 'none';
    raw['branch'] ||= _src_gitops_publish_js__WEBPACK_IMPORTED_MODULE_7__.DEFAULT_VALUES_BRANCH;
    // Every bad input is reported at once: the form, the paths and the publishing target.
    const [parsed, dryRun, paths, publish] = (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputGroups */ .Lo)(() => (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInputs */ .TL)(GenValuesInputSchema, raw), () => (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoolean */ .yG)('dry-run', raw['dry-run'] ?? '', false), () => checkPaths(raw, workspace), () => publishSettings(raw, env));
    return {
        configDir: paths.configDir,
        naming: {
            ...(parsed.org === '' ? {} : { org: parsed.org }),
            cloud: parsed.cloud,
            env: parsed.env,
            region: parsed.region,
            bu: parsed.bu,
            app: parsed.app,
            owner: parsed.owner
        },
        image: parsed.image === '' ? undefined : (0,_src_gitops_image_js__WEBPACK_IMPORTED_MODULE_6__/* .parseImageReference */ .o_)(parsed.image),
        factsFile: paths.factsFile,
        outDir: paths.outDir,
        outRoot: workspace,
        dryRun,
        publish
    };
}
/** config-dir, facts-file and out-dir: the folders and the file, each where it must be. */
function checkPaths(raw, workspace) {
    const errors = [];
    const given = (name) => raw[name] ?? '';
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, given('config-dir'));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(configDir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(configDir).isDirectory())
        errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('config-dir', given('config-dir'), `no such folder (${configDir}): expected the folder with dictionary.yaml and globals.yaml ` +
            `(start from platform-actions' examples/config, described in its README.md)`));
    let factsFile;
    if (given('facts-file') !== '') {
        factsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, given('facts-file'));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(factsFile) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(factsFile).isFile())
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('facts-file', given('facts-file'), `no such file (${factsFile}): expected tf-apply's outputs-path or a published facts.yaml`));
    }
    const outDir = (0,_src_common_safe_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)({ input: 'out-dir', raw: given('out-dir'), root: workspace });
    // The folder is replaced whole: it must not hold the workspace, the config or the facts.
    for (const [what, path] of [
        ['the workspace', workspace],
        ['the config folder', configDir],
        ['the runtime-facts file', factsFile]
    ]) {
        if (path === undefined)
            continue;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(outDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
        const outside = rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
        if (!outside) {
            errors.push(new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('out-dir', given('out-dir'), `must be a folder of its own, not ${what} nor a folder holding it: gen-values replaces it whole`));
            break;
        }
    }
    if (errors.length > 0)
        throw new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputErrors */ .G(errors);
    return { configDir, factsFile, outDir };
}


/***/ }),

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_VALUES_BRANCH: () => (/* binding */ DEFAULT_VALUES_BRANCH),
/* harmony export */   PUBLISH_MODES: () => (/* binding */ PUBLISH_MODES),
/* harmony export */   ValuesPublishError: () => (/* binding */ ValuesPublishError),
/* harmony export */   connectPullRequests: () => (/* binding */ connectPullRequests),
/* harmony export */   decideProposal: () => (/* binding */ decideProposal),
/* harmony export */   proposalBranch: () => (/* binding */ proposalBranch),
/* harmony export */   proposalText: () => (/* binding */ proposalText),
/* harmony export */   proposeChange: () => (/* binding */ proposeChange),
/* harmony export */   publishOutputs: () => (/* binding */ publishOutputs),
/* harmony export */   publishValues: () => (/* binding */ publishValues),
/* harmony export */   renderPublishSection: () => (/* binding */ renderPublishSection),
/* harmony export */   valuesChange: () => (/* binding */ valuesChange),
/* harmony export */   valuesCommitMessage: () => (/* binding */ valuesCommitMessage)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);
/* harmony import */ var _git_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6199);
/* harmony import */ var _markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8576);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5367);




/**
 * Publishing what gen-values generated to the GitOps (runtime-facts) repository: the app's folder
 * (`values-path`) written whole on a branch in one commit, or the same commit proposed as a pull
 * request from a branch of its own (`values/<env>/<app>`), replaced on each run. Both are
 * idempotent: content equal to the branch's makes no commit, and a re-run finds the open pull
 * request again instead of opening another.
 */
const PUBLISH_MODES = ['none', 'commit', 'pull-request'];
const DEFAULT_VALUES_BRANCH = 'runtime-facts';
/** A publish that cannot go ahead as asked. */
class ValuesPublishError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
}
/** The pull request's own branch: one per environment and app, so re-runs find it again. */
function proposalBranch(env, app) {
    return `values/${env}/${app}`;
}
/** The app's folder as committed: every file generated, and the files of an earlier run removed. */
function valuesChange(generated, message) {
    const written = new Set(generated.files.map((f) => f.file));
    return {
        files: Object.fromEntries(generated.files.map((f) => [`${generated.valuesPath}/${f.file}`, f.content])),
        remove: Object.values(_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA)
            .filter((file) => !written.has(file))
            .map((file) => `${generated.valuesPath}/${file}`),
        message
    };
}
/** The commit message: what, for which target, from where. */
function valuesCommitMessage(generated, image, provenance) {
    const { inputs, names } = generated;
    const lines = [
        `values: ${inputs.app} in ${names.namespace} (${inputs.cloud}/${inputs.env})`,
        '',
        `Image: ${image || '(the chart default)'}`
    ];
    if (provenance.sourceRepository !== '')
        lines.push(`Source: ${provenance.sourceRepository}@${provenance.commit}`);
    if (provenance.runUrl !== '')
        lines.push(`Run: ${provenance.runUrl}`);
    return `${lines.join('\n')}\n`;
}
/**
 * The pull request's title and body. Nothing of a single run is in them (no run link, no time), so
 * a re-run of the same change leaves the pull request as it was.
 */
function proposalText(generated, image, provenance) {
    const { inputs, names } = generated;
    const body = [
        `gen-values generated the GitOps artifacts of \`${inputs.app}\` for ${inputs.cloud} · ${inputs.env} · ${inputs.region} · ${inputs.bu}.`,
        '',
        '| | |',
        '| --- | --- |',
        `| namespace | \`${names.namespace}\` |`,
        `| cluster | \`${names.cluster_name}\` |`,
        `| image | ${image === '' ? '(the chart default)' : `\`${image}\``} |`,
        `| folder | \`${generated.valuesPath}/\` |`,
        ...(provenance.sourceRepository === ''
            ? []
            : [`| source | \`${provenance.sourceRepository}@${provenance.commit}\` |`]),
        '',
        'Files:',
        '',
        ...generated.files.map((f) => `- \`${f.file}\``),
        '',
        'Merging deploys them: Argo CD reads the folder from this branch. Regenerated on each run: do not edit by hand.',
        ''
    ].join('\n');
    return {
        title: `values: ${inputs.app} in ${names.namespace} (${inputs.cloud}/${inputs.env})`,
        body
    };
}
/** The oldest open pull request is the one kept up to date; without one, a new one is opened. */
function decideProposal(open, wanted) {
    const pull = [...open].sort((a, b) => a.number - b.number)[0];
    if (pull === undefined)
        return { kind: 'create' };
    if (pull.title === wanted.title && pull.body === wanted.body)
        return { kind: 'keep', pull };
    return { kind: 'update', pull };
}
/**
 * Opens the pull request, or updates the open one. A create that failed is followed by a look: it
 * may have happened (an answer lost), or another run may have opened it first.
 */
async function proposeChange(github, proposal, log) {
    const decision = decideProposal(await github.openPullRequests(proposal.head, proposal.base), proposal);
    switch (decision.kind) {
        case 'keep':
            log.info(`Pull request #${decision.pull.number} already proposes this change: ${decision.pull.url}`);
            return { number: decision.pull.number, url: decision.pull.url, action: 'unchanged' };
        case 'update': {
            const pull = await github.updatePullRequest(decision.pull.number, proposal);
            log.info(`Updated pull request #${pull.number}: ${pull.url}`);
            return { number: pull.number, url: pull.url, action: 'updated' };
        }
        case 'create':
            try {
                const pull = await github.createPullRequest(proposal);
                log.info(`Opened pull request #${pull.number}: ${pull.url}`);
                return { number: pull.number, url: pull.url, action: 'created' };
            }
            catch (error) {
                const again = decideProposal(await github.openPullRequests(proposal.head, proposal.base), proposal);
                if (again.kind === 'create')
                    throw error;
                if (again.kind === 'update')
                    await github.updatePullRequest(again.pull.number, proposal);
                log.info(`Pull request #${again.pull.number} was opened meanwhile: ${again.pull.url}`);
                return { number: again.pull.number, url: again.pull.url, action: 'created' };
            }
    }
}
/** Publishes the generated folder as the settings ask; see the module comment. */
async function publishValues(generated, settings, deps) {
    const { log } = deps;
    const message = valuesCommitMessage(generated, deps.image, deps.provenance);
    const change = valuesChange(generated, message);
    const proposal = settings.mode === 'pull-request';
    const pushedBranch = proposal
        ? proposalBranch(generated.inputs.env, generated.inputs.app)
        : settings.branch;
    const repository = (0,_git_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(settings.repository);
    const pushed = await (0,_git_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .publishToBranch */ .D9)({
        repository: settings.repository,
        branch: pushedBranch,
        ...(proposal ? { base: settings.branch } : {}),
        ...(settings.token === undefined ? {} : { token: settings.token }),
        serverUrl: settings.serverUrl,
        log,
        change: () => change
    });
    const result = {
        mode: settings.mode,
        repository,
        branch: settings.branch,
        pushedBranch,
        path: generated.valuesPath,
        changed: pushed.changed,
        commitSha: pushed.commitSha,
        attempts: pushed.attempts,
        pullRequest: undefined
    };
    const where = `${generated.valuesPath}/ on ${pushedBranch} of ${repository}`;
    if (!pushed.differs) {
        log.info(`${generated.valuesPath}/ on ${settings.branch} of ${repository} already holds these files: nothing to ${proposal ? 'propose' : 'commit'}`);
        return result;
    }
    log.info(pushed.changed
        ? `Committed ${where} as ${pushed.commitSha} (attempt ${pushed.attempts})`
        : `${where} already is this change (${pushed.commitSha})`);
    if (!proposal)
        return result;
    const github = await deps.connect();
    const text = proposalText(generated, deps.image, deps.provenance);
    result.pullRequest = await proposeChange(github, { ...text, head: pushedBranch, base: settings.branch }, log);
    return result;
}
/** The GitHub API for the pull request, loaded only when one is to be opened. */
function connectPullRequests(settings, log) {
    return async () => {
        if (settings.apiRepository === undefined || settings.token === undefined)
            throw new ValuesPublishError('A pull request needs the repository as owner/name and a github-token');
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(11), __webpack_require__.e(9), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 7707));
        return createGitHubClient({
            token: settings.token,
            repository: settings.apiRepository,
            baseUrl: settings.apiUrl,
            log
        });
    };
}
/** The outputs of publishing; all empty when nothing was to be published. */
function publishOutputs(result) {
    return {
        changed: String(result?.changed ?? false),
        'commit-sha': result?.commitSha ?? '',
        'pull-request-url': result?.pullRequest?.url ?? ''
    };
}
/** The summary's part: what was committed where, or the pull request. */
function renderPublishSection(result) {
    const proposal = result.mode === 'pull-request';
    const headline = !proposal
        ? result.changed
            ? `Committed \`${result.path}/\` to \`${result.branch}\` of \`${result.repository}\`.`
            : `\`${result.path}/\` on \`${result.branch}\` of \`${result.repository}\` already held these files: no commit was made.`
        : result.pullRequest === undefined
            ? `\`${result.path}/\` on \`${result.branch}\` of \`${result.repository}\` already holds these files: no pull request was needed.`
            : `Pull request [#${result.pullRequest.number}](${result.pullRequest.url}) proposes \`${result.path}/\` for \`${result.branch}\` of \`${result.repository}\` (${result.pullRequest.action}).`;
    const rows = [
        ['repository', (0,_markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(result.repository)],
        ['branch', (0,_markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(result.pushedBranch)],
        ['folder', (0,_markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(`${result.path}/`)],
        ['commit', result.commitSha === '' ? '(none)' : (0,_markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(result.commitSha)],
        ...(result.pullRequest === undefined
            ? []
            : [['pull request', result.pullRequest.url]])
    ];
    return (`#### Published (${result.mode})\n\n${headline}\n\n| | |\n| --- | --- |\n` +
        rows.map(([k, v]) => `| ${k} | ${(0,_markdown_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .tableCell */ .xR)(v)} |\n`).join(''));
}


/***/ })

};
