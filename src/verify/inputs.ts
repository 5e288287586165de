import { existsSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { confinePath } from '../common/safe-fs.js';
import { readUtf8File } from '../common/strict-text.js';
import { parseDuration } from '../common/duration.js';
import { InputError, InputErrors } from '../common/errors.js';
import { parseInputs, readAll, type InputReader, existingPath } from '../common/inputs.js';
import type { RunnerPaths } from '../terraform/stack-inputs.js';
import { shownPath, type VerifyGatesSettings } from './job.js';
import { FACTS_FILE } from '../facts/fact-map.js';

export const VERIFY_GATES_INPUTS = [
  'checks',
  'checks-file',
  'facts-file',
  'timeout',
  'interval',
  'dns-server',
  'concurrency',
  'report-path'
] as const;

const duration = z
  .string()
  .refine(
    (v) => (parseDuration(v) ?? 0) > 0,
    'must be a duration such as 30s, 10m or 1h30m, more than zero'
  );

/** An IP, optionally with a port: `10.0.0.2`, `127.0.0.1:5353`, `::1`, `[::1]:53`. */
function isDnsServer(value: string): boolean {
  if (isIP(value) !== 0) return true;
  const match = /^\[([^\]]+)\]:(\d{1,5})$/.exec(value) ?? /^([^:[\]]+):(\d{1,5})$/.exec(value);
  if (match === null) return false;
  const port = Number(match[2]);
  return isIP(match[1] ?? '') !== 0 && port >= 1 && port <= 65535;
}

const VerifyGatesInputSchema = z.object({
  checks: z.string(),
  'checks-file': z.string(),
  'facts-file': z.string(),
  timeout: duration,
  interval: duration,
  'dns-server': z
    .string()
    .refine(
      (v) => v === '' || isDnsServer(v),
      'must be the address of a DNS server: an IP with an optional port (127.0.0.1:5353, [::1]:53), or empty for the system resolver'
    ),
  concurrency: z
    .string()
    .regex(/^[1-9][0-9]*$/, 'must be a whole number of checks from 1 to 64')
    .refine((v) => Number(v) <= 64, 'must be a whole number of checks from 1 to 64'),
  'report-path': z.string()
});

/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
export const VERIFY_GATES_DEFAULTS = {
  timeout: '10m',
  interval: '10s',
  concurrency: '8'
} as const satisfies Readonly<Record<string, string>>;

/** Every input of verify-gates, read and checked once, before any check runs or file is written. */
export function getInputs(read: InputReader, paths: RunnerPaths): VerifyGatesSettings {
  const raw = readAll(read, VERIFY_GATES_INPUTS);
  for (const [name, value] of Object.entries(VERIFY_GATES_DEFAULTS)) raw[name] ||= value;
  const errors: InputError[] = [];
  let parsed: z.infer<typeof VerifyGatesInputSchema> | undefined;
  try {
    parsed = parseInputs(VerifyGatesInputSchema, raw);
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error;
    errors.push(...error.errors);
  }

  let checks: VerifyGatesSettings['checks'] | undefined;
  const inline = raw['checks'] ?? '';
  const file = raw['checks-file'] ?? '';
  if (inline === '' && file === '')
    errors.push(
      new InputError('checks', '', 'give the checks as YAML here, or a file of them in checks-file')
    );
  else if (inline !== '' && file !== '')
    errors.push(new InputError('checks-file', file, 'give either checks or checks-file, not both'));
  else if (inline !== '') checks = { file: 'input checks', text: inline };
  else {
    const path = existingPath(errors, {
      input: 'checks-file',
      raw: file,
      path: resolve(paths.workspace, file),
      kind: 'file'
    });
    if (path !== undefined) {
      const shown = shownPath(paths.workspace, path);
      checks = { file: shown, text: readUtf8File(path, shown) };
    }
  }

  let factsFile: string | undefined;
  const facts = raw['facts-file'] ?? '';
  if (facts !== '') {
    factsFile = resolve(paths.workspace, facts);
    existingPath(errors, {
      input: 'facts-file',
      raw: facts,
      path: factsFile,
      kind: 'file',
      hint: `expected ${FACTS_FILE}`
    });
  }
  let reportPath = join(paths.temp, 'verify-gates', 'report.json');
  let reportRoot = paths.temp;
  const reportInput = raw['report-path'] ?? '';
  if (reportInput !== '') {
    try {
      reportPath = confinePath({ input: 'report-path', raw: reportInput, root: paths.workspace });
      reportRoot = paths.workspace;
      if (
        /[/\\]$/.test(reportInput) ||
        (existsSync(reportPath) && statSync(reportPath).isDirectory())
      )
        errors.push(
          new InputError(
            'report-path',
            reportInput,
            `names a folder (${reportPath}): give the report's file name, e.g. ${join(reportInput, 'report.json')}`
          )
        );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0 || checks === undefined || parsed === undefined)
    throw new InputErrors(errors);

  return {
    checks,
    factsFile,
    timeoutMs: parseDuration(parsed.timeout)!,
    intervalMs: parseDuration(parsed.interval)!,
    dnsServer: parsed['dns-server'] === '' ? undefined : parsed['dns-server'],
    concurrency: Number(parsed.concurrency),
    reportPath,
    reportRoot,
    workspace: paths.workspace
  };
}
