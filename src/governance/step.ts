import type { Clock } from '../common/clock.js';
import type { Log } from '../common/log.js';
import type { GitHubPort } from '../github/port.js';
import type { PolicyEvaluator } from '../policy/evaluate.js';
import type { StackDependencies } from '../terraform/stack.js';
import type { AuditRecorder } from './audit.js';

/** What tf-plan and tf-apply talk to, handed in: the engine's installer, OPA, GitHub, the audit trail. */
export interface StepAdapters {
  log: Log;
  install: StackDependencies['install'];
  engine?: StackDependencies['engine'];
  maskSecret: (value: string) => void;
  evaluatePolicy: PolicyEvaluator;
  /** Called only when there is a pull request to read (or comment on) and a token to do it with. */
  connect: () => Promise<GitHubPort>;
  /** Undefined: no audit trail. */
  recordAudit?: AuditRecorder | undefined;
  clock: Clock;
}

/** What a step reports to the runner: its outputs, its summary, then its failure, if any. */
export interface StepReport {
  outputs: Record<string, string>;
  summary: string;
  failure?: unknown;
}
