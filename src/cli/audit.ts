import { neutralizeCommands } from '../common/log.js';
import { errorMessage } from '../common/errors.js';
import { GitError } from '../git/branch.js';
import {
  AuditLogMissingError,
  DEFAULT_AUDIT_BRANCH,
  DEFAULT_AUDIT_FILE,
  verifyAuditLog
} from '../audit/trail.js';
import { EXIT, outputFormat, type Command } from './command.js';

/** `platformctl audit verify`. */
export const auditVerifyCommand: Command = {
  name: 'audit verify',
  summary: 'check the chain of the audit log on its branch',
  usage: ['[--repo PATH_OR_URL] [--branch BRANCH] [--file PATH] [--format text|json]'],
  description:
    'Fetches the branch with real git and checks each line of the log: intact (its own sha), in its place (seq, and prev: the sha256 of the line before it), and the log ending where the last append left it (the Audit-Head trailer of that commit). Names the first line changed, removed or reordered.\n\nAn HTTPS repository is read with the token in GITHUB_TOKEN, if set.',
  flags: [
    {
      name: 'repo',
      value: 'PATH_OR_URL',
      default: '.',
      description: 'owner/name on GitHub, a git URL or a local path'
    },
    {
      name: 'branch',
      value: 'BRANCH',
      default: DEFAULT_AUDIT_BRANCH,
      description: 'the audit branch'
    },
    {
      name: 'file',
      value: 'PATH',
      default: DEFAULT_AUDIT_FILE,
      description: 'the log file in the branch'
    }
  ],
  example: ['platformctl audit verify --repo acme/infrastructure'],
  exitCodes:
    '0 the chain is intact, 1 a line was changed, removed or reordered, 2 usage error or the log could not be read.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
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
      process.stderr.write(`${neutralizeCommands(`platformctl: ${errorMessage(error)}`)}\n`);
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
};
