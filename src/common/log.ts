/** Where jobs report progress: the runner's log in an action, the terminal in the CLI. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** Runs one phase of a job under a heading, so the log reads as a story. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A log for the terminal: progress on stderr, so stdout stays for results. */
export function consoleLog(stream: NodeJS.WritableStream = process.stderr): Log {
  return {
    info: (message) => void stream.write(`${message}\n`),
    warning: (message) => void stream.write(`warning: ${message}\n`),
    group: async (title, fn) => {
      stream.write(`== ${title}\n`);
      return fn();
    }
  };
}

/** A log that keeps what it is told, for tests and quiet runs. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(message),
    warning: (message) => void lines.push(`warning: ${message}`),
    group: async (title, fn) => {
      lines.push(`== ${title}`);
      return fn();
    }
  };
}
