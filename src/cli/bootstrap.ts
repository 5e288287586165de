import { ClientNodeCluster, loadKubeConfig } from '../bootstrap/cluster.js';
import { getInputs } from '../bootstrap/inputs.js';
import { bootstrapOutputs, runBootstrap, runTeardown } from '../bootstrap/job.js';
import { systemClock } from '../common/clock.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { asInputs, EXIT, format, parse, print, requireFlags, UsageError } from './legacy.js';

export const BOOTSTRAP_USAGE = `platformctl bootstrap: install Argo CD and the root ApplicationSets from the runtime facts

Usage:
  platformctl bootstrap --facts FILE --repository URL --apps LIST [flags]
  platformctl bootstrap teardown --facts FILE [flags]

bootstrap: installs Argo CD from its pinned install manifests, waits until its CRDs are
Established, then server-side applies the root AppProject and one ApplicationSet per environment.
A second run reports everything unchanged. Root objects no longer rendered are listed and deleted
only with --prune.
teardown: deletes the root applications with cascade and waits until no LoadBalancer Service,
PersistentVolumeClaim or Application finalizer is left, naming what is still there at the timeout.

Flags (as the gitops-bootstrap action's inputs):
  --facts FILE            tf-apply's outputs file or a published facts.yaml (required): kube_context
                          names the context, cluster_name labels the root objects
  --kubeconfig FILE       the kubeconfig holding that context (default: $KUBECONFIG, else
                          ~/.kube/config)
  --repository URL        the runtime-facts repository the applications come from (bootstrap)
  --branch NAME           its branch (default runtime-facts)
  --env ENV               an environment (repeatable; default: the facts' environments)
  --app APP               an app of each environment (repeatable; required for bootstrap)
  --path TEMPLATE         the path of an app (default {{.cloud}}/{{.env}}/apps/{{.app}})
  --project NAME          the AppProject (default platform)
  --template-file FILE    a YAML Application template (metadata and spec)
  --argocd-version X.Y.Z  a pinned Argo CD version (default 3.6.1)
  --argocd-manifests DIR  its install.yaml and crds/ (default: the tools cache)
  --prune                 delete root objects no longer rendered
  --field-manager NAME    the server-side apply field manager (default platform-actions-bootstrap)
  --timeout DURATION      the wait for the CRDs, or for teardown (default 5m)
  --interval DURATION     between two looks (default 1s)
  --request-timeout D     each request (default 30s)
  --format text|json      text: the outputs; json: one object with refusals and stale objects
  --help                  this text

Example:
  platformctl bootstrap --facts facts.yaml --repository https://github.com/acme/runtime-facts.git --apps checkout

Exit codes: 0 done, 1 failed (refused objects, timeout, unreachable cluster), 2 usage error.
`;

const FLAGS = {
  facts: { type: 'string' },
  kubeconfig: { type: 'string' },
  repository: { type: 'string' },
  branch: { type: 'string' },
  env: { type: 'string', multiple: true },
  app: { type: 'string', multiple: true },
  path: { type: 'string' },
  project: { type: 'string' },
  'template-file': { type: 'string' },
  'argocd-version': { type: 'string' },
  'argocd-manifests': { type: 'string' },
  prune: { type: 'boolean' },
  'field-manager': { type: 'string' },
  timeout: { type: 'string' },
  interval: { type: 'string' },
  'request-timeout': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean' }
} as const;

/** `platformctl bootstrap [teardown]`: the gitops-bootstrap action's job from a terminal. */
export async function bootstrapCommand(args: string[]): Promise<number> {
  const teardown = args[0] === 'teardown';
  const rest = teardown ? args.slice(1) : args;
  if (rest[0] !== undefined && !rest[0].startsWith('-'))
    throw new UsageError(`unknown bootstrap command '${rest[0]}'`, BOOTSTRAP_USAGE);
  const values = parse(rest, FLAGS, BOOTSTRAP_USAGE);
  if (values['help'] === true) {
    process.stdout.write(BOOTSTRAP_USAGE);
    return EXIT.ok;
  }
  const how = format(values, BOOTSTRAP_USAGE);
  requireFlags(
    values,
    teardown ? ['facts'] : ['facts', 'repository', 'app'],
    teardown ? 'bootstrap teardown' : 'bootstrap',
    BOOTSTRAP_USAGE
  );
  const inputs = asInputs(values, {
    facts: 'facts-file',
    kubeconfig: 'kubeconfig-file',
    env: 'environments',
    app: 'apps'
  });
  inputs['operation'] = teardown ? 'teardown' : 'bootstrap';
  inputs['kubeconfig-file'] ??=
    process.env['KUBECONFIG']?.split(':')[0] || `${process.env['HOME'] ?? ''}/.kube/config`;
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
    print(outputs, how);
    for (const r of result.refused)
      process.stdout.write(`refused ${r.kind} ${r.name}: ${r.message}\n`);
  }
  if (result.failure !== undefined) {
    process.stderr.write(`platformctl: ${result.failure}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
