import { neutralizeCommands } from '../common/log.js';
import { bugReport, errorMessage, isBug } from '../common/errors.js';
import { actionRunCommand } from './action.js';
import { argocdSyncCommand } from './argocd.js';
import { auditVerifyCommand } from './audit.js';
import {
  checkRequired,
  EXIT,
  inFlagTerms,
  outputFormat,
  parseCommandLine,
  renderHelp,
  suggestWord,
  UsageError,
  legacyCommand,
  type Command,
  type Values
} from './command.js';
import { factsPublishCommand } from './facts.js';
import { genValuesCommand } from './gen-values.js';
import { policyCheckCommand } from './policy.js';
import { applyCommand, planCommand } from './stack.js';
import { checkCommand } from './check.js';
import { runCommand, targetsCommand } from './targets.js';
import { driftCommand } from './drift.js';
import { stateCommand } from './state.js';
import { promoteCommand } from './promote.js';
import { verifyCommand } from './verify.js';

export { EXIT, UsageError, type Command, type Values };

/**
 * Every subcommand, in the order of the help. A new one is one line here: its Command (usage text,
 * flags, run) lives in its own file.
 */
export const COMMANDS: readonly Command[] = [
  planCommand,
  applyCommand,
  actionRunCommand,
  genValuesCommand,
  argocdSyncCommand,
  factsPublishCommand,
  policyCheckCommand,
  auditVerifyCommand,
  verifyCommand,
  legacyCommand(
    'check',
    "tf-check's static checks of Terraform code: fmt, validate, tflint, trivy, checkov",
    checkCommand
  ),
  legacyCommand(
    'targets',
    'the stacks a change touches, with their reasons, in dependency waves',
    targetsCommand
  ),
  legacyCommand(
    'run',
    'plan or apply the targets wave by wave with the real engine, a failure isolated to its dependents',
    runCommand
  ),
  legacyCommand('drift', 'plan stacks (never apply) and say whether they drifted', driftCommand),
  legacyCommand(
    'state',
    'state unlock: the break-glass release of a stuck state lock',
    stateCommand
  ),
  legacyCommand(
    'promote',
    'move exactly the digest and commit verified in one environment to the next',
    promoteCommand
  ),
  legacyCommand(
    'bootstrap',
    'install Argo CD and the root ApplicationSets from the runtime facts (or tear them down)',
    // Loaded here: the Kubernetes client is large, and the other commands have no use for it.
    async (args) => (await import('./bootstrap.js')).bootstrapCommand(args)
  )
];

function globalUsage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = commands.map((c) => `  platformctl ${c.name.padEnd(width)}${c.summary}`);
  return `platformctl: run the platform pipeline's jobs from a terminal

Usage:
  platformctl COMMAND [flags]        platformctl COMMAND --help for its flags and an example

Commands:
${lines.join('\n')}

Outside GitHub Actions the tools (OpenTofu, OPA) come from PATH or the project's toolchain
(.tools/bin and the tools cache, built by \`npm run tools\`); nothing is downloaded.

Common flags: --format text|json (how results are printed on stdout), --help.
Exit codes: 0 done, 1 failed, 2 usage error.
`;
}

/** The command the words name, longest name first (`action run` before `action`). */
function findCommand(argv: string[]): { command: Command; rest: string[] } {
  const [first = '', second] = argv;
  const exact =
    COMMANDS.find((c) => c.name === `${first} ${second ?? ''}`) ??
    COMMANDS.find((c) => c.name === first);
  if (exact !== undefined)
    return { command: exact, rest: argv.slice(exact.name.split(' ').length) };
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (group.length > 0) {
    const verbs = group.map((c) => c.name.slice(first.length + 1));
    const only = group.length === 1 ? group[0] : undefined;
    const usage = only === undefined ? globalUsage(group) : renderHelp(only);
    if (second === undefined || second === '--help' || second === '-h' || second === 'help')
      throw new HelpRequest(usage);
    throw new UsageError(
      `unknown ${first} command '${second}'${suggestWord(second, verbs)} (${first} has: ${verbs.join(', ')})`,
      usage
    );
  }
  const words = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0] ?? c.name))];
  const suggestion = suggestWord(first, [...words, ...COMMANDS.map((c) => c.name)]);
  throw new UsageError(`unknown command '${first}'${suggestion}`, globalUsage());
}

class HelpRequest extends Error {
  constructor(readonly text: string) {
    super('help');
  }
}

/** Runs one command line; returns the exit code (nothing here calls process.exit). */
export async function main(argv: string[]): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv.slice(1) : [];
    if (topic.length === 0) {
      process.stdout.write(globalUsage());
      return EXIT.ok;
    }
    return main([...topic, '--help']);
  }
  let command: Command | undefined;
  let typed: Record<string, string> = {};
  try {
    const found = findCommand(argv);
    command = found.command;
    const usage = renderHelp(command);
    if (command.raw === true)
      return await command.run({}, { positionals: found.rest, usage, typed });
    const parsed = parseCommandLine(command, found.rest);
    typed = parsed.typed;
    for (const warning of parsed.warnings) process.stderr.write(`warning: ${warning}\n`);
    if (parsed.values['help'] === true && parsed.positionals.length === 0) {
      process.stdout.write(usage);
      return EXIT.ok;
    }
    if (parsed.values['help'] !== true) {
      outputFormat(parsed.values, usage);
      checkRequired(command, parsed.values);
    }
    return await command.run(parsed.values, { positionals: parsed.positionals, usage, typed });
  } catch (raw) {
    if (raw instanceof HelpRequest) {
      process.stdout.write(raw.text);
      return EXIT.ok;
    }
    const error = command === undefined ? raw : inFlagTerms(command, typed, raw);
    if (error instanceof UsageError) {
      const usage = error.usage === '' ? globalUsage() : error.usage;
      process.stderr.write(`platformctl: ${error.message}\n\n${usage}`);
      return EXIT.usage;
    }
    if (isBug(error)) {
      const bug = bugReport('platformctl', error);
      process.stderr.write(`${neutralizeCommands(`${bug.stack}\n${bug.message}`)}\n`);
      return EXIT.failed;
    }
    process.stderr.write(`${neutralizeCommands(`platformctl: ${errorMessage(error)}`)}\n`);
    return EXIT.failed;
  }
}
