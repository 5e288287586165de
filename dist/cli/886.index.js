export const id = 886;
export const ids = [886];
export const modules = {

/***/ 5367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ sorted),
/* harmony export */   R0: () => (/* binding */ validateValues),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   h5: () => (/* binding */ kedaScaledObject),
/* harmony export */   ld: () => (/* binding */ helmValues),
/* harmony export */   lo: () => (/* binding */ karpenterNodePool),
/* harmony export */   mb: () => (/* binding */ argoApplication),
/* harmony export */   nA: () => (/* binding */ ARTIFACT_FILES),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony exports IDENTITY_ANNOTATIONS, EXTERNAL_DNS_HOSTNAME, EXTERNAL_DNS_TARGET, NODEPOOL_LABEL */
/* harmony import */ var _kubernetes_models_argo_cd_argoproj_io_v1alpha1_Application__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8823);
/* harmony import */ var _kubernetes_models_karpenter_karpenter_sh_v1_NodePool__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4657);
/* harmony import */ var _kubernetes_models_keda_keda_sh_v1alpha1_ScaledObject__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3505);
/* harmony import */ var kubernetes_models_networking_k8s_io_v1_Ingress__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(226);
/* harmony import */ var kubernetes_models_v1_ServiceAccount__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4441);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4225);






/** The files gen-values writes, in the order it writes and lists them. */
const ARTIFACT_FILES = {
    values: 'values.yaml',
    application: 'argocd-application.yaml',
    keda: 'keda-scaledobject.yaml',
    karpenter: 'karpenter-nodepool.yaml',
    names: 'names.json'
};
/** A generated manifest does not validate against its published schema. */
class ManifestError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    file;
    schema;
    detail;
    constructor(file, schema, detail) {
        super(`${file} does not validate against the ${schema} schema: ${detail}`);
        this.file = file;
        this.schema = schema;
        this.detail = detail;
    }
}
/** The service-account annotation each cloud's workload identity is bound by. */
const IDENTITY_ANNOTATIONS = {
    aws_role_arn: 'eks.amazonaws.com/role-arn',
    azure_client_id: 'azure.workload.identity/client-id',
    gcp_service_account: 'iam.gke.io/gcp-service-account'
};
const EXTERNAL_DNS_HOSTNAME = 'external-dns.alpha.kubernetes.io/hostname';
const EXTERNAL_DNS_TARGET = 'external-dns.alpha.kubernetes.io/target';
/** Karpenter labels each node with the pool that made it. */
const NODEPOOL_LABEL = 'karpenter.sh/nodepool';
/** Keys sorted, so a map from data (labels, annotations) always serialises alike. */
function sorted(map) {
    return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function helmValues(input) {
    const { names, settings, image, identity } = input;
    const podLabels = { ...input.labels };
    // Azure's webhook injects the token only into pods that ask for it.
    if (identity?.kind === 'azure_client_id')
        podLabels['azure.workload.identity/use'] = 'true';
    const ingressAnnotations = { [EXTERNAL_DNS_HOSTNAME]: names.dns_host };
    if (input.gatewayAddress !== undefined)
        ingressAnnotations[EXTERNAL_DNS_TARGET] = input.gatewayAddress;
    const values = {
        fullnameOverride: names.release_name,
        // With KEDA, its HPA owns the count; the chart's starts at KEDA's minimum.
        replicaCount: settings.keda.enabled ? settings.keda.min_replicas : settings.replicas,
        image: {
            repository: image?.repository ?? names.registry_repository,
            // A digest pins what runs; a tag alone is kept only when there is no digest.
            ...(image?.digest !== undefined
                ? { digest: image.digest }
                : image?.tag !== undefined
                    ? { tag: image.tag }
                    : {}),
            pullPolicy: 'IfNotPresent'
        },
        commonLabels: sorted(input.labels),
        podLabels: sorted(podLabels),
        serviceAccount: {
            create: true,
            name: names.release_name,
            annotations: identity === undefined ? {} : { [IDENTITY_ANNOTATIONS[identity.kind]]: identity.value }
        },
        ingress: {
            enabled: true,
            className: settings.ingress_class,
            annotations: sorted(ingressAnnotations),
            hosts: [{ host: names.dns_host, paths: [{ path: '/', pathType: 'Prefix' }] }]
        },
        resources: {
            requests: {
                cpu: settings.resources.requests.cpu,
                memory: settings.resources.requests.memory
            },
            limits: { cpu: settings.resources.limits.cpu, memory: settings.resources.limits.memory }
        }
    };
    if (settings.karpenter.enabled)
        values.nodeSelector = { [NODEPOOL_LABEL]: names.namespace };
    return values;
}
/**
 * Helm values have no schema of their own: what the chart makes of them is validated instead, the
 * Ingress and the ServiceAccount as `helm create`'s templates render them, which also checks the
 * resources, labels and annotations.
 */
function validateValues(values, namespace) {
    const v = values;
    const metadata = (name, annotations) => ({
        name,
        namespace,
        labels: v.commonLabels,
        annotations
    });
    check(ARTIFACT_FILES.values, 'Kubernetes ServiceAccount (from serviceAccount)', () => new kubernetes_models_v1_ServiceAccount__WEBPACK_IMPORTED_MODULE_1__/* .ServiceAccount */ .V({
        metadata: metadata(v.serviceAccount.name, v.serviceAccount.annotations)
    }).validate());
    check(ARTIFACT_FILES.values, 'Kubernetes Ingress (from ingress)', () => new kubernetes_models_networking_k8s_io_v1_Ingress__WEBPACK_IMPORTED_MODULE_2__/* .Ingress */ .G({
        metadata: metadata(v.fullnameOverride, v.ingress.annotations),
        spec: {
            ingressClassName: v.ingress.className,
            rules: v.ingress.hosts.map((host) => ({
                host: host.host,
                http: {
                    paths: host.paths.map((p) => ({
                        path: p.path,
                        pathType: p.pathType,
                        backend: { service: { name: v.fullnameOverride, port: { name: 'http' } } }
                    }))
                }
            }))
        }
    }).validate());
    const quantities = [v.resources.requests, v.resources.limits].flatMap((a) => [a.cpu, a.memory]);
    for (const quantity of quantities)
        if (!/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.test(quantity))
            throw new ManifestError(ARTIFACT_FILES.values, 'Kubernetes quantity', `resources: ${JSON.stringify(quantity)} is not a quantity`);
}
/**
 * An Argo CD Application with several sources: the chart, with values.yaml from the runtime-facts
 * repository (`ref: values`, read as `$values/…`), and that repository's folder for the other
 * manifests when there are any. Named after the namespace, which is unique per env, bu and app.
 */
function argoApplication(input) {
    const { names, chart, runtimeFacts, settings } = input;
    const chartSource = {
        repoURL: chart.repo_url,
        ...(chart.path === undefined ? { chart: chart.name ?? '' } : { path: chart.path }),
        targetRevision: chart.version,
        helm: {
            releaseName: names.release_name,
            valueFiles: [`$values/${input.valuesPath}/${ARTIFACT_FILES.values}`]
        }
    };
    const sources = [
        chartSource,
        { repoURL: runtimeFacts.repo_url, targetRevision: runtimeFacts.branch, ref: 'values' }
    ];
    if (input.manifests.length > 0) {
        sources.push({
            repoURL: runtimeFacts.repo_url,
            targetRevision: runtimeFacts.branch,
            path: input.valuesPath,
            directory: {
                include: input.manifests.length === 1
                    ? (input.manifests[0] ?? '')
                    : `{${input.manifests.join(',')}}`
            }
        });
    }
    const { sync } = settings;
    const syncOptions = ['CreateNamespace=true'];
    // KEDA's HPA changes the Deployment's replicas: Argo CD must neither show that as drift nor undo it.
    const ignoreDifferences = settings.keda.enabled
        ? [
            {
                group: 'apps',
                kind: 'Deployment',
                name: names.release_name,
                jsonPointers: ['/spec/replicas']
            }
        ]
        : [];
    if (ignoreDifferences.length > 0)
        syncOptions.push('RespectIgnoreDifferences=true');
    return {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: {
            name: names.namespace,
            namespace: input.argocd.namespace,
            labels: sorted(input.labels)
        },
        spec: {
            project: input.argocd.project,
            sources,
            destination: { server: input.argocd.destination_server, namespace: names.namespace },
            ...(ignoreDifferences.length > 0 ? { ignoreDifferences } : {}),
            syncPolicy: {
                ...(sync.automated ? { automated: { prune: sync.prune, selfHeal: sync.self_heal } } : {}),
                syncOptions,
                managedNamespaceMetadata: { labels: sorted(input.labels) }
            }
        }
    };
}
/** A KEDA ScaledObject for the chart's Deployment (named after the release). */
function kedaScaledObject(names, labels, keda) {
    const triggers = [
        { type: 'cpu', metricType: 'Utilization', metadata: { value: String(keda.cpu_utilization) } }
    ];
    if (keda.memory_utilization !== undefined)
        triggers.push({
            type: 'memory',
            metricType: 'Utilization',
            metadata: { value: String(keda.memory_utilization) }
        });
    return {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: { name: names.release_name, namespace: names.namespace, labels: sorted(labels) },
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: names.release_name },
            minReplicaCount: keda.min_replicas,
            maxReplicaCount: keda.max_replicas,
            triggers
        }
    };
}
/**
 * A Karpenter NodePool for the app's pods (values.yaml selects it by `karpenter.sh/nodepool`),
 * made from the EC2NodeClass the config names. Cluster-scoped: named after the namespace.
 */
function karpenterNodePool(names, labels, karpenter) {
    const limits = {};
    if (karpenter.cpu_limit !== undefined)
        limits['cpu'] = karpenter.cpu_limit;
    if (karpenter.memory_limit !== undefined)
        limits['memory'] = karpenter.memory_limit;
    return {
        apiVersion: 'karpenter.sh/v1',
        kind: 'NodePool',
        metadata: { name: names.namespace, labels: sorted(labels) },
        spec: {
            template: {
                metadata: { labels: sorted(labels) },
                spec: {
                    nodeClassRef: {
                        group: 'karpenter.k8s.aws',
                        kind: 'EC2NodeClass',
                        name: karpenter.node_class
                    },
                    requirements: [
                        {
                            key: 'karpenter.sh/capacity-type',
                            operator: 'In',
                            values: [...karpenter.capacity_types]
                        },
                        { key: 'kubernetes.io/arch', operator: 'In', values: [...karpenter.architectures] },
                        { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }
                    ]
                }
            },
            ...(Object.keys(limits).length > 0 ? { limits } : {}),
            disruption: {
                consolidationPolicy: 'WhenEmptyOrUnderutilized',
                consolidateAfter: karpenter.consolidate_after
            }
        }
    };
}
/** Validates a manifest against the schema its kind publishes (the CRD's OpenAPI schema). */
function validateManifest(file, manifest) {
    switch (manifest.kind) {
        case 'Application':
            return check(file, 'Argo CD Application (argoproj.io/v1alpha1)', () => new _kubernetes_models_argo_cd_argoproj_io_v1alpha1_Application__WEBPACK_IMPORTED_MODULE_3__/* .Application */ .l(manifest).validate());
        case 'ScaledObject':
            return check(file, 'KEDA ScaledObject (keda.sh/v1alpha1)', () => new _kubernetes_models_keda_keda_sh_v1alpha1_ScaledObject__WEBPACK_IMPORTED_MODULE_4__/* .ScaledObject */ .q(manifest).validate());
        case 'NodePool':
            return check(file, 'Karpenter NodePool (karpenter.sh/v1)', () => new _kubernetes_models_karpenter_karpenter_sh_v1_NodePool__WEBPACK_IMPORTED_MODULE_5__/* .NodePool */ .l(manifest).validate());
    }
}
function check(file, schema, validate) {
    try {
        validate();
    }
    catch (error) {
        throw new ManifestError(file, schema, (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    }
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
