import { ARGOCD_SYNC_DEFAULTS, getInputs } from '../argocd/inputs.js';
import { ArgoCdHttpClient } from '../argocd/client.js';
import { argoCdSyncOutputs, runArgoCdSync, systemClock } from '../argocd/sync-job.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog, neutralizeCommands } from '../common/log.js';
import { EXIT, flagInputs, outputFormat, printOutputs, type Command } from './command.js';

/** `platformctl argocd sync`: the argocd-sync action's job from a terminal. */
export const argocdSyncCommand: Command = {
  name: 'argocd sync',
  summary: 'sync an Argo CD application and wait until it is Synced and Healthy',
  usage: ['--server URL --application NAME [--revision REV] [flags]'],
  description:
    'Refreshes the application, waits for any operation already running (never cancels it), requests one sync and waits until the operation Succeeded, the application reconciled after it, is Synced at the revision and Healthy. Fails on a failed operation, a Degraded application or the timeout, listing the resources that are not healthy and why.',
  flags: [
    {
      name: 'server',
      value: 'URL',
      required: true,
      description: 'the Argo CD API server, https://argocd.example.com'
    },
    {
      name: 'auth-token',
      value: 'TOKEN',
      default: 'the ARGOCD_AUTH_TOKEN environment variable',
      description: 'the bearer token; the variable keeps it out of the process list and history'
    },
    { name: 'application', value: 'NAME', required: true, description: 'the Argo CD Application' },
    {
      name: 'revision',
      value: 'REV',
      default: "the application's target revision",
      description: 'commit SHA, branch or tag'
    },
    { name: 'prune', description: 'delete resources no longer in the desired state' },
    {
      name: 'refresh',
      value: 'normal|hard',
      default: ARGOCD_SYNC_DEFAULTS['refresh'],
      description: 'how to refresh before the sync'
    },
    {
      name: 'timeout',
      value: 'DURATION',
      default: ARGOCD_SYNC_DEFAULTS['timeout'],
      description: 'the whole wait; a rollback waits as long again'
    },
    {
      name: 'interval',
      value: 'DURATION',
      default: ARGOCD_SYNC_DEFAULTS['interval'],
      description: 'between two looks at the application'
    },
    {
      name: 'request-timeout',
      value: 'DURATION',
      default: ARGOCD_SYNC_DEFAULTS['request-timeout'],
      description: 'each request'
    },
    { name: 'ca-file', value: 'FILE', description: 'PEM of the CA of a server with a private CA' },
    {
      name: 'rollback-on-failure',
      description: 'roll a failed sync back to the previous deployment'
    }
  ],
  example: [
    'ARGOCD_AUTH_TOKEN=... platformctl argocd sync --server https://argocd.example.com \\',
    '  --application dev-payments-checkout --revision 9f86d08 --timeout 15m'
  ],
  exitCodes: '0 Synced and Healthy, 1 failed (nothing synced, or the sync failed), 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const inputs = flagInputs(argocdSyncCommand, values);
    inputs['auth-token'] ??= process.env['ARGOCD_AUTH_TOKEN'] ?? '';
    const settings = getInputs(mapInputReader(inputs), process.cwd());
    const api = new ArgoCdHttpClient({
      server: settings.server,
      token: settings.token,
      ca: settings.ca,
      requestTimeoutMs: settings.requestTimeoutMs
    });
    const result = await runArgoCdSync(settings, { api, clock: systemClock, log: consoleLog() });
    const outputs = argoCdSyncOutputs(result);
    const problems = result.verdict.kind === 'converged' ? [] : result.verdict.problems;
    if (how === 'json') {
      const report = { ...outputs, failure: result.failure ?? null, problems };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      printOutputs(outputs, how);
      if (problems.length > 0) {
        process.stdout.write('\nResources not healthy:\n');
        for (const p of problems)
          process.stdout.write(
            `${neutralizeCommands(`  ${p.kind} ${p.name}: ${p.health}, ${p.sync}: ${p.message}`)}\n`
          );
      }
    }
    if (result.failure !== undefined) {
      process.stderr.write(`${neutralizeCommands(`platformctl: ${result.failure}`)}\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  }
};
