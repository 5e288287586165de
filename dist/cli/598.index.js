export const id = 598;
export const ids = [598];
export const modules = {

/***/ 4598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GEN_VALUES_INPUTS: () => (/* binding */ GEN_VALUES_INPUTS),
  getInputs: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(8827);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/common/inputs.ts
var inputs = __webpack_require__(1815);
;// CONCATENATED MODULE: ./src/gitops/image.ts

class ImageReferenceError extends errors/* ActionError */.lZ {
    reference;
    reason;
    constructor(reference, reason) {
        super(`Image reference ${JSON.stringify(reference)} is not valid: ${reason}`);
        this.reference = reference;
        this.reason = reason;
    }
}
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_LABEL = '(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])';
const DOMAIN = `(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9A-Fa-f:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
/** distribution/reference's NameTotalLengthMax. */
const NAME_MAX = 255;
/**
 * Parses and checks an image reference. A tag or a digest is required: a bare repository would
 * deploy whatever `latest` is at the time. Only sha256 digests are accepted, as registries serve.
 */
function parseImageReference(reference) {
    const fail = (reason) => {
        throw new ImageReferenceError(reference, reason);
    };
    if (reference.trim() !== reference || /\s/.test(reference))
        fail('must not contain white space');
    let rest = reference;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!SHA256.test(digest))
            fail(`the digest ${JSON.stringify(digest)} must be sha256: followed by 64 lowercase hex digits`);
    }
    // A colon after the last slash starts the tag; one before it is a registry port.
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`the tag ${JSON.stringify(tag)} must be 1 to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`);
    }
    if (tag === undefined && digest === undefined)
        fail('give a tag (repository:tag) or a digest (repository@sha256:…)');
    const repository = rest;
    if (repository === '')
        fail('the repository is empty');
    if (repository.length > NAME_MAX)
        fail(`the repository is ${repository.length} characters, at most ${NAME_MAX}`);
    const slash = repository.indexOf('/');
    const first = slash === -1 ? repository : repository.slice(0, slash);
    const hasDomain = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const path = hasDomain ? repository.slice(slash + 1) : repository;
    if (hasDomain && !DOMAIN_RE.test(first))
        fail(`the registry ${JSON.stringify(first)} is not a host name with an optional port`);
    if (!PATH.test(path))
        fail(`the repository path ${JSON.stringify(path)} must be "/"-separated components of lowercase letters and digits joined by ".", "_", "__" or "-"`);
    return { repository, tag, digest };
}
/** The reference as a pull would name it: the digest when there is one. */
function pinnedReference(image) {
    return image.digest === undefined
        ? `${image.repository}:${image.tag ?? ''}`
        : `${image.repository}@${image.digest}`;
}

// EXTERNAL MODULE: ./src/naming/index.ts + 3 modules
var naming = __webpack_require__(3764);
;// CONCATENATED MODULE: ./actions/gen-values/src/inputs.ts







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
    'dry-run'
];
const required = (what) => schemas/* string */.YjP().min(1, `is required: ${what}`);
/** The form of each input; what the values mean (dictionary, rules) is checked by deriveNames. */
const GenValuesInputSchema = schemas/* object */.Ikc({
    'config-dir': schemas/* string */.YjP(),
    cloud: required('the cloud of the cluster'),
    env: required('the environment'),
    region: required('the region'),
    bu: required('the business unit'),
    app: required('the app'),
    owner: required('the owner tag'),
    org: schemas/* string */.YjP(),
    image: schemas/* string */.YjP().superRefine((value, ctx) => {
        if (value === '')
            return;
        try {
            parseImageReference(value);
        }
        catch (error) {
            if (!(error instanceof ImageReferenceError))
                throw error;
            ctx.addIssue({
                code: 'custom',
                message: `must be repository:tag or repository@sha256:<64 hex digits>: ${error.reason}`
            });
        }
    }),
    'facts-file': schemas/* string */.YjP(),
    'out-dir': schemas/* string */.YjP(),
    'dry-run': schemas/* string */.YjP()
});
/** Every input of gen-values, read and checked once, before anything is read or written. */
function getInputs(read, workspace) {
    const raw = (0,inputs/* readAll */.yw)(read, GEN_VALUES_INPUTS);
    raw['config-dir'] ||= naming/* DEFAULT_CONFIG_DIR */.Z;
    raw['out-dir'] ||= 'artifacts';
    const parsed = (0,inputs/* parseInputs */.TL)(GenValuesInputSchema, raw);
    const dryRun = (0,inputs/* parseBoolean */.yG)('dry-run', parsed['dry-run'], false);
    const configDir = (0,external_node_path_.resolve)(workspace, parsed['config-dir']);
    if (!(0,external_node_fs_.existsSync)(configDir) || !(0,external_node_fs_.statSync)(configDir).isDirectory())
        throw new errors/* InputError */.dz('config-dir', parsed['config-dir'], `no such folder (${configDir}): expected the folder with dictionary.yaml and globals.yaml`);
    let factsFile;
    if (parsed['facts-file'] !== '') {
        factsFile = (0,external_node_path_.resolve)(workspace, parsed['facts-file']);
        if (!(0,external_node_fs_.existsSync)(factsFile) || !(0,external_node_fs_.statSync)(factsFile).isFile())
            throw new errors/* InputError */.dz('facts-file', parsed['facts-file'], `no such file (${factsFile}): expected tf-apply's outputs-path`);
    }
    const outDir = (0,external_node_path_.resolve)(workspace, parsed['out-dir']);
    // The folder is replaced whole: it must not hold the workspace, the config or the facts.
    for (const [what, path] of [
        ['the workspace', workspace],
        ['the config folder', configDir],
        ['the runtime-facts file', factsFile]
    ]) {
        if (path === undefined)
            continue;
        const rel = (0,external_node_path_.relative)(outDir, (0,external_node_path_.resolve)(path));
        const outside = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
        if (!outside)
            throw new errors/* InputError */.dz('out-dir', parsed['out-dir'], `must be a folder of its own, not ${what} nor a folder holding it: gen-values replaces it whole`);
    }
    return {
        configDir,
        naming: {
            ...(parsed.org === '' ? {} : { org: parsed.org }),
            cloud: parsed.cloud,
            env: parsed.env,
            region: parsed.region,
            bu: parsed.bu,
            app: parsed.app,
            owner: parsed.owner
        },
        image: parsed.image === '' ? undefined : parseImageReference(parsed.image),
        factsFile,
        outDir,
        dryRun
    };
}


/***/ })

};
