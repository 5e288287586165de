export const id = 653;
export const ids = [653,534];
export const modules = {

/***/ 2534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateArtifacts: () => (/* binding */ generateArtifacts),
/* harmony export */   namesDocument: () => (/* binding */ namesDocument),
/* harmony export */   renderNamesJson: () => (/* binding */ renderNamesJson)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3645);
/* harmony import */ var _facts_runtime_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2598);
/* harmony import */ var _naming_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3764);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5367);




/** The names as the OpenTofu module outputs them: its objects' keys in lexical order. */
function namesDocument(derived) {
    return { names: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .sorted */ .IP)(derived.names), tags: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .sorted */ .IP)(derived.tags) };
}
/** names.json: the names as the HCL module outputs `names`, plus the tags. */
function renderNamesJson(derived) {
    return `${JSON.stringify(namesDocument(derived), null, 2)}\n`;
}
/**
 * Derives the names and everything gen-values writes from them, the config and the runtime facts,
 * and validates every manifest; nothing is written. Errors: NamingError (inputs or names),
 * ConfigError (a setting gen-values needs, or one that cannot hold for this cloud), FactsError
 * (facts of another cloud or environment), ManifestError (a manifest its schema refuses).
 */
function generateArtifacts(request) {
    const { config, image, facts } = request;
    const derived = (0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveNames */ .On)(request.naming, config);
    const { names, tags } = derived;
    const inputs = { ...request.naming, org: tags.org };
    const settings = (0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSettings */ .Mo)(config, inputs.env);
    const gitops = (0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gitOpsSettings */ .o3)(config);
    const issues = [];
    if (gitops.chart === undefined)
        issues.push((0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .globalIssue */ .LV)(config, ['chart'], 'is missing: expected the Helm chart the Argo CD Application deploys (repo_url, path or name, version)'));
    if (gitops.runtime_facts === undefined)
        issues.push((0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .globalIssue */ .LV)(config, ['runtime_facts'], 'is missing: expected the repository Argo CD reads values.yaml from (repo_url, branch, path)'));
    if (settings.karpenter.enabled && inputs.cloud !== 'aws')
        issues.push((0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .settingIssue */ .E0)(config, inputs.env, ['karpenter', 'enabled'], `is true for ${inputs.env}, but Karpenter NodePools run only on AWS (EKS) and the cloud is ${inputs.cloud}: expected false, or no karpenter block, for ${inputs.cloud}`));
    const { chart, runtime_facts: runtimeFacts } = gitops;
    if (issues.length > 0 || chart === undefined || runtimeFacts === undefined) {
        throw new _naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(issues);
    }
    let identity;
    let gatewayAddress;
    const notes = [];
    if (facts !== undefined) {
        const factIssues = [];
        if (facts.cluster_type !== inputs.cloud)
            factIssues.push((0,_facts_runtime_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .factIssue */ ._P)(facts, ['cluster_type', 'value'], `is ${JSON.stringify(facts.cluster_type)}, but the cloud is ${JSON.stringify(inputs.cloud)}: expected the facts of a ${inputs.cloud} cluster stack`));
        gatewayAddress = facts.env_gateway_public_addresses[inputs.env];
        if (gatewayAddress === undefined)
            factIssues.push((0,_facts_runtime_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .factIssue */ ._P)(facts, ['env_gateway_public_addresses', 'value'], `has no address for ${inputs.env}: expected one for every environment the cluster serves (has ${Object.keys(facts.env_gateway_public_addresses).sort().join(', ') || 'none'})`));
        if (factIssues.length > 0)
            throw new _facts_runtime_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .FactsError */ ._B(factIssues);
        const own = facts.workload_identities[inputs.app];
        if (own !== undefined)
            identity = { ...own, fact: `workload_identities.${inputs.app}` };
        else
            notes.push(`The runtime facts hold no workload_identities.${inputs.app}: the service account gets no cloud identity.`);
    }
    else {
        notes.push('No runtime facts: no workload identity and no ExternalDNS target; the cluster is not checked against the cloud.');
    }
    if (image === undefined)
        notes.push(`No image: values.yaml names ${names.registry_repository} without a tag, so the chart's default tag is deployed.`);
    else if (image.repository !== names.registry_repository)
        notes.push(`The image repository ${image.repository} is not the app's registry repository ${names.registry_repository}.`);
    const labels = labelsOf(derived);
    const valuesPath = [runtimeFacts.path, inputs.cloud, names.cluster_name, names.namespace].join('/');
    const values = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .helmValues */ .ld)({ names, labels, settings, image, identity, gatewayAddress });
    (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .validateValues */ .R0)(values, names.namespace);
    const manifests = [];
    if (settings.keda.enabled)
        manifests.push([_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.keda, (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .kedaScaledObject */ .h5)(names, labels, settings.keda)]);
    if (settings.karpenter.enabled)
        manifests.push([
            _manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.karpenter,
            (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .karpenterNodePool */ .lo)(names, labels, settings.karpenter)
        ]);
    const application = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .argoApplication */ .mb)({
        names,
        labels,
        settings,
        argocd: gitops.argocd,
        chart,
        runtimeFacts,
        valuesPath,
        manifests: manifests.map(([file]) => file)
    });
    (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .validateManifest */ .yl)(_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.application, application);
    for (const [file, manifest] of manifests)
        (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .validateManifest */ .yl)(file, manifest);
    const header = headerOf(inputs);
    const files = [
        { file: _manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.values, content: yaml(header, values) },
        { file: _manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.application, content: yaml(header, application) },
        ...manifests.map(([file, manifest]) => ({ file, content: yaml(header, manifest) })),
        { file: _manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.names, content: renderNamesJson(derived) }
    ];
    const cluster = facts === undefined
        ? undefined
        : { name: facts.cluster_name, type: facts.cluster_type, file: facts.file };
    return { ...derived, inputs, settings, gitops, valuesPath, identity, cluster, files, notes };
}
/** The tags as Kubernetes labels; each value is checked as a label value, whatever the cloud. */
function labelsOf(derived) {
    const labels = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .sorted */ .IP)(derived.tags);
    for (const [key, value] of Object.entries(labels)) {
        const failure = (0,_naming_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRule */ .T9)('k8s-label-value', value)[0];
        if (failure !== undefined)
            throw new _manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .ARTIFACT_FILES */ .nA.values, 'Kubernetes label', `the tag ${key}=${JSON.stringify(value)} cannot be a label: ${failure.detail}`);
    }
    return labels;
}
function headerOf(inputs) {
    const said = ['org', 'cloud', 'env', 'region', 'bu', 'app', 'owner']
        .map((key) => `${key}=${inputs[key]}`)
        .join(' ');
    return `# Generated by gen-values from ${said}.\n# Do not edit: change the config or the inputs and generate again.\n`;
}
function yaml(header, document) {
    return header + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(document, { lineWidth: 0, aliasDuplicateObjects: false });
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  genValuesOutputs: () => (/* binding */ genValuesOutputs),
  renderGenValuesSummary: () => (/* binding */ renderGenValuesSummary),
  renderNamesTable: () => (/* binding */ renderNamesTable),
  runGenValues: () => (/* binding */ runGenValues)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/facts/runtime-facts.ts
var runtime_facts = __webpack_require__(2598);
// EXTERNAL MODULE: ./src/naming/index.ts + 3 modules
var naming = __webpack_require__(3764);
// EXTERNAL MODULE: ./src/gitops/artifacts.ts
var artifacts = __webpack_require__(2534);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/gitops/manifests.ts
var manifests = __webpack_require__(5367);
;// CONCATENATED MODULE: ./src/gitops/write.ts




/** The output folder cannot be replaced: it holds other files, or is not a folder. */
class OutputFolderError extends errors/* ActionError */.lZ {
    outDir;
    reason;
    constructor(outDir, reason) {
        super(`The output folder ${outDir} ${reason}`);
        this.outDir = outDir;
        this.reason = reason;
    }
}
const OWN_FILES = Object.values(manifests/* ARTIFACT_FILES */.nA);
/**
 * Checks that the output folder is absent, or a folder holding only files gen-values writes: it is
 * replaced whole, so that a file of an earlier run (a KEDA manifest since disabled) does not linger,
 * and nothing else may be lost with it.
 */
function checkOutputFolder(outDir) {
    if (!(0,external_node_fs_.existsSync)(outDir))
        return;
    if (!(0,external_node_fs_.lstatSync)(outDir).isDirectory())
        throw new OutputFolderError(outDir, 'is not a folder: expected a folder or nothing there');
    const foreign = (0,external_node_fs_.readdirSync)(outDir)
        .filter((entry) => !OWN_FILES.includes(entry) || !(0,external_node_fs_.lstatSync)((0,external_node_path_.join)(outDir, entry)).isFile())
        .sort();
    if (foreign.length > 0)
        throw new OutputFolderError(outDir, `holds ${foreign.map((f) => JSON.stringify(f)).join(', ')}, which gen-values does not write: it replaces the folder whole, so give it a folder of its own (expected only ${OWN_FILES.join(', ')})`);
}
/**
 * Writes the files into a temporary sibling of the output folder, then swaps it in by renames: on
 * any error the output folder is left exactly as it was, and the temporary folders are removed.
 */
function writeArtifacts(outDir, files) {
    checkOutputFolder(outDir);
    const parent = (0,external_node_path_.dirname)(outDir);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outDir)}.new-`));
    let previous;
    try {
        // mkdtemp makes a private folder; the output folder gets the mode mkdir would give it.
        (0,external_node_fs_.chmodSync)(staging, 0o777 & ~process.umask());
        for (const artifact of files)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(staging, artifact.file), artifact.content, { flag: 'wx' });
        if ((0,external_node_fs_.existsSync)(outDir)) {
            previous = `${staging}.previous`;
            (0,external_node_fs_.renameSync)(outDir, previous);
        }
        try {
            (0,external_node_fs_.renameSync)(staging, outDir);
        }
        catch (error) {
            if (previous !== undefined)
                (0,external_node_fs_.renameSync)(previous, outDir);
            previous = undefined;
            throw error;
        }
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        throw error;
    }
    if (previous !== undefined)
        (0,external_node_fs_.rmSync)(previous, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/gitops/job.ts





/**
 * gen-values: reads the config and the runtime facts, derives the names, generates and validates
 * every artifact in memory, then writes them all into the output folder or none (see
 * writeArtifacts). Any error leaves the output folder as it was.
 */
async function runGenValues(settings, deps) {
    const { log } = deps;
    const config = await log.group(`Read the config in ${settings.configDir}`, async () => (0,naming/* loadConfig */.Z9)(settings.configDir));
    const facts = await log.group('Read the runtime facts', async () => {
        if (settings.factsFile === undefined) {
            log.info('No runtime-facts file: values without cloud identity or gateway address.');
            return undefined;
        }
        const read = (0,runtime_facts/* readRuntimeFacts */.cE)(settings.factsFile);
        log.info(`${settings.factsFile}: ${read.cluster_type} cluster ${read.cluster_name}`);
        return read;
    });
    const generated = await log.group('Derive the names and generate the artifacts', async () => {
        const result = (0,artifacts.generateArtifacts)({
            config,
            naming: settings.naming,
            image: settings.image,
            facts
        });
        for (const key of naming/* NAME_KEYS */.P)
            log.info(`${key}: ${result.names[key]}`);
        for (const note of result.notes)
            log.warning(note);
        return result;
    });
    const written = await log.group(settings.dryRun ? `Dry run: write nothing to ${settings.outDir}` : `Write ${settings.outDir}`, async () => {
        checkOutputFolder(settings.outDir);
        if (settings.dryRun)
            return [];
        writeArtifacts(settings.outDir, generated.files);
        const paths = generated.files.map((f) => (0,external_node_path_.join)(settings.outDir, f.file));
        for (const path of paths)
            log.info(path);
        return paths;
    });
    return { ...generated, outDir: settings.outDir, dryRun: settings.dryRun, written };
}
/** The action's outputs. */
function genValuesOutputs(result) {
    return {
        'cluster-name': result.names.cluster_name,
        namespace: result.names.namespace,
        'dns-host': result.names.dns_host,
        'release-name': result.names.release_name,
        'out-dir': result.outDir,
        files: JSON.stringify(result.written),
        'values-path': result.valuesPath
    };
}
const escapeCell = (text) => text.replace(/\|/g, '\\|');
/** The step summary: the names, the tags, the files and where they belong. */
function renderGenValuesSummary(result, outDirShown) {
    const { inputs, names, tags, gitops } = result;
    const lines = [
        `### gen-values: ${inputs.app} in \`${names.namespace}\``,
        '',
        `${inputs.cloud} · ${inputs.env} · ${inputs.region} · ${inputs.bu} · owner ${inputs.owner}`,
        '',
        '| name | value |',
        '| --- | --- |',
        ...naming/* NAME_KEYS */.P.map((key) => `| \`${key}\` | \`${escapeCell(names[key])}\` |`),
        '',
        `Tags: ${naming/* TAG_KEYS */.SE.map((key) => `\`${key}=${escapeCell(tags[key])}\``).join(', ')}`,
        ''
    ];
    const files = result.files.map((f) => f.file);
    if (result.dryRun) {
        lines.push(`**Dry run**: nothing written. ${files.length} files would be written to \`${outDirShown}\`: ${files.map((f) => `\`${f}\``).join(', ')}.`);
    }
    else {
        lines.push(`**${files.length} files written** to \`${outDirShown}\`:`, '');
        for (const file of files)
            lines.push(`- \`${file}\``);
    }
    const facts = gitops.runtime_facts;
    if (facts !== undefined)
        lines.push('', `Argo CD reads them from \`${facts.repo_url}\`, branch \`${facts.branch}\`, folder \`${result.valuesPath}/\`.`);
    const { sync, keda } = result.settings;
    lines.push('', `Sync: ${sync.automated ? `automated (prune ${sync.prune}, self-heal ${sync.self_heal})` : 'manual'}` +
        ` · replicas ${keda.enabled ? `${keda.min_replicas} to ${keda.max_replicas} (KEDA)` : result.settings.replicas}` +
        ` · Karpenter ${result.settings.karpenter.enabled ? 'on' : 'off'}` +
        ` · identity ${result.identity === undefined ? 'none' : `\`${result.identity.fact}\` (${result.identity.kind})`}`);
    if (result.cluster !== undefined)
        lines.push('', `Runtime facts: ${result.cluster.type} cluster \`${result.cluster.name}\` (\`${(0,external_node_path_.basename)(result.cluster.file)}\`).`);
    if (result.notes.length > 0)
        lines.push('', '**Notes**', '', ...result.notes.map((note) => `- ${note}`));
    return `${lines.join('\n')}\n`;
}
/** The names as a text table, for a terminal. */
function renderNamesTable(result) {
    const rows = [
        ...naming/* NAME_KEYS */.P.map((key) => [key, result.names[key]]),
        ...naming/* TAG_KEYS */.SE.map((key) => [`tags.${key}`, result.tags[key]])
    ];
    const width = Math.max(...rows.map(([key]) => key.length));
    return rows.map(([key, value]) => `${key.padEnd(width)}  ${value}\n`).join('');
}


/***/ }),

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


/***/ })

};
