import { errorMessage } from '../common/errors.js';
import { GitError } from '../git/branch.js';
import {
  AuditLogMissingError,
  DEFAULT_AUDIT_BRANCH,
  DEFAULT_AUDIT_FILE,
  verifyAuditLog
} from '../audit/trail.js';
import { EXIT, format } from './main.js';
import { verbFlags } from './subcommand.js';

export const AUDIT_USAGE = `platformctl audit verify: check the chain of the audit log on its branch

Usage:
  platformctl audit verify [--repo PATH_OR_URL] [--branch BRANCH] [--file PATH] [--format text|json]

Fetches the branch with real git and checks each line of the log: intact (its own sha), in its
place (seq, and prev: the sha256 of the line before it), and the log ending where the last append
left it (the Audit-Head trailer of that commit). Names the first line changed, removed or reordered.

Flags:
  --repo PATH_OR_URL  owner/name on GitHub, a git URL or a local path (default: .)
  --branch BRANCH     the audit branch (default: ${DEFAULT_AUDIT_BRANCH})
  --file PATH         the log file in the branch (default: ${DEFAULT_AUDIT_FILE})
  --format text|json  how the verdict is printed on stdout (default text)
  --help              this text

An HTTPS repository is read with the token in GITHUB_TOKEN, if set.
Exit codes: 0 the chain is intact, 1 a line was changed, removed or reordered,
            2 usage error or the log could not be read.
`;

/** `platformctl audit verify`. */
export async function auditCommand(args: string[]): Promise<number> {
  const values = verbFlags('audit', 'verify', args, ['repo', 'branch', 'file'], AUDIT_USAGE);
  if (values === undefined) return EXIT.ok;
  const how = format(values, AUDIT_USAGE);
  const token = process.env['GITHUB_TOKEN'];
  let report;
  try {
    report = await verifyAuditLog({
      repository: String(values['repo'] ?? '.'),
      branch: String(values['branch'] ?? DEFAULT_AUDIT_BRANCH),
      file: String(values['file'] ?? DEFAULT_AUDIT_FILE),
      ...(token === undefined || token === '' ? {} : { token })
    });
  } catch (error) {
    if (!(error instanceof GitError || error instanceof AuditLogMissingError)) throw error;
    process.stderr.write(`platformctl: ${errorMessage(error)}\n`);
    return EXIT.usage;
  }
  const { verdict } = report;
  if (how === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (verdict.ok) {
    process.stdout.write(
      `audit log intact: ${report.file} on ${report.branch} (${report.tip.slice(0, 12)}), ${verdict.lines} lines, head ${verdict.head}\n`
    );
  } else {
    process.stdout.write(
      `audit log broken at line ${verdict.line} (${verdict.reason}): ${verdict.detail}\n` +
        `  in ${report.file} on ${report.branch} (${report.tip.slice(0, 12)})\n`
    );
  }
  if (report.commitsAfterLastAppend > 0)
    process.stderr.write(
      `warning: ${report.commitsAfterLastAppend} commit(s) on ${report.branch} after the last append\n`
    );
  return verdict.ok ? EXIT.ok : EXIT.failed;
}
