import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { getInputs as getApplyInputs } from '../../actions/tf-apply/src/inputs.js';
import { getInputs as getPlanInputs } from '../../actions/tf-plan/src/inputs.js';
import { argocdCommand } from './argocd.js';
import { errorMessage } from '../common/errors.js';
import { auditCommand } from './audit.js';
import { factsCommand } from './facts.js';
import { policyCommand } from './policy.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { runLocalAction } from '../runner/local-runner.js';
import { applyOutputs, runApplyJob } from '../terraform/apply-job.js';
import { installEngine } from '../terraform/install.js';
import { planOutputs, runPlanJob } from '../terraform/plan-job.js';
import { runnerPaths } from '../terraform/stack-inputs.js';
import { verifyCommand } from './verify.js';

/** Exit codes: 0 done, 1 the job failed or found a problem, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  /** The usage text to print with the error: the command's own, or the whole CLI's. */
  constructor(
    message: string,
    readonly usage: string = USAGE
  ) {
    super(message);
  }
}

/** Fails with the command's usage when any of the required flags was not given. */
export function requireFlags(
  values: Values,
  required: readonly string[],
  command: string,
  usage: string
): void {
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new UsageError(
      `${command} needs ${missing.map((name) => `--${name}`).join(', ')}`,
      usage
    );
}

const USAGE = `platformctl: run the platform pipeline's jobs from a terminal

Usage:
  platformctl plan  --working-directory DIR [stack flags] [--var-file GLOB]... [--destroy] [--out-dir DIR]
  platformctl apply --working-directory DIR [stack flags] --plan-path FILE --plan-sha256 HEX
  platformctl action run NAME [--input name=value]... [--workspace DIR] [--node PATH]
  platformctl gen-values --cloud C --env E --region R --bu B --app A --owner O [flags]
                            (platformctl gen-values --help for its flags)
  platformctl argocd sync --server URL --application NAME [flags]
                            (platformctl argocd sync --help for its flags)
  platformctl facts publish --outputs FILE --cloud C --env E --target NAME --repo PATH_OR_URL
                            (platformctl facts publish --help for its flags)
  platformctl policy check --plan FILE [--policy-dir DIR] [--data FILE] [--env ENV]
  platformctl audit verify [--repo PATH_OR_URL] [--branch audit-log] [--file audit.jsonl]
  platformctl verify (--checks-file FILE | --checks=YAML) [--facts-file FILE] [flags]
                            (platformctl verify --help for its flags)
  platformctl bootstrap [teardown] --facts FILE [flags]   (platformctl bootstrap --help)

Stack flags (as the actions' inputs):
  --engine tofu|terraform   --engine-version X.Y.Z   --backend-config key=value|FILE (repeatable)
  --state-key KEY           --lock-timeout 300s

Common flags:
  --format text|json   how results are printed on stdout (default text)
  --help               this text

Exit codes: 0 done, 1 failed, 2 usage error.
`;

const GEN_VALUES_USAGE = `platformctl gen-values: derive an app's names and write its GitOps artifacts

Usage:
  platformctl gen-values --cloud C --env E --region R --bu B --app A --owner O
                         [--org ORG] [--image REF] [--facts FILE] [--config-dir DIR]
                         [--out DIR] [--dry-run] [--format text|json]

Writes values.yaml, argocd-application.yaml, keda-scaledobject.yaml and karpenter-nodepool.yaml
(when the config enables them) and names.json into the output folder, each manifest validated
against its schema first. The folder is replaced whole, or left as it was on any error.

Flags (as the gen-values action's inputs):
  --cloud, --env, --region, --bu, --app   one of each of dictionary.yaml (required)
  --owner OWNER      the owner tag: an email local part or a team slug (required)
  --org ORG          the org (default: org of globals.yaml)
  --image REF        repository:tag or repository@sha256:<digest> (the digest is used)
  --facts FILE       tf-apply's outputs file (the engine's output -json): workload identity and
                     ExternalDNS target; sensitive outputs are never copied
  --config-dir DIR   the naming config (default infrastructure/config)
  --out DIR          the output folder (default ./artifacts)
  --dry-run          derive and validate everything, write nothing, print the names
  --format text|json text: the names as a table (and the files written); json: with --dry-run the
                     names object as the OpenTofu module outputs it, else names, tags and files
  --help             this text

Exit codes: 0 done, 1 invalid input (naming, config, facts, image), 2 usage error.
`;

const GEN_VALUES_REQUIRED = ['cloud', 'env', 'region', 'bu', 'app', 'owner'] as const;

const STACK_FLAGS = {
  'working-directory': { type: 'string' },
  engine: { type: 'string' },
  'engine-version': { type: 'string' },
  'backend-config': { type: 'string', multiple: true },
  'state-key': { type: 'string' },
  'lock-timeout': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean' }
} as const satisfies ParseArgsConfig['options'];

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parse(args: string[], options: ParseArgsConfig['options'], usage = USAGE): Values {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Values;
  } catch (error) {
    throw new UsageError(errorMessage(error), usage);
  }
}

/** Flags as the actions' raw inputs: repeated flags become one item a line. */
export function asInputs(
  values: Values,
  rename: Record<string, string> = {}
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, value] of Object.entries(values)) {
    if (flag === 'format' || flag === 'help' || value === undefined) continue;
    const name = rename[flag] ?? flag;
    out[name] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return out;
}

export function format(values: Values, usage = USAGE): 'text' | 'json' {
  const f = values['format'] ?? 'text';
  if (f !== 'text' && f !== 'json')
    throw new UsageError(`--format must be text or json, not '${String(f)}'`, usage);
  return f;
}

export function print(results: Record<string, string>, how: 'text' | 'json'): void {
  if (how === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else for (const [k, v] of Object.entries(results)) process.stdout.write(`${k}: ${v}\n`);
}

async function plan(args: string[]): Promise<number> {
  const values = parse(args, {
    ...STACK_FLAGS,
    'var-file': { type: 'string', multiple: true },
    destroy: { type: 'boolean' },
    'out-dir': { type: 'string' }
  });
  if (values['help'] === true) return help();
  const how = format(values);
  const inputs = getPlanInputs(
    mapInputReader(asInputs(values, { 'var-file': 'var-files' })),
    runnerPaths()
  );
  const result = await runPlanJob(inputs, { log: consoleLog(), install: installEngine });
  print(planOutputs(result), how);
  return EXIT.ok;
}

async function apply(args: string[]): Promise<number> {
  const values = parse(args, {
    ...STACK_FLAGS,
    'plan-path': { type: 'string' },
    'plan-sha256': { type: 'string' }
  });
  if (values['help'] === true) return help();
  const how = format(values);
  const inputs = getApplyInputs(mapInputReader(asInputs(values)), runnerPaths());
  // A terminal has no runner to mask secrets; they are kept out of what is printed instead.
  const result = await runApplyJob(inputs, {
    log: consoleLog(),
    install: installEngine,
    maskSecret: () => undefined
  });
  print(applyOutputs(result), how);
  return EXIT.ok;
}

async function action(args: string[]): Promise<number> {
  const [verb, name, ...rest] = args;
  if (verb !== 'run' || name === undefined || name.startsWith('-')) {
    throw new UsageError('usage: platformctl action run NAME [--input name=value]...');
  }
  const values = parse(rest, {
    input: { type: 'string', multiple: true },
    workspace: { type: 'string' },
    node: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean' }
  });
  if (values['help'] === true) return help();
  const how = format(values);
  const inputs: Record<string, string> = {};
  for (const entry of (values['input'] ?? []) as string[]) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--input '${entry}' must be name=value`);
    inputs[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  const result = await runLocalAction({
    actionDir: actionDirectory(name),
    inputs,
    workspace: resolve(String(values['workspace'] ?? process.cwd())),
    ...(values['node'] === undefined ? {} : { node: String(values['node']) })
  });
  process.stderr.write(result.log);
  if (how === 'json') {
    const report = {
      'exit-code': result.exitCode,
      outputs: result.outputs,
      errors: result.errors,
      summary: result.summary
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    print(result.outputs, how);
    process.stdout.write(`\n${result.summary}`);
  }
  return result.exitCode === 0 ? EXIT.ok : EXIT.failed;
}

async function genValues(args: string[]): Promise<number> {
  const flag = { type: 'string' } as const;
  const values = parse(
    args,
    {
      cloud: flag,
      env: flag,
      region: flag,
      bu: flag,
      app: flag,
      owner: flag,
      org: flag,
      image: flag,
      facts: flag,
      'config-dir': flag,
      out: flag,
      'dry-run': { type: 'boolean' },
      format: flag,
      help: { type: 'boolean' }
    },
    GEN_VALUES_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(GEN_VALUES_USAGE);
    return EXIT.ok;
  }
  const how = format(values, GEN_VALUES_USAGE);
  requireFlags(values, GEN_VALUES_REQUIRED, 'gen-values', GEN_VALUES_USAGE);
  // Loaded here: the manifest schemas are large, and the other commands have no use for them.
  const [{ getInputs: getGenValuesInputs }, { namesDocument }, job] = await Promise.all([
    import('../../actions/gen-values/src/inputs.js'),
    import('../gitops/artifacts.js'),
    import('../gitops/job.js')
  ]);
  const { genValuesOutputs, renderNamesTable, runGenValues } = job;
  const inputs = asInputs(values, { facts: 'facts-file', out: 'out-dir' });
  const settings = getGenValuesInputs(mapInputReader(inputs), process.cwd());
  const result = await runGenValues(settings, { log: consoleLog() });
  const document = namesDocument(result);
  if (how === 'json' && settings.dryRun) {
    // Byte for byte what `tofu output -json names` prints for the module terraform-modules/common.
    process.stdout.write(`${JSON.stringify(document.names)}\n`);
  } else if (how === 'json') {
    const report = {
      ...document,
      'out-dir': result.outDir,
      'values-path': result.valuesPath,
      files: result.written
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(renderNamesTable(result));
    if (!settings.dryRun) {
      const outputs = genValuesOutputs(result);
      process.stdout.write(`\nvalues-path: ${outputs['values-path']}\n`);
      for (const path of result.written) process.stdout.write(`wrote ${path}\n`);
    }
  }
  return EXIT.ok;
}

/**
 * The folder of a bundled action: beside this CLI in the package (this file is two levels below the
 * package root, as source and as bundle alike). Built at run time so the bundler does not copy the
 * actions into the CLI's bundle.
 */
function actionDirectory(name: string): string {
  const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  return [root, 'actions', name].join(sep);
}

function help(): number {
  process.stdout.write(USAGE);
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'plan':
        return await plan(rest);
      case 'apply':
        return await apply(rest);
      case 'action':
        return await action(rest);
      case 'gen-values':
        return await genValues(rest);
      case 'argocd':
        return await argocdCommand(rest);
      case 'facts':
        return await factsCommand(rest);
      case 'policy':
        return await policyCommand(rest);
      case 'audit':
        return await auditCommand(rest);
      case 'bootstrap':
        // Loaded here: the Kubernetes client is large, and the other commands have no use for it.
        return await (await import('./bootstrap.js')).bootstrapCommand(rest);
      case 'verify':
        return await verifyCommand(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return help();
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`platformctl: ${error.message}\n\n${error.usage}`);
      return EXIT.usage;
    }
    process.stderr.write(`platformctl: ${errorMessage(error)}\n`);
    return EXIT.failed;
  }
}
