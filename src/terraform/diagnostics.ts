import { redactQuotedSecrets } from '../common/secrets.js';

/** What the engine's error output means, read from its text (the engine has no error codes). */

export interface LockInfo {
  id?: string;
  path?: string;
  operation?: string;
  who?: string;
  version?: string;
  created?: string;
}

export class StateLockError extends Error {
  constructor(
    readonly lock: LockInfo,
    lockTimeout: string
  ) {
    const holder = [
      `ID ${lock.id ?? '(not reported)'}`,
      `held by ${lock.who ?? '(not reported)'}`,
      lock.operation === undefined ? undefined : `for ${lock.operation}`,
      lock.created === undefined ? undefined : `since ${lock.created}`
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    super(
      `The state is locked (${holder}) and was not released within lock-timeout ${lockTimeout}. ` +
        `Wait for that run to finish; if its runner died, release the lock with ` +
        `'force-unlock ${lock.id ?? '<ID>'}' from the break-glass workflow.`
    );
    this.name = 'StateLockError';
  }
}

export class StalePlanError extends Error {
  constructor() {
    super(
      'The saved plan is stale: the state changed since the plan was made, so it cannot be ' +
        'applied. Run tf-plan again and apply the new plan.'
    );
    this.name = 'StalePlanError';
  }
}

export class EngineCommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly detail: string
  ) {
    super(
      `${command} failed with exit code ${exitCode}${detail === '' ? '' : `:\n${redactQuotedSecrets(detail)}`}`
    );
    this.name = 'EngineCommandError';
  }
}

/** The fields of the engine's `Lock Info:` block, by their labels. */
const LOCK_FIELDS: readonly [keyof LockInfo, string][] = [
  ['id', 'ID'],
  ['path', 'Path'],
  ['operation', 'Operation'],
  ['who', 'Who'],
  ['version', 'Version'],
  ['created', 'Created']
];

/** The lock holder as the engine reports it under `Lock Info:`, or undefined when not a lock error. */
export function parseLockError(output: string): LockInfo | undefined {
  if (!/Error acquiring the state lock/i.test(output)) return undefined;
  const text = unframe(output);
  const field = (label: string): string | undefined => {
    const match = new RegExp(`^\\s*${label}:[ \\t]*(.*)$`, 'm').exec(text);
    const value = match?.[1]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const info: LockInfo = {};
  for (const [key, label] of LOCK_FIELDS) {
    const value = field(label);
    if (value !== undefined) info[key] = value;
  }
  return info;
}

export function isStalePlan(output: string): boolean {
  return /Saved plan is stale/i.test(output);
}

/** The engine's `Error:` blocks, without the box-drawing frame, for a short failure message. */
/** The engine's output without the box-drawing frame it puts around diagnostics. */
function unframe(output: string): string {
  return output
    .split(/\r?\n/)
    .map((line) => line.replace(/^[│╷╵]\s?/, '').trimEnd())
    .join('\n');
}

export function errorDiagnostics(output: string, maxLines = 30): string {
  const lines = unframe(output).split('\n');
  const start = lines.findIndex((line) => /^Error:/.test(line));
  const relevant = (start === -1 ? lines.slice(-maxLines) : lines.slice(start)).filter(
    (line, i, all) => !(line === '' && all[i - 1] === '')
  );
  return relevant.slice(0, maxLines).join('\n').trim();
}
