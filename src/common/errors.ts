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
