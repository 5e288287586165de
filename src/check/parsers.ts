import { z } from 'zod';
import { ActionError } from '../common/errors.js';
import type { CheckTool, Finding, Severity } from './findings.js';

/**
 * The scanners' reports, read into findings. Each parser is pure: it takes what the tool printed
 * and a function that turns a path as the tool reported it into one relative to the workspace.
 * A report that is not what the tool prints when it worked is a ScannerError: a check that could
 * not run must fail, never pass for want of findings.
 */

export type PathMapper = (reported: string) => string;

/** A scanner that crashed, printed something unreadable, or could not read the code. */
export class ScannerError extends ActionError {
  constructor(
    readonly tool: CheckTool,
    readonly directory: string,
    detail: string
  ) {
    super(`${tool} failed on ${directory}: ${detail}`);
  }
}

/** The last lines of a tool's output, for an error message a person can act on. */
export function tail(text: string, lines = 12): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const kept = plain.trimEnd().split('\n').slice(-lines).join('\n');
  return kept === '' ? '(no output)' : kept;
}

function parseJson<S extends z.ZodType>(
  tool: CheckTool,
  directory: string,
  text: string,
  schema: S
): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ScannerError(tool, directory, `its report is not JSON:\n${tail(text)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScannerError(
      tool,
      directory,
      `its report is not in the expected shape (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''})`
    );
  }
  return parsed.data;
}

// --- tofu fmt -check -diff -recursive -------------------------------------------------------

/**
 * `fmt -check -diff` lists each file that is not formatted, then its diff. The finding is at the
 * first line the formatter would change.
 */
export function parseFmt(stdout: string, toPath: PathMapper): Finding[] {
  const findings: Finding[] = [];
  const lines = stdout.split('\n');
  const firstChange = new Map<string, number>();
  let current: string | undefined;
  let oldLine = 0;
  for (const line of lines) {
    const header = /^--- old\/(.+)$/.exec(line);
    if (header?.[1] !== undefined) {
      current = header[1];
      continue;
    }
    const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (hunk?.[1] !== undefined) {
      oldLine = Number(hunk[1]);
      continue;
    }
    if (current === undefined || line.startsWith('+++ ')) continue;
    if (line.startsWith('-') || line.startsWith('+')) {
      if (!firstChange.has(current)) firstChange.set(current, Math.max(oldLine, 1));
      if (line.startsWith('-')) oldLine += 1;
    } else if (line.startsWith(' ') || line === '') {
      oldLine += 1;
    }
  }
  const listed = lines.filter(
    (l) => /\.(tf|tfvars|tftest\.hcl)$/.test(l.trim()) && !/^[-+@ ]/.test(l)
  );
  for (const name of new Set([...listed.map((l) => l.trim()), ...firstChange.keys()])) {
    findings.push({
      tool: 'fmt',
      rule: 'fmt',
      severity: 'medium',
      message: `not formatted as the engine formats it: run 'tofu fmt' on it`,
      file: toPath(name),
      line: firstChange.get(name) ?? 1
    });
  }
  return findings;
}

// --- tofu validate -json ----------------------------------------------------------------------

const Range = z.object({
  filename: z.string(),
  start: z.object({ line: z.number() }),
  end: z.object({ line: z.number() }).optional()
});

const ValidateReport = z.object({
  valid: z.boolean(),
  diagnostics: z.array(
    z.object({
      severity: z.enum(['error', 'warning']),
      summary: z.string(),
      detail: z.string().optional(),
      range: Range.optional()
    })
  )
});

/**
 * `validate -json`: each diagnostic. One without a range (rare: a problem of the whole
 * configuration) is placed on the first line of the folder's main.tf.
 */
export function parseValidate(stdout: string, directory: string, toPath: PathMapper): Finding[] {
  const report = parseJson('validate', directory, stdout, ValidateReport);
  return report.diagnostics.map((d) => ({
    tool: 'validate',
    rule: slug(d.summary),
    severity: d.severity === 'error' ? 'high' : 'low',
    message: d.detail === undefined || d.detail === '' ? d.summary : `${d.summary}: ${d.detail}`,
    file: toPath(d.range?.filename ?? 'main.tf'),
    line: d.range?.start.line ?? 1,
    ...(d.range?.end === undefined ? {} : { endLine: d.range.end.line })
  }));
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'diagnostic'
  );
}

// --- tflint --format json ---------------------------------------------------------------------

const TflintReport = z.object({
  issues: z.array(
    z.object({
      rule: z.object({
        name: z.string(),
        severity: z.string(),
        link: z.string().optional()
      }),
      message: z.string(),
      range: Range
    })
  ),
  errors: z.array(
    z.object({ message: z.string(), summary: z.string().optional(), range: Range.optional() })
  )
});

const TFLINT_SEVERITY: Record<string, Severity> = {
  error: 'high',
  warning: 'medium',
  notice: 'low',
  info: 'info'
};

/** tflint's issues; its `errors` (it could not evaluate the code) make the check fail. */
export function parseTflint(stdout: string, directory: string, toPath: PathMapper): Finding[] {
  const report = parseJson('tflint', directory, stdout, TflintReport);
  if (report.errors.length > 0) {
    throw new ScannerError(
      'tflint',
      directory,
      report.errors
        .map(
          (e) =>
            `${e.range === undefined ? '' : `${toPath(e.range.filename)}:${e.range.start.line}: `}${e.summary ?? ''}${e.summary === undefined ? '' : ': '}${e.message}`
        )
        .join('\n')
    );
  }
  return report.issues.map((i) => ({
    tool: 'tflint',
    rule: i.rule.name,
    severity: TFLINT_SEVERITY[i.rule.severity.toLowerCase()] ?? 'medium',
    message: i.message,
    file: toPath(i.range.filename),
    line: i.range.start.line,
    ...(i.range.end === undefined ? {} : { endLine: i.range.end.line }),
    ...(i.rule.link === undefined || i.rule.link === '' ? {} : { help: i.rule.link })
  }));
}

// --- trivy config --format json ---------------------------------------------------------------

const TrivyReport = z.object({
  Results: z
    .array(
      z.object({
        Target: z.string(),
        Misconfigurations: z
          .array(
            z.object({
              ID: z.string(),
              AVDID: z.string().optional(),
              Title: z.string(),
              Message: z.string().optional(),
              Severity: z.string(),
              Status: z.string().optional(),
              PrimaryURL: z.string().optional(),
              CauseMetadata: z
                .object({
                  Resource: z.string().optional(),
                  StartLine: z.number().optional(),
                  EndLine: z.number().optional()
                })
                .optional()
            })
          )
          .nullish()
      })
    )
    .nullish()
});

const TRIVY_SEVERITY: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low'
};

/** trivy's failed misconfiguration checks; a passed one (Status PASS) is not a finding. */
export function parseTrivy(stdout: string, directory: string, toPath: PathMapper): Finding[] {
  const report = parseJson('trivy', directory, stdout, TrivyReport);
  const findings: Finding[] = [];
  for (const result of report.Results ?? []) {
    for (const m of result.Misconfigurations ?? []) {
      if (m.Status !== undefined && m.Status !== 'FAIL') continue;
      const start = m.CauseMetadata?.StartLine ?? 0;
      const end = m.CauseMetadata?.EndLine;
      findings.push({
        tool: 'trivy',
        rule: m.AVDID !== undefined && m.AVDID !== '' ? m.AVDID : m.ID,
        severity: TRIVY_SEVERITY[m.Severity.toUpperCase()] ?? 'medium',
        message: m.Message !== undefined && m.Message !== '' ? `${m.Title}: ${m.Message}` : m.Title,
        file: toPath(result.Target),
        line: Math.max(start, 1),
        ...(end === undefined || end < start ? {} : { endLine: end }),
        ...(m.CauseMetadata?.Resource === undefined ? {} : { resource: m.CauseMetadata.Resource }),
        ...(m.PrimaryURL === undefined || m.PrimaryURL === '' ? {} : { help: m.PrimaryURL })
      });
    }
  }
  return findings;
}

// --- checkov -o json --------------------------------------------------------------------------

const CheckovCheck = z.object({
  check_id: z.string(),
  check_name: z.string(),
  file_path: z.string(),
  file_abs_path: z.string().optional(),
  file_line_range: z.tuple([z.number(), z.number()]),
  resource: z.string(),
  severity: z.string().nullish(),
  guideline: z.string().nullish()
});

const CheckovRun = z.object({
  check_type: z.string(),
  results: z.object({ failed_checks: z.array(CheckovCheck) }),
  summary: z.object({ parsing_errors: z.number() })
});

/** What checkov prints when it found nothing to scan: its summary alone. */
const CheckovEmpty = z.object({ parsing_errors: z.number(), failed: z.number() });

const CheckovReport = z.union([z.array(CheckovRun), CheckovRun, CheckovEmpty]);

/**
 * The JSON values of a stream of them, as checkov prints one document per scanned folder. Throws
 * a SyntaxError on anything that is not a sequence of JSON values.
 */
export function jsonDocuments(text: string): unknown[] {
  const docs: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) throw new SyntaxError(`unbalanced ${c} at offset ${i}`);
      if (depth === 0) docs.push(JSON.parse(text.slice(start, i + 1)));
    } else if (depth === 0 && !/\s/.test(c ?? '')) {
      throw new SyntaxError(`unexpected ${JSON.stringify(c)} at offset ${i}`);
    }
  }
  if (depth !== 0 || docs.length === 0) throw new SyntaxError('no complete JSON document');
  return docs;
}

/**
 * checkov's failed checks, from one document per scanned folder. Without a platform key checkov
 * knows no severity; its findings are then `medium`. A file it could not parse is skipped by
 * checkov with a warning, so that is a failure here: it would otherwise pass unchecked.
 */
export function parseCheckov(stdout: string, directory: string, toPath: PathMapper): Finding[] {
  let docs: unknown[];
  try {
    docs = jsonDocuments(stdout);
  } catch {
    throw new ScannerError('checkov', directory, `its report is not JSON:\n${tail(stdout)}`);
  }
  const runs: z.infer<typeof CheckovRun>[] = [];
  let parsingErrors = 0;
  for (const doc of docs) {
    const report = CheckovReport.safeParse(doc);
    if (!report.success) {
      const issue = report.error.issues[0];
      throw new ScannerError(
        'checkov',
        directory,
        `its report is not in the expected shape (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''})`
      );
    }
    const data = report.data;
    if (Array.isArray(data)) runs.push(...data);
    else if ('check_type' in data) runs.push(data);
    else parsingErrors += data.parsing_errors;
  }
  for (const run of runs) parsingErrors += run.summary.parsing_errors;
  if (parsingErrors > 0)
    throw new ScannerError(
      'checkov',
      directory,
      `it could not parse ${parsingErrors} file(s), which would go unchecked; run checkov -d on the folder to see which`
    );
  const findings: Finding[] = [];
  for (const run of runs) {
    for (const c of run.results.failed_checks) {
      findings.push({
        tool: 'checkov',
        rule: c.check_id,
        severity: TRIVY_SEVERITY[(c.severity ?? '').toUpperCase()] ?? 'medium',
        message: c.check_name,
        file: toPath(c.file_abs_path ?? c.file_path.replace(/^\//, '')),
        line: Math.max(c.file_line_range[0], 1),
        endLine: c.file_line_range[1],
        resource: c.resource,
        ...(c.guideline === undefined || c.guideline === null || c.guideline === ''
          ? {}
          : { help: c.guideline })
      });
    }
  }
  return findings;
}
