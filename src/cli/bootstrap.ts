import { BOOTSTRAP_DEFAULTS } from '../bootstrap/inputs.js';
import {
  flagInputs,
  formatFlag,
  outputFormat,
  UsageError,
  type Command,
  type Flag
} from './command.js';

/** An input's default as the reader fills it in (action.yml says the same, a test checks). */
function byDefault(flag: Flag): Flag {
  const value = BOOTSTRAP_DEFAULTS[flag.input ?? flag.name];
  return value === undefined ? flag : { ...flag, default: value };
}

/** `platformctl bootstrap [teardown]`: the gitops-bootstrap action's job from a terminal. */
export const bootstrapCommand: Command = {
  name: 'bootstrap',
  summary:
    'install Argo CD and the root ApplicationSets from the runtime facts (or tear them down)',
  usage: [
    '--facts-file FILE --repo URL --app APP [--app APP]... [flags]',
    'teardown --facts-file FILE [flags]'
  ],
  verbs: { words: ['teardown'], required: false },
  description: `bootstrap: installs Argo CD from its pinned install manifests, waits until its CRDs are Established, then server-side applies the root AppProject and one ApplicationSet per environment. A second run reports everything unchanged. Root objects no longer rendered are listed and deleted only with --prune.

teardown: deletes the root applications with cascade and waits until no LoadBalancer Service, PersistentVolumeClaim or Application finalizer is left, naming what is still there at the timeout.

The flags are the gitops-bootstrap action's inputs.`,
  flags: [
    {
      name: 'facts-file',
      value: 'FILE',
      required: true,
      deprecated: ['facts'],
      description:
        "tf-apply's outputs file or a published facts.yaml: kube_context names the context, cluster_name labels the root objects"
    },
    {
      name: 'kubeconfig',
      value: 'FILE',
      input: 'kubeconfig-file',
      default: '$KUBECONFIG, else ~/.kube/config',
      description: 'the kubeconfig holding that context'
    },
    {
      name: 'repo',
      value: 'URL',
      input: 'repository',
      deprecated: ['repository'],
      description: 'the runtime-facts repository the applications come from; needed to bootstrap'
    },
    { name: 'branch', value: 'NAME', description: 'its branch' },
    {
      name: 'env',
      value: 'ENV',
      multiple: true,
      input: 'environments',
      default: "the facts' environments",
      description: 'an environment'
    },
    {
      name: 'app',
      value: 'APP',
      multiple: true,
      input: 'apps',
      description: 'an app of each environment; at least one to bootstrap'
    },
    { name: 'path', value: 'TEMPLATE', description: 'the path of an app' },
    { name: 'project', value: 'NAME', description: 'the AppProject' },
    {
      name: 'template-file',
      value: 'FILE',
      description: 'a YAML Application template (metadata and spec)'
    },
    { name: 'argocd-version', value: 'X.Y.Z', description: 'a pinned Argo CD version' },
    {
      name: 'argocd-manifests',
      value: 'DIR',
      default: 'the tools cache',
      description: 'its install.yaml and crds/'
    },
    { name: 'prune', description: 'delete root objects no longer rendered' },
    { name: 'field-manager', value: 'NAME', description: 'the server-side apply field manager' },
    {
      name: 'timeout',
      value: 'DURATION',
      description: 'the wait for the CRDs, or for teardown'
    },
    { name: 'interval', value: 'DURATION', description: 'between two looks' },
    { name: 'request-timeout', value: 'DURATION', description: 'each request' },
    formatFlag('text: the outputs; json: one object with refusals and stale objects')
  ].map((flag: Flag) => (flag.value === undefined ? flag : byDefault(flag))),
  example: [
    'platformctl bootstrap --facts-file facts.yaml --repo https://github.com/acme/runtime-facts.git --app checkout'
  ],
  exitCodes: '0 done, 1 failed (refused objects, timeout, unreachable cluster), 2 usage error.',
  async run(values, { positionals, usage }) {
    const teardown = positionals[0] === 'teardown';
    const how = outputFormat(values, usage);
    const missing = teardown ? [] : ['repo', 'app'].filter((name) => values[name] === undefined);
    if (missing.length > 0)
      throw new UsageError(
        `bootstrap needs ${missing.map((name) => `--${name}`).join(', ')}`,
        usage
      );
    const inputs = flagInputs(bootstrapCommand, values);
    inputs['operation'] = teardown ? 'teardown' : 'bootstrap';
    inputs['kubeconfig-file'] ??=
      process.env['KUBECONFIG']?.split(':')[0] || `${process.env['HOME'] ?? ''}/.kube/config`;
    // Loaded here: the Kubernetes client is large, and the other commands have no use for it.
    const { runBootstrapJob } = await import('./bootstrap-run.js');
    return await runBootstrapJob(inputs, how);
  }
};
