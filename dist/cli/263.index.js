export const id = 263;
export const ids = [263];
export const modules = {

/***/ 4263:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/naming/rules.ts
var naming_rules = __webpack_require__(5695);
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
var yaml_source = __webpack_require__(7931);
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







/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ NAME_RULES),
/* harmony export */   JB: () => (/* binding */ namingRule),
/* harmony export */   JG: () => (/* binding */ DICTIONARY_SECTION),
/* harmony export */   JJ: () => (/* binding */ CLOUDS),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   P: () => (/* binding */ NAME_KEYS),
/* harmony export */   Rs: () => (/* binding */ DERIVATIONS),
/* harmony export */   SE: () => (/* binding */ TAG_KEYS),
/* harmony export */   T9: () => (/* binding */ checkRule)
/* harmony export */ });
/* unused harmony exports NAMING_RULES, characters, moduleRulesDocument */
/**
 * The naming rule table: for every platform that consumes a derived name, what it accepts, with the
 * page of the provider's documentation the rule comes from. The OpenTofu module
 * `terraform-modules/common` evaluates this same table (written to its `rules.json` by
 * `moduleRulesDocument`), so both implementations break the same rules with the same ids and limits.
 *
 * Patterns are written in the common subset of JavaScript (`u` flag) and RE2 (OpenTofu's `regex`),
 * and are always anchored.
 */
/** Where the dictionary keeps each kind of input. */
const DICTIONARY_SECTION = {
    cloud: 'clouds',
    env: 'environments',
    region: 'regions',
    bu: 'business_units',
    app: 'apps'
};
const DICTIONARY_LISTS = {
    cloud: 'Clouds',
    env: 'Environments',
    region: 'The regions of each cloud',
    bu: 'Business units',
    app: 'Apps'
};
/** The clouds this library has rules for; a dictionary may allow a subset. */
const CLOUDS = ['aws', 'azure', 'gcp', 'local'];
/** The derived names, in the order they are checked and reported. */
const NAME_KEYS = [
    'cluster_name',
    'namespace',
    'dns_host',
    'release_name',
    'resource_group',
    'state_bucket',
    'storage_account',
    'registry_repository'
];
/** The tags, in the order they are checked and reported. */
const TAG_KEYS = ['org', 'env', 'bu', 'app', 'owner', 'managed-by'];
/**
 * How each name is derived. Placeholders: the inputs, `{region_code}`, `{env_code}` and `{bu_code}`
 * (short codes from the dictionary, used where length is tight), `{base_domain}` and `{registry}`
 * (from globals.yaml, local.yaml may override). Nothing is truncated or rewritten: a name that
 * breaks a rule is an error.
 */
const DERIVATIONS = {
    cluster_name: '{org}-{env}-{region_code}-{bu}',
    namespace: '{env}-{bu}-{app}',
    dns_host: '{app}.{env}.{base_domain}',
    release_name: '{app}',
    resource_group: 'rg-{org}-{env}-{region_code}-{bu}',
    state_bucket: '{org}-tfstate-{env}-{region_code}',
    storage_account: '{org}{env_code}{region_code}{bu_code}',
    registry_repository: '{registry}/{bu}/{app}'
};
/** The value of the `managed-by` tag. */
const MANAGED_BY = 'terraform';
/** Lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const DNS_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const length = (min, max) => ({
    id: 'length',
    kind: 'length',
    min,
    max
});
const match = (pattern, text) => ({
    id: 'pattern',
    kind: 'match',
    pattern,
    text
});
const reject = (id, pattern, text, limit) => limit === undefined
    ? { id, kind: 'reject', pattern, text }
    : { id, kind: 'reject', pattern, text, limit };
const dnsLabelRule = (id, platform, doc) => ({
    id,
    platform,
    summary: `${platform} names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.`,
    doc,
    limit: 63,
    checks: [
        length(1, 63),
        match(`^${DNS_LABEL}$`, 'must be lowercase letters, digits and hyphens, starting and ending with a letter or digit')
    ]
});
const NAMING_RULES = [
    // Inputs. The org starts every cluster name, and GKE wants a leading letter; it is a DNS label so
    // that it fits the registry path and every name it is part of.
    {
        id: 'input-org',
        platform: 'This library (input org)',
        summary: 'The org is 1 to 63 lowercase letters and digits, starting with a letter.',
        doc: '',
        limit: 63,
        checks: [
            length(1, 63),
            match('^[a-z][a-z0-9]*$', 'must be lowercase letters and digits, starting with a letter')
        ]
    },
    // The owner is an email local part or a team slug, kept to what every cloud's tags and labels and
    // a Kubernetes label value accept apart from the dot (see gcp-label-value).
    {
        id: 'input-owner',
        platform: 'This library (input owner)',
        summary: 'The owner is an email local part or a team slug: 1 to 63 lowercase letters and digits in groups joined by single ".", "_" or "-".',
        doc: '',
        limit: 63,
        checks: [
            length(1, 63),
            match('^[a-z0-9]+([._-][a-z0-9]+)*$', 'must be lowercase letters and digits in groups joined by single ".", "_" or "-"')
        ]
    },
    // Names from the dictionary: these rules have no checks of their own, the dictionary is the check.
    ...['cloud', 'env', 'region', 'bu', 'app'].map((input) => ({
        id: `unknown-${input}`,
        platform: 'This library (dictionary.yaml)',
        summary: `${DICTIONARY_LISTS[input]} and their short codes are listed in dictionary.yaml.`,
        doc: '',
        limit: 0,
        checks: []
    })),
    // https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html
    {
        id: 'eks-cluster-name',
        platform: 'Amazon EKS',
        summary: 'EKS cluster names are 1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit.',
        doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html',
        limit: 100,
        checks: [
            length(1, 100),
            match('^[0-9A-Za-z][A-Za-z0-9_-]*$', 'must be letters, digits, hyphens and underscores, starting with a letter or digit')
        ]
    },
    // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftcontainerservice
    {
        id: 'aks-cluster-name',
        platform: 'Azure Kubernetes Service',
        summary: 'AKS cluster names are 1 to 63 letters, digits, hyphens and underscores, starting and ending with a letter or digit.',
        doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftcontainerservice',
        limit: 63,
        checks: [
            length(1, 63),
            match('^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$', 'must be letters, digits, hyphens and underscores, starting and ending with a letter or digit')
        ]
    },
    // https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters#Cluster
    {
        id: 'gke-cluster-name',
        platform: 'Google Kubernetes Engine',
        summary: 'GKE cluster names are 1 to 40 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit.',
        doc: 'https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters#Cluster',
        limit: 40,
        checks: [
            length(1, 40),
            match('^[a-z]([-a-z0-9]*[a-z0-9])?$', 'must be lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit')
        ]
    },
    // A local cluster (kind, k3d) is named like a DNS label, which also makes a valid kubeconfig context.
    // https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names
    dnsLabelRule('dns-1123-label', 'Kubernetes (DNS-1123 label)', 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names'),
    // https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
    dnsLabelRule('k8s-namespace', 'Kubernetes namespace', 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'),
    // Helm keeps release names to 53 characters so that chart-generated names stay within 63.
    // https://helm.sh/docs/chart_template_guide/getting_started/
    {
        id: 'helm-release-name',
        platform: 'Helm release',
        summary: 'Helm release names are 1 to 53 characters: DNS-1123 labels of lowercase letters, digits and hyphens, optionally joined by dots.',
        doc: 'https://helm.sh/docs/chart_template_guide/getting_started/',
        limit: 53,
        checks: [
            length(1, 53),
            match(`^${DNS_LABEL}(\\.${DNS_LABEL})*$`, 'must be lowercase letters, digits and hyphens in dot-separated labels, each starting and ending with a letter or digit')
        ]
    },
    // Host names: at most 253 characters in text form, labels of at most 63 (RFC 1035 2.3.4),
    // letters, digits and hyphens not at either end of a label (RFC 1123 2.1); lowercase as Kubernetes
    // Ingress hosts and certificate names want them.
    // https://datatracker.ietf.org/doc/html/rfc1035#section-2.3.4
    {
        id: 'dns-host',
        platform: 'DNS host name',
        summary: 'DNS host names are at most 253 characters, in dot-separated labels of 1 to 63 lowercase letters, digits and hyphens, each starting and ending with a letter or digit.',
        doc: 'https://datatracker.ietf.org/doc/html/rfc1035#section-2.3.4',
        limit: 253,
        checks: [
            length(1, 253),
            reject('label-length', '[^.]{64}', 'must not have a label longer than 63 characters', 63),
            match(`^${DNS_LABEL}(\\.${DNS_LABEL})*$`, 'must be dot-separated labels of lowercase letters, digits and hyphens, each starting and ending with a letter or digit')
        ]
    },
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
    {
        id: 's3-bucket',
        platform: 'Amazon S3 bucket',
        summary: 'S3 bucket names are 3 to 63 lowercase letters, digits, dots and hyphens, start and end with a letter or digit, and are not IP addresses nor use a reserved prefix or suffix.',
        doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
        limit: 63,
        checks: [
            length(3, 63),
            match('^[a-z0-9][a-z0-9.-]*[a-z0-9]$', 'must be lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit'),
            reject('adjacent-periods', '\\.\\.', 'must not contain two adjacent periods'),
            reject('ip-address', '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$', 'must not be formatted as an IP address'),
            reject('reserved-prefix', '^(xn--|sthree-|amzn-s3-demo-)', 'must not start with "xn--", "sthree-" or "amzn-s3-demo-"'),
            reject('reserved-suffix', '(-s3alias|--ol-s3|\\.mrap|--x-s3|--table-s3)$', 'must not end with "-s3alias", "--ol-s3", ".mrap", "--x-s3" or "--table-s3"')
        ]
    },
    // https://cloud.google.com/storage/docs/buckets#naming
    {
        id: 'gcs-bucket',
        platform: 'Google Cloud Storage bucket',
        summary: 'GCS bucket names are 3 to 63 lowercase letters, digits, hyphens and underscores (up to 222 with dots, 63 between dots), start and end with a letter or digit, do not start with "goog", do not contain "google" and are not IP addresses.',
        doc: 'https://cloud.google.com/storage/docs/buckets#naming',
        limit: 63,
        checks: [
            length(3, 222),
            reject('component-length', '[^.]{64}', 'must be at most 63 characters, or 63 between dots', 63),
            match('^[a-z0-9][a-z0-9._-]*[a-z0-9]$', 'must be lowercase letters, digits, dots, hyphens and underscores, starting and ending with a letter or digit'),
            reject('ip-address', '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$', 'must not be formatted as an IP address'),
            reject('reserved-prefix', '^goog', 'must not start with "goog"'),
            reject('reserved-word', 'g[o0][o0]gle', 'must not contain "google" or a close misspelling of it')
        ]
    },
    // The state of an Azure stack lives in a blob container of the storage account.
    // https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata#container-names
    {
        id: 'azure-blob-container',
        platform: 'Azure Blob Storage container',
        summary: 'Azure blob container names are 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.',
        doc: 'https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata#container-names',
        limit: 63,
        checks: [
            length(3, 63),
            match('^[a-z0-9]+(-[a-z0-9]+)*$', 'must be lowercase letters and digits with single hyphens between them')
        ]
    },
    // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage
    {
        id: 'azure-storage-account',
        platform: 'Azure storage account',
        summary: 'Azure storage account names are 3 to 24 lowercase letters and digits only.',
        doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage',
        limit: 24,
        checks: [length(3, 24), match('^[a-z0-9]+$', 'must be lowercase letters and digits only')]
    },
    // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftresources
    {
        id: 'azure-resource-group',
        platform: 'Azure resource group',
        summary: 'Azure resource group names are 1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period.',
        doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftresources',
        limit: 90,
        checks: [
            length(1, 90),
            match('^[\\p{L}\\p{N}_().-]+$', 'must be letters, digits, underscores, hyphens, periods and parentheses'),
            reject('trailing-period', '\\.$', 'must not end with a period')
        ]
    },
    // The registry host (and port), then path components of lowercase letters and digits joined by
    // ".", "_", "__" or hyphens; clients limit the whole reference to 255 characters.
    // https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
    {
        id: 'oci-repository',
        platform: 'OCI registry repository',
        summary: 'Repository references are at most 255 characters: a registry host, then "/"-separated path components of lowercase letters and digits joined by ".", "_", "__" or hyphens.',
        doc: 'https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests',
        limit: 255,
        checks: [
            length(1, 255),
            match('^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)+$', 'must be a registry host followed by "/"-separated path components of lowercase letters and digits joined by ".", "_", "__" or hyphens')
        ]
    },
    // https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
    {
        id: 'aws-tag-value',
        platform: 'AWS tag value',
        summary: 'AWS tag values are at most 256 letters, digits, spaces and the characters _ . : / = + - @.',
        doc: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
        limit: 256,
        checks: [
            length(0, 256),
            match('^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$', 'must be letters, digits, spaces and _ . : / = + - @')
        ]
    },
    // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations
    {
        id: 'azure-tag-value',
        platform: 'Azure tag value',
        summary: 'Azure tag values are at most 256 characters.',
        doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations',
        limit: 256,
        checks: [length(0, 256)]
    },
    // https://cloud.google.com/resource-manager/docs/labels-overview#requirements
    {
        id: 'gcp-label-value',
        platform: 'Google Cloud label value',
        summary: 'Google Cloud label values are at most 63 lowercase letters, digits, underscores and hyphens (no dots).',
        doc: 'https://cloud.google.com/resource-manager/docs/labels-overview#requirements',
        limit: 63,
        checks: [
            length(0, 63),
            match('^[\\p{Ll}\\p{Lo}\\p{N}_-]*$', 'must be lowercase letters, digits, underscores and hyphens')
        ]
    },
    // Tags of a local stack become Kubernetes labels.
    // https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set
    {
        id: 'k8s-label-value',
        platform: 'Kubernetes label value',
        summary: 'Kubernetes label values are at most 63 letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit.',
        doc: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
        limit: 63,
        checks: [
            length(0, 63),
            match('^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$', 'must be letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit')
        ]
    }
];
const everyCloud = (rule) => ({
    aws: [rule],
    azure: [rule],
    gcp: [rule],
    local: [rule]
});
/**
 * Which rules each name is checked against, per cloud: the platform that consumes the name there.
 * The storage account and the resource group are Azure's, yet checked on every cloud: the names are
 * one contract, and a name this library returns is always one some platform accepts.
 */
const NAME_RULES = {
    cluster_name: {
        aws: ['eks-cluster-name'],
        azure: ['aks-cluster-name'],
        gcp: ['gke-cluster-name'],
        local: ['dns-1123-label']
    },
    namespace: everyCloud('k8s-namespace'),
    dns_host: everyCloud('dns-host'),
    release_name: everyCloud('helm-release-name'),
    resource_group: everyCloud('azure-resource-group'),
    state_bucket: {
        aws: ['s3-bucket'],
        azure: ['azure-blob-container'],
        gcp: ['gcs-bucket'],
        // A local stack keeps its state in an S3-compatible server.
        local: ['s3-bucket']
    },
    storage_account: everyCloud('azure-storage-account'),
    registry_repository: everyCloud('oci-repository'),
    tags: {
        aws: ['aws-tag-value'],
        azure: ['azure-tag-value'],
        gcp: ['gcp-label-value'],
        local: ['k8s-label-value']
    }
};
const RULES_BY_ID = new Map(NAMING_RULES.map((rule) => [rule.id, rule]));
function namingRule(id) {
    const rule = RULES_BY_ID.get(id);
    if (rule === undefined)
        throw new Error(`No naming rule '${id}'`);
    return rule;
}
const compiled = new Map();
function regex(pattern) {
    let re = compiled.get(pattern);
    if (re === undefined) {
        re = new RegExp(pattern, 'u');
        compiled.set(pattern, re);
    }
    return re;
}
/**
 * Characters, counted as code points. OpenTofu's `length` counts grapheme clusters: the same for
 * every name this library builds (inputs and dictionary are ASCII once they pass their rules).
 */
function characters(value) {
    return [...value].length;
}
/** Every check of the rule that the value fails, in the rule's order; empty when it passes. */
function checkRule(ruleId, value) {
    const rule = namingRule(ruleId);
    const failures = [];
    for (const check of rule.checks) {
        if (check.kind === 'length') {
            const n = characters(value);
            if (n < check.min || n > check.max) {
                failures.push({
                    rule: rule.id,
                    check: check.id,
                    detail: `is ${n} characters, must be ${check.min} to ${check.max}`,
                    limit: check.max
                });
            }
        }
        else if (regex(check.pattern).test(value) !== (check.kind === 'match')) {
            failures.push({
                rule: rule.id,
                check: check.id,
                detail: check.text,
                limit: check.limit ?? rule.limit
            });
        }
    }
    return failures;
}
/**
 * The rule table as `terraform-modules/common/modules/name-rules/rules.json` holds it: every check
 * with the same attributes (null where they do not apply), as OpenTofu's `jsondecode` wants for a
 * list it iterates over.
 */
function moduleRulesDocument() {
    return {
        $comment: 'Written from src/naming/rules.ts (the naming rule table, with the documentation of each rule); checked by __tests__/unit/naming-rules.test.ts. Do not edit by hand.',
        rules: Object.fromEntries(NAMING_RULES.map((rule) => [
            rule.id,
            {
                platform: rule.platform,
                summary: rule.summary,
                doc: rule.doc,
                limit: rule.limit,
                checks: rule.checks.map((check) => check.kind === 'length'
                    ? {
                        id: check.id,
                        kind: check.kind,
                        min: check.min,
                        max: check.max,
                        pattern: null,
                        text: null,
                        limit: check.max
                    }
                    : {
                        id: check.id,
                        kind: check.kind,
                        min: null,
                        max: null,
                        pattern: check.pattern,
                        text: check.text,
                        limit: check.limit ?? rule.limit
                    })
            }
        ])),
        name_keys: NAME_KEYS,
        tag_keys: TAG_KEYS,
        bindings: NAME_RULES,
        derivations: DERIVATIONS,
        dictionary_sections: DICTIONARY_SECTION,
        managed_by: MANAGED_BY
    };
}


/***/ }),

/***/ 7931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   rC: () => (/* binding */ YamlSource),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1922);



function formatIssue(issue) {
    const where = issue.position === undefined
        ? issue.file
        : `${issue.file}:${issue.position.line}:${issue.position.column}`;
    return `${where}: ${issue.path}: ${issue.message}`;
}
/** A configuration file that cannot be used, with every problem found in it and its siblings. */
class ConfigError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ {
    issues;
    constructor(issues) {
        super(issues.map(formatIssue).join('\n'));
        this.issues = issues;
    }
}
function pathText(path) {
    return path.length === 0 ? '(root)' : path.map(String).join('.');
}
/** A parsed YAML file that can tell where each key path is. */
class YamlSource {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    /**
     * Reads and parses a file. Syntax errors (duplicate keys included) are a ConfigError at once, as
     * nothing else can be said of the file. A missing optional file gives undefined.
     */
    static read(file, options) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            if (options.optional)
                return undefined;
            throw new ConfigError([{ file, path: '(root)', message: 'the file is missing' }]);
        }
        return YamlSource.parse(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    static parse(file, text) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
        const source = new YamlSource(file, doc, lines);
        if (doc.errors.length > 0) {
            throw new ConfigError(doc.errors.map((error) => ({
                file,
                position: source.at(error.pos[0]),
                path: '(root)',
                message: `not valid YAML: ${error.message}`
            })));
        }
        return source;
    }
    /** The document as plain data; null for an empty file. */
    data() {
        return this.doc.toJS({ maxAliasCount: 100 });
    }
    /**
     * Where a key path is: its value, or its key when `onKey` (a bad or unknown key). A path that
     * does not exist (a missing key) points to the key of its deepest existing parent.
     */
    position(path, onKey = false) {
        let node = this.doc.contents;
        let offset = rangeStart(node) ?? 0;
        let parentKey = 0;
        for (const [index, segment] of path.entries()) {
            const last = index === path.length - 1;
            let next;
            let keyStart;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
                next = pair?.value;
                keyStart = pair === undefined ? undefined : rangeStart(pair.key);
                if (pair === undefined)
                    return this.at(parentKey);
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                next = node.items[Number(segment)];
                if (next === undefined)
                    return this.at(parentKey);
            }
            else {
                return this.at(parentKey);
            }
            if (last && onKey && keyStart !== undefined)
                return this.at(keyStart);
            parentKey = keyStart ?? rangeStart(next) ?? parentKey;
            node = next;
            offset = rangeStart(next) ?? keyStart ?? offset;
        }
        return this.at(offset);
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    issue(path, message, onKey = false) {
        return { file: this.file, position: this.position(path, onKey), path: pathText(path), message };
    }
}
function rangeStart(node) {
    if (node !== null && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        return range?.[0];
    }
    return undefined;
}


/***/ })

};
