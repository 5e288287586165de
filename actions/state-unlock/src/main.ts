import * as core from '@actions/core';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { recordAudit } from '../../../src/governance/audit.js';
import { readRunContext } from '../../../src/governance/event.js';
import { getStateUnlockInputs } from '../../../src/state/inputs.js';
import { runUnlock, UnlockRefusedError } from '../../../src/state/job.js';
import { describeHolder } from '../../../src/state/unlock.js';
import { installEngine } from '../../../src/terraform/install.js';
import { runnerPaths } from '../../../src/terraform/stack-inputs.js';
import { untrustedMarkdown as markdownText } from '../../../src/markdown/escape.js';

export async function run(): Promise<void> {
  setOutput('unlocked', 'false');
  await runAction('state-unlock', async () => {
    const token = core.getInput('github-token');
    if (token !== '') core.setSecret(token);
    const settings = getStateUnlockInputs(coreInputs, runnerPaths(), process.env);
    const context = readRunContext();
    const { createGitHubClient } = await import('../../../src/github/client.js');
    const { createOperationsClient } = await import('../../../src/github/operations.js');
    const client = {
      token: settings.token,
      repository: context.repository,
      baseUrl: context.apiUrl,
      log: coreLog
    };
    const governance = createGitHubClient(client);
    const operations = createOperationsClient(client);
    const ownRunId = Number(context.runId);
    try {
      const result = await runUnlock(
        {
          stackName: settings.stackName,
          stack: settings.stack,
          varFiles: settings.varFiles,
          lockId: settings.lockId,
          reason: settings.reason,
          force: settings.force,
          actor: process.env['GITHUB_ACTOR'] ?? '',
          approvers: settings.approvers,
          lane: settings.lane,
          ...(Number.isInteger(ownRunId) && ownRunId > 0 ? { ownRunId } : {}),
          repository: context.repository,
          commit: context.sha,
          runUrl: context.runId === '' ? '' : context.runUrl
        },
        {
          log: coreLog,
          install: installEngine,
          github: {
            unfinishedRuns: () => operations.unfinishedRuns(),
            isTeamMember: (org, team, user) => governance.isTeamMember(org, team, user)
          },
          record: (event) => recordAudit(settings.audit, [event], coreLog)
        }
      );
      setOutput('unlocked', 'true');
      setOutput('lock-id', result.lockId);
      setOutput('holder', describeHolder(result.holder));
      setOutput('stale', String(result.stale));
      setOutput('forced', String(result.forced));
      await core.summary
        .addRaw(
          [
            `### Break-glass unlock of ${markdownText(settings.stackName)}`,
            '',
            `The lock ${markdownText(describeHolder(result.holder))} is gone${result.forced ? ' (forced by a special approver while a run of the lane was going)' : ''}.`,
            '',
            `Why: ${markdownText(settings.reason.trim())}`,
            '',
            `Recorded in the audit trail (${markdownText(settings.audit.branch)}). Run a normal plan of the stack now.`,
            ''
          ].join('\n')
        )
        .write();
    } catch (error) {
      if (error instanceof UnlockRefusedError)
        throw new UnlockRefusedError(`Unlock refused, nothing changed: ${error.message}`);
      throw error;
    }
  });
}
