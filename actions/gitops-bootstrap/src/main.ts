import * as core from '@actions/core';
import { getInputs, maskKubeconfig } from '../../../src/bootstrap/inputs.js';
import { systemClock } from '../../../src/common/clock.js';
import { coreInputs, coreLog, runAction } from '../../../src/github/action.js';

export async function run(): Promise<void> {
  await runAction('gitops-bootstrap', async () => {
    // Masked before anything else can print it, valid or not.
    maskKubeconfig(core.getInput('kubeconfig'), (s) => core.setSecret(s));
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getInputs(coreInputs, workspace);
    if (inputs.kubeconfigSource !== "the input 'kubeconfig'")
      maskKubeconfig(inputs.kubeconfig, (s) => core.setSecret(s));
    // The Kubernetes client and the Argo CD models (most of the bundle) load once the inputs are
    // good: a bad input fails in a tenth of the time, and a good run loads them all the same.
    const { ClientNodeCluster, loadKubeConfig } = await import('../../../src/bootstrap/cluster.js');
    const { bootstrapOutputs, runBootstrap, runTeardown } =
      await import('../../../src/bootstrap/job.js');
    const { renderBootstrapSummary, renderTeardownSummary } =
      await import('../../../src/bootstrap/summary.js');
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
