import { neutralizeCommands } from '../common/log.js';
import { getInputs } from '../../actions/argocd-sync/src/inputs.js';
import { ArgoCdHttpClient } from '../argocd/client.js';
import { argoCdSyncOutputs, runArgoCdSync, systemClock } from '../argocd/sync-job.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { asInputs, EXIT, format, print, requireFlags } from './main.js';
import { verbFlags } from './subcommand.js';

export const ARGOCD_USAGE = `platformctl argocd sync: sync an Argo CD application and wait until it is Synced and Healthy

Usage:
  platformctl argocd sync --server URL --application NAME [--revision REV] [flags]

Refreshes the application, waits for any operation already running (never cancels it), requests
one sync and waits until the operation Succeeded, the application reconciled after it, is Synced
at the revision and Healthy. Fails on a failed operation, a Degraded application or the timeout,
listing the resources that are not healthy and why.

Flags (as the argocd-sync action's inputs):
  --server URL            the Argo CD API server, https://argocd.example.com (required)
  --auth-token TOKEN      the bearer token; default: the ARGOCD_AUTH_TOKEN environment variable,
                          which keeps it out of the process list and the shell history
  --application NAME      the Argo CD Application (required)
  --revision REV          commit SHA, branch or tag (default: the application's target revision)
  --prune                 delete resources no longer in the desired state
  --refresh normal|hard   how to refresh before the sync (default normal)
  --timeout DURATION      the whole wait, e.g. 10m (default 10m); a rollback waits as long again
  --interval DURATION     between two looks at the application (default 5s)
  --request-timeout D     each request (default 30s)
  --ca-file FILE          PEM of the CA of a server with a private CA
  --rollback-on-failure   roll a failed sync back to the previous deployment
  --format text|json      text: the outputs, then the resources not healthy; json: one object
  --help                  this text

Exit codes: 0 Synced and Healthy, 1 failed (nothing synced, or the sync failed), 2 usage error.
`;

/** `platformctl argocd sync`: the argocd-sync action's job from a terminal. */
export async function argocdCommand(args: string[]): Promise<number> {
  const values = verbFlags(
    'argocd',
    'sync',
    args,
    [
      'server',
      'auth-token',
      'application',
      'revision',
      'refresh',
      'timeout',
      'interval',
      'request-timeout',
      'ca-file'
    ],
    ARGOCD_USAGE,
    ['prune', 'rollback-on-failure']
  );
  if (values === undefined) return EXIT.ok;
  const how = format(values, ARGOCD_USAGE);
  requireFlags(values, ['server', 'application'], 'argocd sync', ARGOCD_USAGE);
  const inputs = asInputs(values);
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
    print(outputs, how);
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
