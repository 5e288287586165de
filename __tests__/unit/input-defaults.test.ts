import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ARGOCD_SYNC_DEFAULTS } from '../../src/argocd/inputs.js';
import { BOOTSTRAP_DEFAULTS } from '../../src/bootstrap/inputs.js';
import { PUBLISH_FACTS_DEFAULTS } from '../../src/facts/inputs.js';
import { GEN_VALUES_DEFAULTS } from '../../src/gitops/inputs.js';
import { TF_TARGETS_DEFAULTS } from '../../src/targets/inputs.js';
import { VERIFY_GATES_DEFAULTS } from '../../src/verify/inputs.js';
import { argocdSyncCommand } from '../../src/cli/argocd.js';
import { factsPublishCommand } from '../../src/cli/facts.js';
import { genValuesCommand } from '../../src/cli/gen-values.js';
import { verifyCommand } from '../../src/cli/verify.js';
import { bootstrapCommand } from '../../src/cli/bootstrap.js';
import { checkCommand } from '../../src/cli/check.js';
import { driftCommand } from '../../src/cli/drift.js';
import { promoteCommand } from '../../src/cli/promote.js';
import { applyCommand, planCommand } from '../../src/cli/stack.js';
import { stateUnlockCommand } from '../../src/cli/state.js';
import { runCommand, targetsCommand } from '../../src/cli/targets.js';
import type { Command } from '../../src/cli/command.js';
import { REPO } from '../support/tools.js';

/**
 * A default is written once, in the input reader's constant; action.yml and the CLI's help must
 * say the same, so a step and a terminal run behave alike when an input is left out.
 */
interface Case {
  action: string;
  defaults: Readonly<Record<string, string>>;
  command?: Command;
  /** Inputs whose default another reader applies, and which one. */
  elsewhere?: Record<string, string>;
}

const CASES: Case[] = [
  { action: 'argocd-sync', defaults: ARGOCD_SYNC_DEFAULTS, command: argocdSyncCommand },
  {
    action: 'verify-gates',
    defaults: VERIFY_GATES_DEFAULTS,
    command: verifyCommand,
    elsewhere: { 'audit-branch': "the verification record's reader (src/promote/inputs.ts)" }
  },
  {
    action: 'publish-runtime-facts',
    defaults: PUBLISH_FACTS_DEFAULTS,
    command: factsPublishCommand
  },
  { action: 'gen-values', defaults: GEN_VALUES_DEFAULTS, command: genValuesCommand },
  { action: 'gitops-bootstrap', defaults: BOOTSTRAP_DEFAULTS, command: bootstrapCommand },
  { action: 'tf-targets', defaults: TF_TARGETS_DEFAULTS, command: targetsCommand }
];

function actionDefaults(action: string): Record<string, string> {
  const yml = parse(readFileSync(join(REPO, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(yml.inputs)) {
    const value = input.default;
    // An expression (`${{ github.sha }}`) is the runner's to fill; a terminal run has none.
    if (typeof value === 'string' && value !== '' && !value.includes('${{')) out[name] = value;
  }
  return out;
}

describe.each(CASES)('$action', ({ action, defaults, elsewhere = {} }) => {
  const declared = actionDefaults(action);

  it("action.yml's defaults are the reader's, none missing", () => {
    const expected = { ...defaults };
    const covered = Object.fromEntries(
      Object.entries(declared).filter(([name]) => !(name in elsewhere))
    );
    expect(covered).toEqual(expected);
  });
});

const WITH_FLAGS = CASES.flatMap((c) =>
  c.command === undefined ? [] : [{ ...c, command: c.command }]
);

describe.each(WITH_FLAGS)('platformctl for $action', ({ defaults, command }) => {
  it("shows the reader's defaults in its help", () => {
    const shown = command.flags
      .filter((flag) => (flag.input ?? flag.name) in defaults && flag.default !== undefined)
      .map((flag) => [flag.input ?? flag.name, flag.default]);
    expect(shown.length).toBeGreaterThan(0);
    for (const [input, value] of shown)
      expect({ input, value }).toEqual({ input, value: defaults[input ?? ''] });
  });

  it('gives every flag whose input has a default that default', () => {
    expectFlagDefaults(command, defaults);
  });
});

/** Each flag taking a value whose input has a default shows that default, and there is one. */
function expectFlagDefaults(command: Command, defaults: Readonly<Record<string, string>>): void {
  const valued = command.flags.filter(
    (flag) => flag.value !== undefined && (flag.input ?? flag.name) in defaults
  );
  expect(valued.length).toBeGreaterThan(0);
  for (const flag of valued)
    expect({ flag: flag.name, default: flag.default }).toEqual({
      flag: flag.name,
      default: defaults[flag.input ?? flag.name]
    });
}

/**
 * Commands whose reader keeps its defaults in its own code, not in a constant: their help must say
 * what the action's action.yml says for each input a flag fills.
 */
const BY_ACTION_YML: { action: string; command: Command }[] = [
  { action: 'tf-check', command: checkCommand },
  { action: 'tf-plan', command: planCommand },
  { action: 'tf-apply', command: applyCommand },
  { action: 'tf-plan', command: driftCommand },
  { action: 'tf-plan', command: runCommand },
  { action: 'state-unlock', command: stateUnlockCommand },
  { action: 'promote', command: promoteCommand }
];

describe.each(BY_ACTION_YML)('platformctl $command.name against $action', ({ action, command }) => {
  it("shows action.yml's default for every input a flag fills", () => {
    expectFlagDefaults(command, actionDefaults(action));
  });
});
