import { neutralizeCommands } from '../common/log.js';
import { bugReport, errorMessage, isBug } from '../common/errors.js';
import { actionRunCommand } from './action.js';
import { argocdSyncCommand } from './argocd.js';
import { auditVerifyCommand } from './audit.js';
import { bootstrapCommand } from './bootstrap.js';
import {
  checkFormat,
  checkRequired,
  checkVerbs,
  EXIT,
  inFlagTerms,
  parseCommandLine,
  renderHelp,
  suggestWord,
  UsageError,
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
import { stateUnlockCommand } from './state.js';
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
  checkCommand,
  targetsCommand,
  runCommand,
  driftCommand,
  stateUnlockCommand,
  promoteCommand,
  bootstrapCommand
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
    // `COMMAND help` is `COMMAND --help`, as `help COMMAND` is.
    const rest = found.rest.length === 1 && found.rest[0] === 'help' ? ['--help'] : found.rest;
    const parsed = parseCommandLine(command, rest);
    typed = parsed.typed;
    for (const warning of parsed.warnings) process.stderr.write(`warning: ${warning}\n`);
    const help = parsed.values['help'] === true;
    // A command taking a NAME helps with that NAME itself (`action run tf-plan --help`).
    if (help && (parsed.positionals.length === 0 || command.verbs !== undefined)) {
      process.stdout.write(usage);
      return EXIT.ok;
    }
    if (!help) {
      checkVerbs(command, parsed.positionals);
      checkFormat(command, parsed.values);
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
