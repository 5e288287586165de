import * as core from '@actions/core';
import { ArgoCdHttpClient } from '../../../src/argocd/client.js';
import { renderArgoCdSyncSummary } from '../../../src/argocd/summary.js';
import { argoCdSyncOutputs, runArgoCdSync, systemClock } from '../../../src/argocd/sync-job.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { getInputs } from '../../../src/argocd/inputs.js';

export async function run(): Promise<void> {
  setOutput('rolled-back', 'false');
  await runAction('argocd-sync', async () => {
    // Masked before anything else can print it, valid or not.
    const token = core.getInput('auth-token');
    if (token !== '') core.setSecret(token);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const settings = getInputs(coreInputs, workspace);
    const api = new ArgoCdHttpClient({
      server: settings.server,
      token: settings.token,
      ca: settings.ca,
      requestTimeoutMs: settings.requestTimeoutMs
    });
    const result = await runArgoCdSync(settings, { api, clock: systemClock, log: coreLog });
    for (const [name, value] of Object.entries(argoCdSyncOutputs(result))) setOutput(name, value);
    await core.summary.addRaw(renderArgoCdSyncSummary(result)).write();
    if (result.failure !== undefined) throw new Error(result.failure);
  });
}
