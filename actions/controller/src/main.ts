import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { getControllerInputs, type ControllerInputs } from '../../../src/controller/inputs.js';
import type { PhaseContext, PhaseResult } from '../../../src/controller/phases.js';

function readEvent(path: string | undefined): unknown {
  if (path === undefined || path === '') return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  await runAction('controller', async () => {
    const env = process.env;
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs: ControllerInputs = getControllerInputs(coreInputs, workspace, env);
    core.setSecret(inputs.token);
    const extra = [coreInputs('controller-token'), coreInputs('audit-token')];
    for (const secret of extra) if (secret !== '') core.setSecret(secret);
    if (inputs.phase === 'merge' && inputs.audit !== undefined && coreInputs('audit-token') !== '')
      inputs.audit = { ...inputs.audit, token: coreInputs('audit-token') };
    const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const { createGitHubClient } = await import('../../../src/github/client.js');
    const phases = await import('../../../src/controller/phases.js');
    const mergeToken = coreInputs('controller-token') || inputs.token;
    const ctx: PhaseContext = {
      eventName: env['GITHUB_EVENT_NAME'] ?? '',
      event: readEvent(env['GITHUB_EVENT_PATH']),
      repository,
      serverUrl,
      runId,
      runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
      actor: env['GITHUB_ACTOR'] ?? '',
      workspace,
      log: coreLog,
      connect: (token, repo) =>
        createGitHubClient({
          token: inputs.phase === 'merge' && repo === repository ? mergeToken : token,
          repository: repo,
          baseUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
          log: coreLog
        })
    };
    let result: PhaseResult;
    switch (inputs.phase) {
      case 'propose':
        result = await phases.propose(inputs, ctx);
        break;
      case 'validate':
        result = await phases.validate(inputs, ctx);
        break;
      case 'report':
        result = await phases.report(inputs, ctx);
        break;
      case 'merge':
        result = await phases.merge(inputs, ctx);
        break;
      case 'apply-check':
        result = await phases.applyCheck(inputs, ctx);
        break;
      case 'result':
        result = await phases.result(inputs, ctx);
        break;
    }
    for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
    await core.summary.addRaw(result.summary).write();
  });
}
