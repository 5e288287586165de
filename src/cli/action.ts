import { neutralizeCommands } from '../common/log.js';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readActionYaml, runLocalAction, type ActionYaml } from '../runner/local-runner.js';
import {
  EXIT,
  outputFormat,
  printOutputs,
  suggestWord,
  UsageError,
  type Command
} from './command.js';
import { packageRoot, prepareTerminal } from './toolchain.js';

/** The bundled actions beside this CLI in the package, by name. */
function actionsDirectory(): string {
  return join(packageRoot(), 'actions');
}

/** The bundled JavaScript actions (a composite action, such as cloud-login, runs in a workflow only). */
export function actionNames(dir: string = actionsDirectory()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(
      (name) =>
        existsSync(join(dir, name, 'action.yml')) && existsSync(join(dir, name, 'dist', 'index.js'))
    )
    .sort();
}

/** One action's inputs as help lines: name, required or default, first sentence. */
export function actionInputsHelp(name: string, action: ActionYaml): string {
  const lines = [`  ${name}: ${firstSentence(action.description)}`];
  const inputs = Object.entries(action.inputs);
  const width = Math.max(0, ...inputs.map(([input]) => input.length)) + 2;
  for (const [input, spec] of inputs) {
    const note =
      spec.required === true
        ? ' (required)'
        : spec.default !== undefined && spec.default !== ''
          ? ` (default ${spec.default.replace(/\n/g, ' ')})`
          : '';
    lines.push(`    ${input.padEnd(width)}${firstSentence(spec.description)}${note}`);
  }
  return lines.join('\n');
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.:](\s|$)/);
  return end === -1 ? flat : flat.slice(0, end);
}

function listActions(only?: string): string {
  const dir = actionsDirectory();
  const names = only === undefined ? actionNames(dir) : [only];
  const sections = names.map((name) => actionInputsHelp(name, readActionYaml(join(dir, name))));
  return `Actions and their inputs (from each action.yml):\n${sections.join('\n\n')}`;
}

function checkedAction(name: string, usage: string): string {
  const names = actionNames();
  if (!names.includes(name))
    throw new UsageError(
      `there is no action '${name}'${suggestWord(name, names)} (the actions: ${names.join(', ')})`,
      usage
    );
  return name;
}

export const actionRunCommand: Command = {
  name: 'action run',
  summary: 'run a bundled action as a GitHub runner runs it, on this machine',
  usage: ['NAME [--input NAME=VALUE]... [--workspace DIR] [--node PATH] [--format text|json]'],
  positionals: ['NAME'],
  description:
    "Gives the action its inputs as INPUT_* variables (action.yml's defaults for the others), the\nrunner's files (outputs, step summary, state) in a fresh temporary folder, and prints the outputs and the step summary. `platformctl action run NAME --help` lists NAME's inputs.",
  flags: [
    {
      name: 'input',
      value: 'NAME=VALUE',
      multiple: true,
      description: "one of the action's inputs (see the list below)"
    },
    {
      name: 'workspace',
      value: 'DIR',
      default: 'the current folder',
      description: 'GITHUB_WORKSPACE: the folder relative inputs are read from'
    },
    {
      name: 'node',
      value: 'PATH',
      default: 'this node',
      description: 'the node binary to run the bundle with (e.g. .tools/bin/node24)'
    }
  ],
  example: [
    'platformctl action run tf-plan --input working-directory=examples/stacks/local/dev \\',
    '  --input var-files=dev.tfvars'
  ],
  exitCodes: '0 the action succeeded, 1 it failed (its errors are printed), 2 usage error.',
  moreHelp: () => listActions(),
  async run(values, { positionals, usage }) {
    const [given, ...extra] = positionals;
    if (given === undefined) throw new UsageError('action run needs the NAME of an action', usage);
    if (extra.length > 0)
      throw new UsageError(`action run takes one NAME, not '${extra.join(' ')}'`, usage);
    const name = checkedAction(given, usage);
    const dir = join(actionsDirectory(), name);
    if (values['help'] === true) {
      process.stdout.write(`${listActions(name)}\n`);
      return EXIT.ok;
    }
    const how = outputFormat(values, usage);
    const declared = Object.keys(readActionYaml(dir).inputs);
    const inputs: Record<string, string> = {};
    for (const entry of (values['input'] ?? []) as string[]) {
      const eq = entry.indexOf('=');
      if (eq <= 0) throw new UsageError(`--input '${entry}' must be NAME=VALUE`, usage);
      const input = entry.slice(0, eq);
      if (!declared.includes(input))
        throw new UsageError(
          `${name} has no input '${input}'${suggestWord(input, declared)} (its inputs: ${declared.join(', ')})`,
          usage
        );
      inputs[input] = entry.slice(eq + 1);
    }
    // The bundle finds the toolchain on PATH, as on a runner that has it.
    prepareTerminal();
    const result = await runLocalAction({
      actionDir: dir,
      inputs,
      workspace: resolve(String(values['workspace'] ?? process.cwd())),
      ...(values['node'] === undefined ? {} : { node: String(values['node']) })
    });
    process.stderr.write(neutralizeCommands(result.log));
    if (how === 'json') {
      const report = {
        'exit-code': result.exitCode,
        outputs: result.outputs,
        errors: result.errors,
        summary: result.summary
      };
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    } else {
      printOutputs(result.outputs, how);
      process.stdout.write(`\n${result.summary}`);
    }
    return result.exitCode === 0 ? EXIT.ok : EXIT.failed;
  }
};
