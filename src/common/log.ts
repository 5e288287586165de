import { redactUrlCredentials } from './secrets.js';

/** Where jobs report progress: the runner's log in an action, the terminal in the CLI. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** Runs one phase of a job under a heading, so the log reads as a story. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * Untrusted text made safe to print where a GitHub runner reads the output: the runner acts on any
 * line that starts, after white space, with `::` (`::error::`, `::add-mask::`, `::stop-commands::`,
 * ...) and on `##[` anywhere in a line (the old syntax), and it ends lines at CR as well as LF. Every
 * such line is prefixed with `> ` and every `##[` broken as `##\[`, so no command is formed from
 * data; other lines are printed as they are. Credentials in URLs are hidden (`user:***@host`).
 */
export function neutralizeCommands(text: string): string {
  return redactUrlCredentials(text)
    .split(/\r\n|\r|\n/)
    .map((line) => (/^\s*::/.test(line) ? `> ${line}` : line).replace(/##\[/g, '##\\['))
    .join('\n');
}

/** A log for the terminal: progress on stderr, so stdout stays for results. */
export function consoleLog(stream: NodeJS.WritableStream = process.stderr): Log {
  return {
    info: (message) => void stream.write(`${neutralizeCommands(message)}\n`),
    warning: (message) => void stream.write(`warning: ${neutralizeCommands(message)}\n`),
    group: async (title, fn) => {
      stream.write(`== ${neutralizeCommands(title)}\n`);
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
