import { resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { readInputGroups, splitLines, type InputReader } from '../common/inputs.js';
import { parseSpecialApprovers, type SpecialApprovers } from '../governance/approvers.js';
import { readAuditSettings, type AuditSettings } from '../governance/audit.js';
import { DEFAULT_ENVIRONMENT_BRANCHES, parseEnvironmentBranches } from '../governance/branches.js';
import { PolicyViolationSchema, type PolicyDecision } from '../policy/evaluate.js';
import { DEFAULT_CONFIG_PATHS } from './files.js';
import type { BranchMapping } from './merge.js';

/** The controller action's inputs: one `phase`, and what that phase reads. */

export const PHASES = ['propose', 'validate', 'report', 'merge', 'apply-check', 'result'] as const;
export type Phase = (typeof PHASES)[number];

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const STACK = /^[A-Za-z0-9._/-]{1,100}$/;
const SHA256 = /^[0-9a-f]{64}$/;

export interface ProposeInputs {
  phase: 'propose';
  token: string;
  controllerRepository: string;
  controllerToken: string;
  paths: string[];
  base: string;
}

export interface ControllerCommon {
  token: string;
  allowList: string;
  trustedCommenter: string;
  specialApprovers: SpecialApprovers;
}

export interface ValidateInputs extends ControllerCommon {
  phase: 'validate';
  sourceUrl: string;
  path: string;
  checkout: boolean;
}

export interface ReportInputs extends ControllerCommon {
  phase: 'report';
  stack: string;
  planId: string;
  planPath: string;
  planJsonPath: string;
  policy: PolicyDecision;
  engine: string;
  branches: BranchMapping;
}

export interface MergeInputs extends ControllerCommon {
  phase: 'merge';
  branches: BranchMapping;
  audit?: AuditSettings;
}

export interface ApplyCheckInputs extends ControllerCommon {
  phase: 'apply-check';
  stack: string;
  planId: string;
  policy: PolicyDecision;
}

export interface ResultInputs extends ControllerCommon {
  phase: 'result';
  stack: string;
  applied: boolean;
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped';
}

export type ControllerInputs =
  ProposeInputs | ValidateInputs | ReportInputs | MergeInputs | ApplyCheckInputs | ResultInputs;

function required(read: InputReader, name: string, why: string): string {
  const value = read(name);
  if (value === '') throw new InputError(name, '', `is required for this phase: ${why}`);
  return value;
}

function matching(read: InputReader, name: string, re: RegExp, rule: string, why: string): string {
  const value = required(read, name, why);
  if (!re.test(value)) throw new InputError(name, value, rule);
  return value;
}

/** `environment=branch` lines; a mapping without `*` leaves unlisted environments unknown. */
export function readBranchMapping(raw: string): BranchMapping {
  const parsed = parseEnvironmentBranches(raw);
  const text = raw === '' ? DEFAULT_ENVIRONMENT_BRANCHES : raw;
  const wildcard = splitLines(text).some((l) => /^\*\s*=/.test(l.trim()));
  return wildcard
    ? { byEnvironment: parsed.byEnvironment, otherwise: parsed.otherwise }
    : { byEnvironment: parsed.byEnvironment };
}

function readPolicy(read: InputReader): PolicyDecision {
  const result = read('policy-result');
  if (result !== 'passed' && result !== 'failed')
    throw new InputError(
      'policy-result',
      result,
      "must be tf-plan's 'policy-result' output: passed or failed"
    );
  const raw = read('policy-violations') || '[]';
  let violations: unknown;
  try {
    violations = JSON.parse(raw);
  } catch {
    throw new InputError(
      'policy-violations',
      raw,
      "must be tf-plan's 'policy-violations' output (JSON)"
    );
  }
  const parsed = PolicyViolationSchema.array().safeParse(violations);
  if (!parsed.success)
    throw new InputError(
      'policy-violations',
      raw,
      "must be tf-plan's 'policy-violations' output (a JSON list of violations)"
    );
  return { result, violations: parsed.data };
}

export function getControllerInputs(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv
): ControllerInputs {
  const phase = read('phase');
  if (!(PHASES as readonly string[]).includes(phase))
    throw new InputError('phase', phase, `must be one of ${PHASES.join(', ')}`);
  const token = required(
    read,
    'github-token',
    'the token that reads and writes the team repository’s pull request'
  );
  if (phase === 'propose') {
    const [controllerRepository, controllerToken, paths, base] = readInputGroups(
      () =>
        matching(
          read,
          'controller-repository',
          REPOSITORY,
          'must be owner/name',
          'where the dispatch goes'
        ),
      () =>
        required(
          read,
          'controller-token',
          'a token that may send repository_dispatch to the controller'
        ),
      () => {
        const globs = splitLines(read('paths'));
        return globs.length === 0 ? DEFAULT_CONFIG_PATHS : globs;
      },
      () => read('base')
    );
    return { phase, token, controllerRepository, controllerToken, paths, base };
  }
  const [allowList, trustedCommenter, specialApprovers] = readInputGroups(
    () =>
      resolve(
        workspace,
        required(read, 'allow-list', 'the controller’s list of team repositories')
      ),
    () => {
      const v = read('trusted-commenter');
      if (v !== '' && !LOGIN.test(v))
        throw new InputError(
          'trusted-commenter',
          v,
          'must be a GitHub login, e.g. my-controller[bot]'
        );
      return v;
    },
    () => parseSpecialApprovers(read('special-approvers'), workspace)
  );
  const common = { token, allowList, trustedCommenter, specialApprovers };
  const stack = () =>
    matching(
      read,
      'stack',
      STACK,
      "must be 1 to 100 letters, digits, '.', '_', '/' or '-'",
      'the stack this step is for'
    );
  const planId = () =>
    matching(
      read,
      'plan-id',
      SHA256,
      "must be tf-plan's 'plan-id' output (64 hex digits)",
      "tf-plan's plan-id"
    );
  switch (phase) {
    case 'validate': {
      const path = read('path') || 'team';
      if (!/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(path) || path.split('/').includes('..'))
        throw new InputError(
          'path',
          path,
          'must be a folder of the workspace, relative, without ..'
        );
      const checkout = read('checkout') || 'true';
      if (checkout !== 'true' && checkout !== 'false')
        throw new InputError('checkout', checkout, 'must be true or false');
      return {
        ...common,
        phase,
        sourceUrl: read('source-url'),
        path,
        checkout: checkout === 'true'
      };
    }
    case 'report': {
      const [s, p, planPath, planJsonPath, policy, branches] = readInputGroups(
        stack,
        planId,
        () => resolve(workspace, required(read, 'plan-path', "tf-plan's plan-path output")),
        () =>
          resolve(workspace, required(read, 'plan-json-path', "tf-plan's plan-json-path output")),
        () => readPolicy(read),
        () => readBranchMapping(read('environment-branches'))
      );
      return {
        ...common,
        phase,
        stack: s,
        planId: p,
        planPath,
        planJsonPath,
        policy,
        engine: read('engine') || 'tofu',
        branches
      };
    }
    case 'merge': {
      const [branches, audit] = readInputGroups(
        () => readBranchMapping(read('environment-branches')),
        () => readAuditSettings(read, env, '')
      );
      return { ...common, phase, branches, ...(audit === undefined ? {} : { audit }) };
    }
    case 'apply-check': {
      const [s, p, policy] = readInputGroups(stack, planId, () => readPolicy(read));
      return { ...common, phase, stack: s, planId: p, policy };
    }
    case 'result': {
      const s = stack();
      const outcome = read('outcome');
      if (!['success', 'failure', 'cancelled', 'skipped'].includes(outcome))
        throw new InputError(
          'outcome',
          outcome,
          "must be the apply step's outcome: success, failure, cancelled or skipped"
        );
      return {
        ...common,
        phase,
        stack: s,
        applied: read('applied') === 'true',
        outcome: outcome as ResultInputs['outcome']
      };
    }
    default:
      throw new InputError('phase', phase, `must be one of ${PHASES.join(', ')}`);
  }
}
