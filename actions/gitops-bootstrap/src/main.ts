import * as core from '@actions/core';
import { ClientNodeCluster, loadKubeConfig } from '../../../src/bootstrap/cluster.js';
import { getInputs } from '../../../src/bootstrap/inputs.js';
import { bootstrapOutputs, runBootstrap, runTeardown } from '../../../src/bootstrap/job.js';
import { renderBootstrapSummary, renderTeardownSummary } from '../../../src/bootstrap/summary.js';
import { systemClock } from '../../../src/common/clock.js';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';

/** Masks a kubeconfig whole and line by line: the runner matches secrets within one line. */
export function maskKubeconfig(text: string, mask: (secret: string) => void): void {
  if (text.trim() === '') return;
  mask(text);
  for (const line of text.split(/\r?\n/)) {
    const value = line.replace(/^\s*[\w-]+:\s*/, '').trim();
    if (value.length >= 8) mask(value);
  }
}

export async function run(): Promise<void> {
  await runAction('gitops-bootstrap', async () => {
    // Masked before anything else can print it, valid or not.
    maskKubeconfig(core.getInput('kubeconfig'), (s) => core.setSecret(s));
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getInputs(coreInputs, workspace);
    if (inputs.kubeconfigSource !== "the input 'kubeconfig'")
      maskKubeconfig(inputs.kubeconfig, (s) => core.setSecret(s));
    const kubeConfig = loadKubeConfig(
      inputs.kubeconfig,
      inputs.bootstrap.context,
      inputs.kubeconfigSource
    );
    const cluster = new ClientNodeCluster({
      kubeConfig,
      context: inputs.bootstrap.context,
      requestTimeoutMs: inputs.requestTimeoutMs
    });
    const deps = { cluster, log: coreLog, clock: systemClock };
    if (inputs.operation === 'teardown') {
      const result = await runTeardown(inputs.teardown, deps);
      core.setOutput(
        'remaining',
        result.remaining.map((b) => `${b.kind} ${b.namespace}/${b.name}`).join('\n')
      );
      await core.summary.addRaw(renderTeardownSummary(result)).write();
      if (result.failure !== undefined) throw new Error(result.failure);
      return;
    }
    const result = await runBootstrap(inputs.bootstrap, deps);
    for (const [name, value] of Object.entries(bootstrapOutputs(result)))
      core.setOutput(name, value);
    await core.summary.addRaw(renderBootstrapSummary(result)).write();
    if (result.failure !== undefined) throw new Error(result.failure);
  });
}
