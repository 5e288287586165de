export const id = 534;
export const ids = [534];
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


/***/ })

};
