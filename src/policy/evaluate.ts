import { existsSync, rmSync, statSync } from 'node:fs';
import { createFileExclusive, privateTempDir } from '../common/safe-fs.js';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ActionError } from '../common/errors.js';
import {
  DuplicateKeyError,
  parseJsonStrict,
  readUtf8File,
  TextEncodingError
} from '../common/strict-text.js';
import { runProcess } from '../common/process.js';

/** What every policy library evaluated here must define: `data.platform.policy`. */
export const POLICY_QUERY = 'data.platform.policy';

export const PolicyViolationSchema = z.object({
  rule: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  address: z.string(),
  message: z.string().min(1)
});
export type PolicyViolation = z.infer<typeof PolicyViolationSchema>;

const PolicyDocumentSchema = z.looseObject({
  result: z.enum(['passed', 'failed']),
  violations: z.array(PolicyViolationSchema)
});

export interface PolicyDecision {
  result: 'passed' | 'failed';
  /** Errors first, then warnings; each group by rule and address. */
  violations: PolicyViolation[];
}

/** Anything that keeps the policy from giving a verdict: the gate then fails closed. */
export class PolicyEvaluationError extends ActionError {
  constructor(detail: string) {
    super(`The plan's policy could not be evaluated, so the policy gate fails closed: ${detail}`);
  }
}

export class PolicyDataError extends ActionError {
  constructor(file: string, detail: string) {
    super(`Input 'policy-data' names ${file}: ${detail}`);
  }
}

/**
 * The policy library's tests (`*_test.rego`, run by `opa test`) are never part of the policy, so
 * evaluation does not load them: they would only cost their parse and compile on every plan.
 */
export const POLICY_TEST_FILES = '*_test.rego';

/** `opa eval` of the policy over a plan, as an argument vector. */
export function opaEvalArgs(o: {
  policyDir: string;
  dataFile: string;
  inputFile: string;
}): string[] {
  return [
    'eval',
    '--format',
    'json',
    '--ignore',
    POLICY_TEST_FILES,
    '--data',
    o.policyDir,
    '--data',
    o.dataFile,
    '--input',
    o.inputFile,
    POLICY_QUERY
  ];
}

/**
 * The settings document given to the policy: the user's settings (a JSON or YAML object, either
 * the settings themselves or wrapped as `platform:`) under `platform`, with the environment.
 */
export function settingsDocument(
  userSettings: unknown,
  environment: string
): { platform: Record<string, unknown> } {
  const record = (userSettings ?? {}) as Record<string, unknown>;
  const settings =
    typeof record['platform'] === 'object' && record['platform'] !== null
      ? record['platform']
      : record;
  return { platform: { ...(settings as Record<string, unknown>), environment } };
}

export function readPolicyData(file: string): unknown {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new PolicyDataError(file, 'no such file');
  let text: string;
  try {
    text = readUtf8File(file);
  } catch (error) {
    if (error instanceof TextEncodingError)
      throw new PolicyDataError(file, error.message.replace(`${file}:`, 'line '));
    throw error;
  }
  let value: unknown;
  try {
    value = extname(file) === '.json' ? parseJsonStrict(text, file) : parseYaml(text);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw new PolicyDataError(file, error.message);
    throw new PolicyDataError(
      file,
      `not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PolicyDataError(file, 'must hold an object of settings (e.g. max_deletions: 5)');
  }
  return value;
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** Reads `opa eval --format json` output into a verdict; anything else fails closed. */
export function parseOpaOutput(stdout: string): PolicyDecision {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new PolicyEvaluationError(`OPA printed no JSON: ${stdout.slice(0, 200)}`);
  }
  const value = (parsed as { result?: { expressions?: { value?: unknown }[] }[] }).result?.[0]
    ?.expressions?.[0]?.value;
  if (value === undefined) {
    throw new PolicyEvaluationError(
      `the policy library defines no ${POLICY_QUERY} (is policy-dir the right folder?)`
    );
  }
  const document = PolicyDocumentSchema.safeParse(value);
  if (!document.success) {
    const issue = document.error.issues[0];
    throw new PolicyEvaluationError(
      `${POLICY_QUERY}.${issue?.path.join('.') ?? ''} is not what this library expects: ${issue?.message ?? ''}`
    );
  }
  const violations = [...document.data.violations].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      a.address.localeCompare(b.address) ||
      a.message.localeCompare(b.message)
  );
  const hasErrors = violations.some((v) => v.severity === 'error');
  if (hasErrors !== (document.data.result === 'failed')) {
    throw new PolicyEvaluationError(
      `result '${document.data.result}' disagrees with the violations it lists`
    );
  }
  return { result: document.data.result, violations };
}

export interface PolicyEvaluation {
  opa: string;
  policyDir: string;
  /** The user's settings file (JSON or YAML), if any. */
  dataFile?: string;
  environment: string;
  planJsonPath: string;
  timeoutMs?: number;
}

/** What judges a plan: OPA in the actions, a fake in tests of the steps around it. */
export type PolicyEvaluator = (o: Omit<PolicyEvaluation, 'opa'>) => Promise<PolicyDecision>;

/** The verdict in the log: the result, then one line a violation. */
export function logPolicyDecision(
  log: { info(message: string): void },
  decision: PolicyDecision
): void {
  log.info(`Policy ${decision.result}: ${decision.violations.length} violation(s)`);
  for (const v of decision.violations)
    log.info(`  ${v.severity} ${v.rule} ${v.address}: ${v.message}`);
}

/** Evaluates the policy over a (redacted) plan JSON with the real OPA binary. */
export async function evaluatePolicy(o: PolicyEvaluation): Promise<PolicyDecision> {
  if (!existsSync(o.policyDir))
    throw new PolicyEvaluationError(`the policy folder ${o.policyDir} does not exist`);
  const settings = settingsDocument(
    o.dataFile === undefined ? {} : readPolicyData(o.dataFile),
    o.environment
  );
  const scratch = privateTempDir('policy-');
  try {
    const dataFile = join(scratch, 'settings.json');
    createFileExclusive(dataFile, JSON.stringify(settings), 0o600);
    const result = await runProcess(
      o.opa,
      opaEvalArgs({ policyDir: o.policyDir, dataFile, inputFile: o.planJsonPath }),
      {
        timeoutMs: o.timeoutMs ?? 120_000
      }
    );
    if (result.exitCode !== 0) {
      const detail = (result.stderr + result.stdout).trim().split('\n').slice(0, 20).join('\n');
      throw new PolicyEvaluationError(`opa eval exited with ${result.exitCode}:\n${detail}`);
    }
    return parseOpaOutput(result.stdout);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
