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
import { BOOTSTRAP_USAGE } from '../../src/cli/bootstrap.js';
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
  { action: 'gitops-bootstrap', defaults: BOOTSTRAP_DEFAULTS },
  { action: 'tf-targets', defaults: TF_TARGETS_DEFAULTS }
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
});

describe('platformctl bootstrap', () => {
  it("says the reader's defaults in its usage text", () => {
    for (const name of [
      'branch',
      'path',
      'project',
      'argocd-version',
      'field-manager',
      'timeout',
      'interval',
      'request-timeout'
    ])
      expect(BOOTSTRAP_USAGE).toContain(`--${name}`);
    for (const name of [
      'branch',
      'project',
      'argocd-version',
      'field-manager',
      'timeout',
      'interval',
      'request-timeout'
    ])
      expect(BOOTSTRAP_USAGE).toContain(`(default ${BOOTSTRAP_DEFAULTS[name] ?? '?'})`);
    expect(BOOTSTRAP_USAGE).toContain(`(default ${BOOTSTRAP_DEFAULTS['path'] ?? '?'})`);
  });
});
