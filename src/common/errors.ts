/**
 * Errors that carry what a user needs to act. Every error the actions raise is one of these,
 * so the entry point can print it as it is, without a stack trace a user has no use for.
 */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad input: names the input, the value and the rule it broke. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly rule: string
  ) {
    super(`Input '${input}' ${value === '' ? 'is empty' : `is '${value}'`}: ${rule}`);
  }
}

/** Several bad inputs at once, so a user fixes them in one go. */
export class InputErrors extends ActionError {
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * JavaScript's own error types, which no input can cause on purpose: a fault of this code. They are
 * reported with their stack and as a bug, not as a message telling the user to fix an input.
 */
const BUG_TYPES = [TypeError, ReferenceError, RangeError, EvalError, URIError] as const;

export function isBug(error: unknown): boolean {
  if (error instanceof ActionError) return false;
  if (!(error instanceof Error)) return true;
  // Node reports a network failure of fetch and a malformed URL as TypeErrors: the world, not us.
  if (error.message === 'fetch failed' || (error as { code?: unknown }).code === 'ERR_INVALID_URL')
    return false;
  return BUG_TYPES.some((type) => error.constructor === type);
}

/** A bug's report: the stack to keep in the log, and the one line that says it is a bug. */
export function bugReport(tool: string, error: unknown): { stack: string; message: string } {
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  return {
    stack,
    message: `${tool} hit an unexpected error, a bug to report with this log (nothing here points at your inputs): ${errorMessage(error)}`
  };
}
