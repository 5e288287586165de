import type { Log } from '../common/log.js';
import type { GitHubPort, LabelSpec } from '../github/port.js';

/** The policy labels: for people reading the pull request list. No gate reads them. */
export const POLICY_LABELS = {
  passed: {
    name: 'opa-passed',
    color: '0e8a16',
    description: 'The plan passed the policy (informational: the apply gate never reads labels)'
  },
  failed: {
    name: 'opa-failed',
    color: 'b60205',
    description: 'The plan broke the policy (informational: the apply gate never reads labels)'
  },
  override: {
    name: 'opa-override',
    color: 'fbca04',
    description: 'A special approver overrode the policy; the justification is in the thread'
  }
} as const satisfies Record<string, LabelSpec>;

export type PolicyLabel = keyof typeof POLICY_LABELS;

/** The labels a pull request should carry for a verdict: exactly one of the three. */
export function labelChanges(
  current: readonly string[],
  wanted: PolicyLabel
): { add: string[]; remove: string[] } {
  const want = POLICY_LABELS[wanted].name;
  const all: string[] = Object.values(POLICY_LABELS).map((l) => l.name);
  return {
    add: current.includes(want) ? [] : [want],
    remove: current.filter((name) => all.includes(name) && name !== want)
  };
}

/** Creates the three labels if missing, then puts exactly `wanted` on the pull request. */
export async function applyPolicyLabel(
  github: GitHubPort,
  number: number,
  wanted: PolicyLabel,
  log: Log
): Promise<void> {
  const existing = await github.repositoryLabels();
  for (const spec of Object.values(POLICY_LABELS)) {
    if (!existing.includes(spec.name)) {
      log.info(`Creating label ${spec.name}`);
      await github.createLabel(spec);
    }
  }
  const changes = labelChanges(await github.issueLabels(number), wanted);
  for (const name of changes.remove) await github.removeLabel(number, name);
  if (changes.add.length > 0) await github.addLabels(number, changes.add);
  log.info(`Label of #${number}: ${POLICY_LABELS[wanted].name}`);
}
