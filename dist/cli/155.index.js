export const id = 155;
export const ids = [155];
export const modules = {

/***/ 6155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GEN_VALUES_INPUTS: () => (/* binding */ GEN_VALUES_INPUTS),
/* harmony export */   getInputs: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8827);
/* harmony import */ var _src_common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4225);
/* harmony import */ var _src_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1815);
/* harmony import */ var _src_gitops_image_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5552);
/* harmony import */ var _src_naming_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3764);







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
const required = (what) => zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1, `is required: ${what}`);
/** The form of each input; what the values mean (dictionary, rules) is checked by deriveNames. */
const GenValuesInputSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    'config-dir': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    cloud: required('the cloud of the cluster'),
    env: required('the environment'),
    region: required('the region'),
    bu: required('the business unit'),
    app: required('the app'),
    owner: required('the owner tag'),
    org: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    image: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().superRefine((value, ctx) => {
        if (value === '')
            return;
        try {
            (0,_src_gitops_image_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageReference */ .o_)(value);
        }
        catch (error) {
            if (!(error instanceof _src_gitops_image_js__WEBPACK_IMPORTED_MODULE_4__/* .ImageReferenceError */ .rI))
                throw error;
            ctx.addIssue({
                code: 'custom',
                message: `must be repository:tag or repository@sha256:<64 hex digits>: ${error.reason}`
            });
        }
    }),
    'facts-file': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    'out-dir': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    'dry-run': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
});
/** Every input of gen-values, read and checked once, before anything is read or written. */
function getInputs(read, workspace) {
    const raw = (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(read, GEN_VALUES_INPUTS);
    raw['config-dir'] ||= _src_naming_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_DIR */ .Z;
    raw['out-dir'] ||= 'artifacts';
    const parsed = (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(GenValuesInputSchema, raw);
    const dryRun = (0,_src_common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)('dry-run', parsed['dry-run'], false);
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, parsed['config-dir']);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(configDir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(configDir).isDirectory())
        throw new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('config-dir', parsed['config-dir'], `no such folder (${configDir}): expected the folder with dictionary.yaml and globals.yaml`);
    let factsFile;
    if (parsed['facts-file'] !== '') {
        factsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, parsed['facts-file']);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(factsFile) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(factsFile).isFile())
            throw new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('facts-file', parsed['facts-file'], `no such file (${factsFile}): expected tf-apply's outputs-path`);
    }
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, parsed['out-dir']);
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
        if (!outside)
            throw new _src_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('out-dir', parsed['out-dir'], `must be a folder of its own, not ${what} nor a folder holding it: gen-values replaces it whole`);
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
        image: parsed.image === '' ? undefined : (0,_src_gitops_image_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageReference */ .o_)(parsed.image),
        factsFile,
        outDir,
        dryRun
    };
}


/***/ })

};
