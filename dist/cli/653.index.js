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
/* harmony import */ var _naming_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1353);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1152);




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
// EXTERNAL MODULE: ./src/naming/index.ts + 2 modules
var naming = __webpack_require__(1353);
// EXTERNAL MODULE: ./src/gitops/artifacts.ts
var artifacts = __webpack_require__(2534);
// EXTERNAL MODULE: ./src/gitops/image.ts
var gitops_image = __webpack_require__(5552);
// EXTERNAL MODULE: ./src/gitops/publish.ts
var publish = __webpack_require__(4886);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/common/safe-fs.ts
var safe_fs = __webpack_require__(4043);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/gitops/manifests.ts + 90 modules
var manifests = __webpack_require__(1152);
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
function writeArtifacts(outDir, files, root = (0,external_node_path_.dirname)(outDir)) {
    checkOutputFolder(outDir);
    const parent = (0,external_node_path_.dirname)(outDir);
    // Every folder between the workspace and the output folder: made, never followed as a link.
    (0,safe_fs/* ensureFolder */.f2)(root, parent);
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outDir)}.new-`));
    let previous;
    try {
        // mkdtemp makes a private folder; the output folder gets the mode mkdir would give it.
        (0,external_node_fs_.chmodSync)(staging, 0o777 & ~process.umask());
        for (const artifact of files)
            (0,safe_fs/* createFileExclusive */.Dn)((0,external_node_path_.join)(staging, artifact.file), artifact.content, 0o666 & ~process.umask());
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
 * every artifact in memory, publishes them when asked, then writes them all into the output folder
 * or none (see writeArtifacts). Any error leaves the output folder as it was; a failed publish
 * leaves the remote branch as it was and the output folder too.
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
    checkOutputFolder(settings.outDir);
    const target = settings.publish;
    let published;
    if (target !== undefined && settings.dryRun) {
        log.info(`Dry run: nothing is published to ${target.branch} (${target.mode})`);
    }
    else if (target !== undefined) {
        const configured = generated.gitops.runtime_facts?.branch;
        if (configured !== undefined && configured !== target.branch)
            log.warning(`The values are published to the branch ${target.branch}, but the Argo CD Application reads them from ${configured} (runtime_facts.branch of globals.yaml)`);
        published = await log.group(`Publish ${generated.valuesPath}/ (${target.mode}) to ${target.branch}`, () => (0,publish.publishValues)(generated, target, {
            log,
            image: settings.image === undefined ? '' : (0,gitops_image/* pinnedReference */.ct)(settings.image),
            provenance: deps.provenance ?? { sourceRepository: '', commit: '', runUrl: '' },
            connect: deps.connect ??
                (() => Promise.reject(new Error('no GitHub API is given to open a pull request')))
        }));
    }
    const written = await log.group(settings.dryRun ? `Dry run: write nothing to ${settings.outDir}` : `Write ${settings.outDir}`, async () => {
        if (settings.dryRun)
            return [];
        writeArtifacts(settings.outDir, generated.files, settings.outRoot);
        const paths = generated.files.map((f) => (0,external_node_path_.join)(settings.outDir, f.file));
        for (const path of paths)
            log.info(path);
        return paths;
    });
    return { ...generated, outDir: settings.outDir, dryRun: settings.dryRun, written, published };
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
        'values-path': result.valuesPath,
        ...(0,publish.publishOutputs)(result.published)
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
    if (result.published !== undefined)
        lines.push('', (0,publish.renderPublishSection)(result.published).trimEnd());
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


/***/ })

};
