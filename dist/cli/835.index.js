export const id = 835;
export const ids = [835];
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

/***/ 1353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ yaml_source/* ConfigError */.xL),
  Z: () => (/* reexport */ DEFAULT_CONFIG_DIR),
  P: () => (/* reexport */ naming_rules/* NAME_KEYS */.P),
  SE: () => (/* reexport */ naming_rules/* TAG_KEYS */.SE),
  T9: () => (/* reexport */ naming_rules/* checkRule */.T9),
  On: () => (/* reexport */ deriveNames),
  o3: () => (/* reexport */ gitOpsSettings),
  LV: () => (/* reexport */ globalIssue),
  Z9: () => (/* reexport */ loadConfig),
  Mo: () => (/* reexport */ resolveSettings),
  E0: () => (/* reexport */ settingIssue)
});

// UNUSED EXPORTS: ARGOCD_DEFAULTS, CLOUDS, CONFIG_FILES, DERIVATIONS, KARPENTER_DEFAULTS, KEDA_DEFAULTS, MANAGED_BY, NAME_RULES, NAMING_RULES, NamingError, YamlSource, baseDomain, closest, formatIssue, inputsText, levenshtein, moduleRulesDocument, namingRule, registry, unknownMessage

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(8827);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/naming/rules.ts
var naming_rules = __webpack_require__(9022);
// EXTERNAL MODULE: ./src/naming/suggest.ts
var suggest = __webpack_require__(1651);
// EXTERNAL MODULE: ./src/naming/yaml-source.ts
var yaml_source = __webpack_require__(3074);
;// CONCATENATED MODULE: ./src/naming/config.ts






/** The files of a config folder (by default `infrastructure/config/`). */
const CONFIG_FILES = {
    dictionary: 'dictionary.yaml',
    globals: 'globals.yaml',
    local: 'local.yaml'
};
const DEFAULT_CONFIG_DIR = 'infrastructure/config';
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NameKeySchema = schemas/* string */.YjP()
    .max(63, 'a name is at most 63 characters')
    .regex(DNS_LABEL, 'a name is lowercase letters, digits and hyphens, starting and ending with a letter or digit');
const EntrySchema = schemas/* strictObject */.rej({
    code: schemas/* string */.YjP({ error: 'a short code: 1 to 8 lowercase letters and digits' })
        .regex(/^[a-z0-9]{1,8}$/, 'a short code is 1 to 8 lowercase letters and digits'),
    description: schemas/* string */.YjP().optional()
});
const nonEmpty = (schema, what) => schemas/* record */.g1P(NameKeySchema, schema)
    .refine((value) => Object.keys(value).length > 0, `at least one ${what}`);
const DictionarySchema = schemas/* strictObject */.rej({
    clouds: nonEmpty(EntrySchema, 'cloud'),
    environments: nonEmpty(EntrySchema, 'environment'),
    regions: schemas/* record */.g1P(NameKeySchema, nonEmpty(EntrySchema, 'region')),
    business_units: nonEmpty(EntrySchema, 'business unit'),
    apps: nonEmpty(EntrySchema, 'app')
});
/** A Kubernetes quantity; YAML may give a plain number (`cpu: 1`). */
const quantity = (pattern, example) => {
    const error = `a Kubernetes quantity such as ${example}`;
    return schemas/* union */.KCZ([schemas/* string */.YjP().regex(pattern, error), schemas/* number */.aig().positive(error)], { error })
        .transform(String);
};
const Cpu = quantity(/^[0-9]+(\.[0-9]+)?m?$/, '"250m" or 1');
const Memory = quantity(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, '"256Mi"');
const ResourceAmounts = schemas/* strictObject */.rej({ cpu: Cpu, memory: Memory });
const SyncSchema = schemas/* strictObject */.rej({
    automated: schemas/* boolean */.zMY(),
    prune: schemas/* boolean */.zMY(),
    self_heal: schemas/* boolean */.zMY()
});
const wholeNumber = (min, max, what) => {
    const error = max === undefined ? `${what}: a whole number, ${min} or more` : `${what}: ${min} to ${max}`;
    const n = schemas/* int */.Whr({ error }).min(min, error);
    return max === undefined ? n : n.max(max, error);
};
/**
 * A KEDA ScaledObject for the app (keda-scaledobject.yaml), on CPU and optionally memory
 * utilisation. Every key is optional at every level; KEDA_DEFAULTS fills what no file sets.
 */
const KedaBlock = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY(),
    // CPU and memory triggers cannot scale to zero: KEDA needs at least one replica for them.
    min_replicas: wholeNumber(1, undefined, 'the fewest replicas'),
    max_replicas: wholeNumber(1, undefined, 'the most replicas'),
    cpu_utilization: wholeNumber(1, 100, 'a target CPU utilisation in percent'),
    memory_utilization: wholeNumber(1, 100, 'a target memory utilisation in percent')
})
    .partial();
const CAPACITY_TYPES = ['on-demand', 'spot', 'reserved'];
const ARCHITECTURES = ['amd64', 'arm64'];
/** A Karpenter NodePool for the app (karpenter-nodepool.yaml): AWS only. */
const KarpenterBlock = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY(),
    /** The EC2NodeClass the pool's nodes are made from. */
    node_class: NameKeySchema,
    capacity_types: schemas/* array */.YOg(schemas/* enum */.k5n(CAPACITY_TYPES, { error: `one of ${CAPACITY_TYPES.join(', ')}` }))
        .min(1, `at least one of ${CAPACITY_TYPES.join(', ')}`),
    architectures: schemas/* array */.YOg(schemas/* enum */.k5n(ARCHITECTURES, { error: `one of ${ARCHITECTURES.join(', ')}` }))
        .min(1, `at least one of ${ARCHITECTURES.join(', ')}`),
    /** The most CPU and memory the pool's nodes may add up to. */
    cpu_limit: quantity(/^[0-9]+(\.[0-9]+)?m?$/, '"64" or "64000m"'),
    memory_limit: quantity(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, '"256Gi"'),
    consolidate_after: schemas/* string */.YjP({ error: 'a duration such as 30s, 5m or 1h, or Never' })
        .regex(/^(Never|([0-9]+(s|m|h))+)$/, 'a duration such as 30s, 5m or 1h, or Never')
})
    .partial();
const DeploymentDefaults = schemas/* strictObject */.rej({
    resources: schemas/* strictObject */.rej({ requests: ResourceAmounts, limits: ResourceAmounts }),
    replicas: schemas/* int */.Whr({ error: 'a whole number of replicas, 0 or more' })
        .min(0, 'a whole number of replicas, 0 or more'),
    ingress_class: NameKeySchema,
    sync: SyncSchema,
    keda: KedaBlock.optional(),
    karpenter: KarpenterBlock.optional()
});
/** What a config that says nothing of KEDA or Karpenter gets: both off. */
const KEDA_DEFAULTS = {
    enabled: false,
    min_replicas: 1,
    max_replicas: 10,
    cpu_utilization: 80
};
const KARPENTER_DEFAULTS = {
    enabled: false,
    node_class: 'default',
    capacity_types: ['on-demand'],
    architectures: ['amd64'],
    consolidate_after: '1m'
};
/** The same settings, each optional: what an environment or a repository overrides. */
const DeploymentOverrides = schemas/* strictObject */.rej({
    resources: schemas/* strictObject */.rej({ requests: ResourceAmounts.partial(), limits: ResourceAmounts.partial() })
        .partial()
        .optional(),
    replicas: DeploymentDefaults.shape.replicas.optional(),
    ingress_class: NameKeySchema.optional(),
    sync: SyncSchema.partial().optional(),
    keda: KedaBlock.optional(),
    karpenter: KarpenterBlock.optional()
});
const OrgSchema = schemas/* string */.YjP({ error: 'the org: lowercase letters and digits, starting with a letter' })
    .regex(/^[a-z][a-z0-9]{0,62}$/, 'the org is 1 to 63 lowercase letters and digits, starting with a letter');
const BaseDomainSchema = schemas/* string */.YjP({ error: 'a DNS domain such as example.com' })
    .superRefine((value, ctx) => {
    const failure = (0,naming_rules/* checkRule */.T9)('dns-host', value)[0];
    if (failure !== undefined)
        ctx.addIssue({
            code: 'custom',
            message: `a DNS domain such as example.com: ${failure.detail}`
        });
});
const RegistrySchema = schemas/* string */.YjP({ error: 'a registry host and optional path such as ghcr.io/acme' })
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/, 'a registry host and optional path of lowercase letters and digits, such as ghcr.io/acme');
/** Where Argo CD fetches from: an https, ssh or scp-like git URL, or an OCI Helm registry path. */
const RepoUrlSchema = schemas/* string */.YjP({ error: 'a repository URL such as https://github.com/acme/charts.git' })
    .regex(/^((https?|ssh|git|oci):\/\/[^\s/]+(\/\S*)?|[\w.-]+@[\w.-]+:\S+|[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?\/\S+)$/, 'a repository URL: https://, ssh://, git@host:path, or an OCI registry path such as ghcr.io/acme/charts');
/** A folder inside a repository: relative, `/`-separated, never leaving the repository. */
const RepoPathSchema = schemas/* string */.YjP({ error: 'a folder inside the repository, such as charts/web' })
    .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+(?<!\/)$/, 'a relative folder inside the repository such as charts/web: letters, digits, ".", "_", "-" and "/", no ".." and no leading or trailing "/"');
/** A git branch name, as `git check-ref-format --branch` accepts the common ones. */
const BranchSchema = schemas/* string */.YjP({ error: 'a branch name such as runtime-facts' })
    .regex(/^(?!-)(?!.*(\.\.|\/\/|@\{|\.lock(\/|$)))[A-Za-z0-9._/-]+(?<![./])$/, 'a branch name: letters, digits, ".", "_", "-" and "/", not starting with "-", without ".." or "//", not ending in "." or "/"');
/**
 * The Helm chart the Argo CD Application deploys: from a git repository (`path`) or a Helm or OCI
 * repository (`name`), at `version` (a git revision, or a chart version).
 */
const ChartSchema = schemas/* strictObject */.rej({
    repo_url: RepoUrlSchema,
    path: RepoPathSchema.optional(),
    name: NameKeySchema.optional(),
    version: schemas/* string */.YjP({ error: 'a chart version or git revision such as 1.4.0' })
        .regex(/^[A-Za-z0-9][A-Za-z0-9._+/-]*$/, 'a chart version or git revision such as 1.4.0')
})
    .refine((chart) => (chart.path === undefined) !== (chart.name === undefined), 'exactly one of path (a chart in a git repository) or name (a chart in a Helm or OCI repository)');
/** The repository and branch CI keeps runtime facts and generated values in (Argo CD's `$values`). */
const RuntimeFactsSchema = schemas/* strictObject */.rej({
    repo_url: RepoUrlSchema,
    branch: BranchSchema,
    /** The folder under which each app's generated files are kept. */
    path: RepoPathSchema
});
const ArgoCdSchema = schemas/* strictObject */.rej({
    /** The Argo CD AppProject of the applications (default `default`). */
    project: NameKeySchema.optional(),
    /** The namespace Argo CD runs in (default `argocd`). */
    namespace: NameKeySchema.optional(),
    /** The cluster the applications deploy to (default: Argo CD's own cluster). */
    destination_server: schemas/* string */.YjP({ error: 'a Kubernetes API server URL such as https://kubernetes.default.svc' })
        .regex(/^https:\/\/[^\s/]+(\/\S*)?$/, 'a Kubernetes API server URL such as https://kubernetes.default.svc')
        .optional()
});
const GlobalsSchema = schemas/* strictObject */.rej({
    org: OrgSchema,
    base_domain: BaseDomainSchema,
    /** Defaults to `ghcr.io/<org>`. */
    registry: RegistrySchema.optional(),
    defaults: DeploymentDefaults,
    environments: schemas/* record */.g1P(NameKeySchema, DeploymentOverrides).optional(),
    argocd: ArgoCdSchema.optional(),
    chart: ChartSchema.optional(),
    runtime_facts: RuntimeFactsSchema.optional()
});
const LocalSchema = DeploymentOverrides.extend({
    base_domain: BaseDomainSchema.optional(),
    registry: RegistrySchema.optional(),
    argocd: ArgoCdSchema.optional(),
    chart: ChartSchema.optional()
});
/**
 * Reads and validates a config folder (by default `infrastructure/config`, from the working
 * directory): `dictionary.yaml` and `globals.yaml` (required) and `local.yaml` (optional). Every problem of every file is reported at once, each with its file,
 * line and column, key path and what was expected.
 */
function loadConfig(configDir = DEFAULT_CONFIG_DIR) {
    const issues = [];
    const read = (name, optional) => {
        try {
            return yaml_source/* YamlSource */.rC.read((0,external_node_path_.join)(configDir, name), { optional });
        }
        catch (error) {
            if (error instanceof yaml_source/* ConfigError */.xL) {
                issues.push(...error.issues);
                return undefined;
            }
            throw error;
        }
    };
    const dictionarySource = read(CONFIG_FILES.dictionary, false);
    const globalsSource = read(CONFIG_FILES.globals, false);
    const localSource = read(CONFIG_FILES.local, true);
    const dictionary = dictionarySource && validate(dictionarySource, DictionarySchema, issues);
    if (dictionary !== undefined && dictionarySource !== undefined)
        issues.push(...dictionaryIssues(dictionary, dictionarySource));
    const globals = globalsSource && validate(globalsSource, GlobalsSchema, issues);
    if (globals !== undefined && dictionary !== undefined && globalsSource !== undefined) {
        for (const env of Object.keys(globals.environments ?? {})) {
            const known = Object.keys(dictionary.environments);
            if (!known.includes(env))
                issues.push(globalsSource.issue(['environments', env], unknownMessage('an environment of dictionary.yaml', env, known), true));
        }
    }
    // An empty local.yaml is no override at all.
    const local = localSource && localSource.data() === null
        ? {}
        : localSource && validate(localSource, LocalSchema, issues);
    if (issues.length > 0 || dictionary === undefined || globals === undefined)
        throw new yaml_source/* ConfigError */.xL(issues);
    return {
        dir: configDir,
        dictionary,
        globals,
        local,
        ...(globalsSource === undefined
            ? {}
            : { sources: { globals: globalsSource, local: localSource } })
    };
}
/** "is not X; expected one of a, b. Did you mean "a"?" */
function unknownMessage(what, given, allowed) {
    const suggestion = (0,suggest/* closest */.k)(given, allowed);
    return (`${JSON.stringify(given)} is not ${what}; expected one of ${[...allowed].sort().join(', ')}` +
        (suggestion === undefined ? '' : `. Did you mean ${JSON.stringify(suggestion)}?`));
}
function validate(source, schema, issues) {
    const result = schema.safeParse(source.data());
    if (result.success)
        return result.data;
    for (const issue of result.error.issues) {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
            const allowed = keysAt(schema, path);
            for (const key of issue.keys)
                issues.push(source.issue([...path, key], unknownMessage('a known key', key, allowed), true));
        }
        else if (issue.code === 'invalid_key') {
            const detail = issue.issues[0]?.message ?? issue.message;
            issues.push(source.issue(path, `the key ${JSON.stringify(String(path.at(-1)))} is not valid: ${detail}`, true));
        }
        else {
            const missing = issue.code === 'invalid_type' && valueAt(source.data(), path) === undefined;
            issues.push(source.issue(path, missing
                ? `is missing: expected ${expected(issue.message)}`
                : `expected ${expected(issue.message)}`));
        }
    }
    return undefined;
}
/** zod's "Invalid input: expected string, received undefined" reads as "string". */
function expected(message) {
    return message.replace(/^Invalid input: expected /, '').replace(/, received \w+$/, '');
}
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** The keys an object schema allows at a path, for "did you mean" on an unknown key. */
function keysAt(schema, path) {
    let def = schema._zod.def;
    const unwrap = () => {
        for (;;) {
            const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
            if (inner === undefined)
                return;
            def = inner._zod.def;
        }
    };
    unwrap();
    for (const segment of path) {
        const next = def.type === 'object'
            ? def.shape?.[String(segment)]
            : def.type === 'record'
                ? def.valueType
                : def.type === 'array'
                    ? def.element
                    : undefined;
        if (next === undefined)
            return [];
        def = next._zod.def;
        unwrap();
    }
    return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
/** What the schema cannot say alone: clouds this library knows, regions of known clouds, unique codes. */
function dictionaryIssues(dictionary, source) {
    const issues = [];
    const clouds = Object.keys(dictionary.clouds);
    for (const cloud of clouds) {
        if (!naming_rules/* CLOUDS */.JJ.includes(cloud))
            issues.push(source.issue(['clouds', cloud], unknownMessage('a cloud this library has naming rules for', cloud, naming_rules/* CLOUDS */.JJ), true));
        else if (dictionary.regions[cloud] === undefined)
            issues.push(source.issue(['clouds', cloud], `has no regions: expected regions.${cloud} with at least one region`, true));
    }
    for (const cloud of Object.keys(dictionary.regions)) {
        if (!clouds.includes(cloud))
            issues.push(source.issue(['regions', cloud], unknownMessage('a cloud of this dictionary', cloud, clouds), true));
    }
    const sections = [
        [['clouds'], dictionary.clouds],
        [['environments'], dictionary.environments],
        ...Object.entries(dictionary.regions).map(([cloud, regions]) => [
            ['regions', cloud],
            regions
        ]),
        [['business_units'], dictionary.business_units],
        [['apps'], dictionary.apps]
    ];
    // Two entries with one code would derive the same names for different things.
    for (const [path, entries] of sections) {
        const seen = new Map();
        for (const [name, entry] of Object.entries(entries)) {
            const first = seen.get(entry.code);
            if (first === undefined)
                seen.set(entry.code, name);
            else
                issues.push(source.issue([...path, name, 'code'], `the code ${JSON.stringify(entry.code)} is already the code of ${[...path, first].join('.')}: expected a code unique in ${path.join('.')}`));
        }
    }
    return issues;
}
/** The base domain: local.yaml over globals.yaml. */
function baseDomain(config) {
    return config.local?.base_domain ?? config.globals.base_domain;
}
/** The registry: local.yaml over globals.yaml over `ghcr.io/<org>`. */
function registry(config, org = config.globals.org) {
    return config.local?.registry ?? config.globals.registry ?? `ghcr.io/${org}`;
}
/**
 * The settings of one environment: local.yaml over the environment's override in globals.yaml over
 * the defaults of globals.yaml, key by key (an override of `resources.limits.cpu` keeps the rest).
 * An environment the dictionary does not list is an InputError.
 */
function resolveSettings(config, env) {
    const known = Object.keys(config.dictionary.environments);
    if (!known.includes(env))
        throw new errors/* InputError */.dz('env', env, unknownMessage('an environment of dictionary.yaml', env, known));
    const { defaults, environments } = config.globals;
    const local = { ...config.local };
    // Not deployment settings: they name things (see baseDomain and registry) or say where GitOps
    // sources live (see gitOpsSettings).
    for (const key of ['base_domain', 'registry', 'argocd', 'chart'])
        delete local[key];
    const merged = merge(merge(defaults, environments?.[env]), local);
    const keda = { ...KEDA_DEFAULTS, ...merged.keda };
    if (keda.min_replicas > keda.max_replicas)
        throw new yaml_source/* ConfigError */.xL([
            settingIssue(config, env, ['keda', 'max_replicas'], `expected at least keda.min_replicas (${keda.min_replicas}) for ${env}, not ${keda.max_replicas}`)
        ]);
    return {
        ...merged,
        keda,
        karpenter: { ...KARPENTER_DEFAULTS, ...merged.karpenter },
        org: config.globals.org,
        base_domain: baseDomain(config),
        registry: registry(config)
    };
}
const ARGOCD_DEFAULTS = {
    project: 'default',
    namespace: 'argocd',
    destination_server: 'https://kubernetes.default.svc'
};
/**
 * The GitOps settings: `argocd` key by key from local.yaml over globals.yaml over ARGOCD_DEFAULTS;
 * `chart` whole from local.yaml or else globals.yaml (a repository that deploys its own chart
 * names all of it); `runtime_facts` from globals.yaml only, as CI owns that repository.
 */
function gitOpsSettings(config) {
    return {
        argocd: merge(merge(ARGOCD_DEFAULTS, config.globals.argocd), config.local?.argocd),
        chart: config.local?.chart ?? config.globals.chart,
        runtime_facts: config.globals.runtime_facts
    };
}
/**
 * A ConfigIssue at the file and line a resolved deployment setting of an environment comes from:
 * local.yaml, else the environment's override in globals.yaml, else its defaults; the key of the
 * deepest existing parent when no file sets it (as for a missing key).
 */
function settingIssue(config, env, path, message) {
    const sources = config.sources;
    const has = (data) => valueAt(data, path) !== undefined;
    if (sources === undefined)
        return { file: (0,external_node_path_.join)(config.dir, CONFIG_FILES.globals), path: (0,yaml_source/* pathText */.LF)(path), message };
    if (sources.local !== undefined && has(config.local))
        return sources.local.issue(path, message);
    const envPath = ['environments', env, ...path];
    if (has(config.globals.environments?.[env]))
        return sources.globals.issue(envPath, message);
    return sources.globals.issue(['defaults', ...path], message);
}
/** A ConfigIssue at a top-level setting of globals.yaml (its deepest existing parent if absent). */
function globalIssue(config, path, message) {
    const sources = config.sources;
    if (sources === undefined)
        return { file: (0,external_node_path_.join)(config.dir, CONFIG_FILES.globals), path: (0,yaml_source/* pathText */.LF)(path), message };
    return sources.globals.issue(path, message);
}
const isPlain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function merge(base, override) {
    const result = { ...base };
    for (const [key, value] of Object.entries(override ?? {})) {
        if (value === undefined)
            continue;
        const current = result[key];
        result[key] = isPlain(current) && isPlain(value) ? merge(current, value) : value;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/naming/derive.ts




/**
 * Inputs or derived names that break naming rules: every violation, in the order inputs, names,
 * tags. The fields of the first are on the error itself; `subject` is the name (or input) that
 * broke the rule.
 */
class NamingError extends errors/* ActionError */.lZ {
    violations;
    inputs;
    rule;
    check;
    subject;
    value;
    limit;
    constructor(violations, inputs) {
        super(violations.map((v) => v.message).join('\n'));
        this.violations = violations;
        this.inputs = inputs;
        const [first] = violations;
        this.rule = first.rule;
        this.check = first.check;
        this.subject = first.subject;
        this.value = first.value;
        this.limit = first.limit;
    }
}
/**
 * Derives every name and the tags from the inputs and the config, and checks each against the rules
 * of the platforms that consume it on the input's cloud (see NAME_RULES). Throws a NamingError with
 * every violation: first the inputs (org, the dictionary's cloud, env, region, bu and app, owner);
 * when those pass, every name and tag.
 */
function deriveNames(input, config) {
    const inputs = {
        org: input.org ?? config.globals.org,
        cloud: input.cloud,
        env: input.env,
        region: input.region,
        bu: input.bu,
        app: input.app,
        owner: input.owner
    };
    const { dictionary } = config;
    const violations = [];
    const add = (v) => violations.push({ ...v, message: violationMessage(v, inputs) });
    const checkValue = (subject, value, rules, derivation) => {
        for (const rule of rules)
            for (const failure of (0,naming_rules/* checkRule */.T9)(rule, value))
                add({ subject, value, ...failure, derivation, allowed: undefined, suggestion: undefined });
    };
    const lookup = (subject, allowed) => {
        const value = inputs[subject];
        if (allowed.includes(value))
            return;
        const sorted = [...allowed].sort();
        add({
            subject,
            value,
            rule: `unknown-${subject}`,
            check: 'dictionary',
            detail: `must be one of the ${naming_rules/* DICTIONARY_SECTION */.JG[subject]} of dictionary.yaml${subject === 'region' ? ` for ${inputs.cloud}` : ''}: ${sorted.join(', ')}`,
            limit: undefined,
            derivation: undefined,
            allowed: sorted,
            suggestion: (0,suggest/* closest */.k)(value, sorted)
        });
    };
    checkValue('org', inputs.org, ['input-org']);
    lookup('cloud', Object.keys(dictionary.clouds));
    lookup('env', Object.keys(dictionary.environments));
    const regions = Object.hasOwn(dictionary.clouds, inputs.cloud)
        ? dictionary.regions[inputs.cloud]
        : undefined;
    if (regions !== undefined)
        lookup('region', Object.keys(regions));
    lookup('bu', Object.keys(dictionary.business_units));
    lookup('app', Object.keys(dictionary.apps));
    checkValue('owner', inputs.owner, ['input-owner']);
    throwIfAny(violations, inputs);
    const codes = {
        env_code: entry(dictionary.environments, inputs.env),
        region_code: entry(regions ?? {}, inputs.region),
        bu_code: entry(dictionary.business_units, inputs.bu)
    };
    const values = {
        ...inputs,
        ...codes,
        base_domain: baseDomain(config),
        registry: registry(config, inputs.org)
    };
    const cloud = inputs.cloud;
    const names = Object.fromEntries(naming_rules/* NAME_KEYS */.P.map((key) => [key, expand(naming_rules/* DERIVATIONS */.Rs[key], values)]));
    for (const key of naming_rules/* NAME_KEYS */.P)
        checkValue(key, names[key], naming_rules/* NAME_RULES */.Eu[key][cloud], naming_rules/* DERIVATIONS */.Rs[key]);
    const tags = {
        org: inputs.org,
        env: inputs.env,
        bu: inputs.bu,
        app: inputs.app,
        owner: inputs.owner,
        'managed-by': naming_rules/* MANAGED_BY */.Kf
    };
    for (const key of naming_rules/* TAG_KEYS */.SE)
        checkValue(`tags.${key}`, tags[key], naming_rules/* NAME_RULES */.Eu.tags[cloud]);
    throwIfAny(violations, inputs);
    return { names, tags };
}
function throwIfAny(violations, inputs) {
    const [first, ...rest] = violations;
    if (first !== undefined)
        throw new NamingError([first, ...rest], inputs);
}
function entry(entries, key) {
    const found = Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (found === undefined)
        throw new Error(`No dictionary entry '${key}' after validation`);
    return found.code;
}
/** Fills `{placeholder}`s of a derivation. */
function expand(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (_, key) => {
        const value = values[key];
        if (value === undefined)
            throw new Error(`No value for {${key}} in '${template}'`);
        return value;
    });
}
/**
 * A string quoted as OpenTofu's `jsonencode` quotes it (JSON, with <, > and & escaped), so that
 * both implementations word a violation alike.
 */
function quote(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function inputsText(inputs) {
    return ['org', 'cloud', 'env', 'region', 'bu', 'app', 'owner']
        .map((key) => `${key}=${quote(inputs[key])}`)
        .join(', ');
}
/**
 * `cluster_name "…" (derived as {org}-…) breaks gke-cluster-name/length: is 41 characters, must be
 * 1 to 40 (limit 40). Did you mean …? <rule summary> Inputs: org="acme", …. See <doc>`
 */
function violationMessage(v, inputs) {
    const rule = (0,naming_rules/* namingRule */.JB)(v.rule);
    return [
        `${v.subject} ${quote(v.value)}`,
        v.derivation === undefined ? '' : ` (derived as ${v.derivation})`,
        ` breaks ${v.rule}/${v.check}: ${v.detail}`,
        v.limit === undefined ? '' : ` (limit ${v.limit})`,
        '.',
        v.suggestion === undefined ? '' : ` Did you mean ${quote(v.suggestion)}?`,
        ` ${rule.summary} Inputs: ${inputsText(inputs)}.`,
        rule.doc === '' ? '' : ` See ${rule.doc}`
    ].join('');
}

;// CONCATENATED MODULE: ./src/naming/index.ts
/**
 * Names and tags of a platform, derived from (org, cloud, env, region, bu, app, owner) and a config
 * folder, each checked against the rules of the platform that consumes it. The OpenTofu module
 * `terraform-modules/common` implements the same contract; `__tests__/fixtures/naming/vectors.json`
 * holds both to it.
 */







/***/ })

};
