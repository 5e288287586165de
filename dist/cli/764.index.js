export const id = 764;
export const ids = [764];
export const modules = {

/***/ 3764:
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
;// CONCATENATED MODULE: ./src/naming/suggest.ts
/** Edit distance (insertions, deletions, substitutions), by code point. */
function levenshtein(a, b) {
    const s = [...a];
    const t = [...b];
    if (s.length === 0)
        return t.length;
    if (t.length === 0)
        return s.length;
    // Two rows of the dynamic programme, reused.
    let previous = new Uint32Array(t.length + 1);
    let current = new Uint32Array(t.length + 1);
    for (let j = 0; j <= t.length; j++)
        previous[j] = j;
    for (let i = 1; i <= s.length; i++) {
        current[0] = i;
        const si = s[i - 1];
        for (let j = 1; j <= t.length; j++) {
            const substitution = previous[j - 1] + (si === t[j - 1] ? 0 : 1);
            const deletion = previous[j] + 1;
            const insertion = current[j - 1] + 1;
            current[j] = Math.min(substitution, deletion, insertion);
        }
        [previous, current] = [current, previous];
    }
    return previous[t.length];
}
/**
 * The allowed value closest to what was given, compared without case (so `Prod` suggests `prod`),
 * or undefined when none is close: at most 2 edits, or a third of the longer word's length. Ties go
 * to the first in alphabetical order, so the suggestion is stable.
 */
function closest(given, allowed) {
    const wanted = given.toLowerCase();
    const wantedLength = [...wanted].length;
    let best;
    for (const value of [...allowed].sort()) {
        const length = [...value].length;
        // The length difference is a lower bound of the distance: skip what cannot do better.
        if (best !== undefined && Math.abs(length - wantedLength) >= best.distance)
            continue;
        const distance = levenshtein(wanted, value.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { value, distance };
    }
    if (best === undefined)
        return undefined;
    const tolerance = Math.max(2, Math.floor(Math.max(wantedLength, [...best.value].length) / 3));
    return best.distance <= tolerance ? best.value : undefined;
}

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
    const suggestion = closest(given, allowed);
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
            suggestion: closest(value, sorted)
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
