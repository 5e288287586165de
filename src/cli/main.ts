import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { getInputs as getApplyInputs } from '../../actions/tf-apply/src/inputs.js';
import { getInputs as getPlanInputs } from '../../actions/tf-plan/src/inputs.js';
import { errorMessage } from '../common/errors.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { runLocalAction } from '../runner/local-runner.js';
import { applyOutputs, runApplyJob } from '../terraform/apply-job.js';
import { installEngine } from '../terraform/install.js';
import { planOutputs, runPlanJob } from '../terraform/plan-job.js';
import { runnerPaths } from '../terraform/stack-inputs.js';

/** Exit codes: 0 done, 1 the job failed or found a problem, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class UsageError extends Error {}

const USAGE = `platformctl: run the platform pipeline's jobs from a terminal

Usage:
  platformctl plan  --working-directory DIR [stack flags] [--var-file GLOB]... [--destroy] [--out-dir DIR]
  platformctl apply --working-directory DIR [stack flags] --plan-path FILE --plan-sha256 HEX
  platformctl action run NAME [--input name=value]... [--workspace DIR] [--node PATH]

Stack flags (as the actions' inputs):
  --engine tofu|terraform   --engine-version X.Y.Z   --backend-config key=value|FILE (repeatable)
  --state-key KEY           --lock-timeout 300s

Common flags:
  --format text|json   how results are printed on stdout (default text)
  --help               this text

Exit codes: 0 done, 1 failed, 2 usage error.
`;

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

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(args: string[], options: ParseArgsConfig['options']): Values {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Values;
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

/** Flags as the actions' raw inputs: repeated flags become one item a line. */
function asInputs(values: Values, rename: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, value] of Object.entries(values)) {
    if (flag === 'format' || flag === 'help' || value === undefined) continue;
    const name = rename[flag] ?? flag;
    out[name] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return out;
}

function format(values: Values): 'text' | 'json' {
  const f = values['format'] ?? 'text';
  if (f !== 'text' && f !== 'json')
    throw new UsageError(`--format must be text or json, not '${String(f)}'`);
  return f;
}

function print(results: Record<string, string>, how: 'text' | 'json'): void {
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
      process.stderr.write(`platformctl: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    process.stderr.write(`platformctl: ${errorMessage(error)}\n`);
    return EXIT.failed;
  }
}
