import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bugReport, errorMessage, isBug } from '../common/errors.js';
import { redactUrlCredentials } from '../common/secrets.js';
import type { InputReader } from '../common/inputs.js';
import { neutralizeCommands, type Log } from '../common/log.js';

/**
 * The runner's log: phases as collapsible groups. Every line is printed through
 * neutralizeCommands, so text from the engine, a fact or an output never forms a workflow command;
 * warnings and group titles go out as command data, which the runner escapes itself.
 */
export const coreLog: Log = {
  info: (message) => core.info(neutralizeCommands(message)),
  warning: (message) => core.warning(redactUrlCredentials(message)),
  group: (title, fn) => core.group(title, fn)
};

/** An output for the next steps, with any credential of a URL in it hidden. */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, redactUrlCredentials(value));
}

/** Inputs as the runner gives them. */
export const coreInputs: InputReader = (name) => core.getInput(name);

/**
 * Runs an action's body: an error fails the step with its message (no stack trace a user has no
 * use for) and leaves a summary that says what went wrong. A fault of the code itself (a
 * TypeError, say) keeps its stack in the log and says it is a bug to report.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    let message = redactUrlCredentials(errorMessage(error));
    if (isBug(error)) {
      const bug = bugReport(name, error);
      core.info(neutralizeCommands(redactUrlCredentials(bug.stack)));
      message = redactUrlCredentials(bug.message);
    }
    core.setFailed(message);
    try {
      await core.summary.addHeading(`${name} failed`, 3).addCodeBlock(message).write();
    } catch {
      // No summary file outside a runner; the failure itself is already reported.
    }
  }
}

/** The bundled policy library: beside `actions/`, three levels above an action's entry file. */
export function bundledPolicyLibrary(entryUrl: string): string {
  return join(dirname(dirname(dirname(dirname(fileURLToPath(entryUrl))))), 'policies');
}

/** A step's report for the runner: its outputs, its summary, then its failure, if any. */
export async function settleStep(report: {
  outputs: Record<string, string>;
  summary: string;
  failure?: unknown;
}): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value);
  if (report.summary !== '') await core.summary.addRaw(report.summary).write();
  if (report.failure !== undefined) throw report.failure;
}
