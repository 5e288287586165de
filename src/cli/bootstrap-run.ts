import { ClientNodeCluster, loadKubeConfig } from '../bootstrap/cluster.js';
import { getInputs } from '../bootstrap/inputs.js';
import { bootstrapOutputs, runBootstrap, runTeardown } from '../bootstrap/job.js';
import { systemClock } from '../common/clock.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { EXIT, printOutputs } from './command.js';

/**
 * The gitops-bootstrap job on the cluster, from the flags' raw inputs. Apart from the command's
 * declaration because it loads the Kubernetes client, which no other command needs.
 */
export async function runBootstrapJob(
  inputs: Record<string, string>,
  how: 'text' | 'json'
): Promise<number> {
  const teardown = inputs['operation'] === 'teardown';
  const settings = getInputs(mapInputReader(inputs), process.cwd());
  const kubeConfig = loadKubeConfig(
    settings.kubeconfig,
    settings.bootstrap.context,
    settings.kubeconfigSource
  );
  const cluster = new ClientNodeCluster({
    kubeConfig,
    context: settings.bootstrap.context,
    requestTimeoutMs: settings.requestTimeoutMs
  });
  const deps = { cluster, log: consoleLog(), clock: systemClock };
  if (teardown) {
    const result = await runTeardown(settings.teardown, deps);
    if (how === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      for (const r of result.deleted) process.stdout.write(`deleted ${r.kind} ${r.name}\n`);
      for (const b of result.remaining)
        process.stdout.write(`still there: ${b.kind} ${b.namespace}/${b.name} (${b.why})\n`);
    }
    if (result.failure !== undefined) {
      process.stderr.write(`platformctl: ${result.failure}\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  }
  const result = await runBootstrap(settings.bootstrap, deps);
  const outputs = bootstrapOutputs(result);
  if (how === 'json') {
    const report = {
      ...outputs,
      failure: result.failure ?? null,
      refusals: result.refused,
      applied: result.applied
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    printOutputs(outputs, how);
    for (const r of result.refused)
      process.stdout.write(`refused ${r.kind} ${r.name}: ${r.message}\n`);
  }
  if (result.failure !== undefined) {
    process.stderr.write(`platformctl: ${result.failure}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
