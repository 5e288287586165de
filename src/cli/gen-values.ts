import { GEN_VALUES_DEFAULTS } from '../gitops/inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { EXIT, flagInputs, outputFormat, type Command, type Flag } from './command.js';

const NAME_FLAGS: readonly Flag[] = (
  [
    ['cloud', 'C', 'the cloud: one of dictionary.yaml'],
    ['env', 'E', 'the environment: one of dictionary.yaml'],
    ['region', 'R', "the region: one of the cloud's regions in dictionary.yaml"],
    ['bu', 'B', 'the business unit: one of dictionary.yaml'],
    ['app', 'A', 'the app: one of dictionary.yaml'],
    ['owner', 'O', 'the owner tag: an email local part or a team slug']
  ] as const
).map(([name, value, description]) => ({ name, value, description, required: true }));

export const genValuesCommand: Command = {
  name: 'gen-values',
  summary: "derive an app's names and write its GitOps artifacts",
  usage: [
    '--cloud C --env E --region R --bu B --app A --owner O',
    '           [--org ORG] [--image REF] [--facts-file FILE] [--config-dir DIR]',
    '           [--out-dir DIR] [--dry-run] [--format text|json]',
    '           [--publish none|commit|pull-request --repo REPO [--branch B]]'
  ],
  description:
    'Writes values.yaml, argocd-application.yaml, keda-scaledobject.yaml and karpenter-nodepool.yaml\n(when the config enables them) and names.json into the output folder, each manifest validated\nagainst its schema first. The folder is replaced whole, or left as it was on any error.',
  flags: [
    ...NAME_FLAGS,
    { name: 'org', value: 'ORG', description: 'the org (default: org of globals.yaml)' },
    {
      name: 'image',
      value: 'REF',
      description: 'repository:tag or repository@sha256:<digest> (the digest is used)'
    },
    {
      name: 'facts-file',
      value: 'FILE',
      deprecated: ['facts'],
      description:
        "tf-apply's outputs file (the engine's output -json): workload identity and ExternalDNS target; sensitive outputs are never copied"
    },
    {
      name: 'config-dir',
      value: 'DIR',
      default: GEN_VALUES_DEFAULTS['config-dir'],
      description:
        'the naming config: dictionary.yaml, globals.yaml (this clone has examples/config)'
    },
    {
      name: 'out-dir',
      value: 'DIR',
      default: GEN_VALUES_DEFAULTS['out-dir'],
      deprecated: ['out'],
      description: 'the output folder'
    },
    {
      name: 'dry-run',
      description: 'derive and validate everything, write nothing, print the names'
    },
    {
      name: 'publish',
      value: 'MODE',
      default: GEN_VALUES_DEFAULTS['publish'],
      description:
        'commit: the folder committed at values-path on --branch; pull-request: the same commit on values/<env>/<app>, proposed to --branch (a GitHub token from GITHUB_TOKEN)'
    },
    {
      name: 'repo',
      value: 'REPO',
      input: 'repository',
      deprecated: ['repository'],
      description:
        'the GitOps repository: owner/name on GitHub, a git URL or a local path (owner/name or a URL ending in /owner/name for pull-request)'
    },
    {
      name: 'branch',
      value: 'BRANCH',
      default: GEN_VALUES_DEFAULTS['branch'],
      description: 'the branch the values belong on'
    }
  ],
  example: [
    'platformctl gen-values --cloud aws --env dev --region eu-west-1 --bu payments --app checkout \\',
    '  --owner jane.doe --config-dir examples/config --dry-run'
  ],
  exitCodes:
    '0 done, 1 invalid input (naming, config, facts, image) or publish failed, 2 usage error.\nWith --format json and --dry-run: the names object as the OpenTofu module outputs it; with\n--format json alone: names, tags and the files written.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    // Loaded here: the manifest schemas are large, and the other commands have no use for them.
    const [{ getInputs }, { namesDocument }, job, publishing, facts] = await Promise.all([
      import('../gitops/inputs.js'),
      import('../gitops/artifacts.js'),
      import('../gitops/job.js'),
      import('../gitops/publish.js'),
      import('../facts/publish.js')
    ]);
    const { genValuesOutputs, renderNamesTable, runGenValues } = job;
    const inputs = flagInputs(genValuesCommand, values);
    const token = process.env['GITHUB_TOKEN'];
    if (token !== undefined && token !== '') inputs['github-token'] = token;
    const settings = getInputs(mapInputReader(inputs), process.cwd());
    const log = consoleLog();
    const result = await runGenValues(settings, {
      log,
      provenance: facts.runnerProvenance(process.env),
      ...(settings.publish === undefined
        ? {}
        : { connect: publishing.connectPullRequests(settings.publish, log) })
    });
    const published = publishing.publishOutputs(result.published);
    const document = namesDocument(result);
    if (how === 'json' && settings.dryRun) {
      // Byte for byte what `tofu output -json names` prints for the module terraform-modules/common.
      process.stdout.write(`${JSON.stringify(document.names)}\n`);
    } else if (how === 'json') {
      const report = {
        ...document,
        'out-dir': result.outDir,
        'values-path': result.valuesPath,
        files: result.written,
        ...(result.published === undefined ? {} : published)
      };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(renderNamesTable(result));
      if (!settings.dryRun) {
        const outputs = genValuesOutputs(result);
        process.stdout.write(`\nvalues-path: ${outputs['values-path']}\n`);
        for (const path of result.written) process.stdout.write(`wrote ${path}\n`);
        if (result.published !== undefined)
          for (const [key, value] of Object.entries(published))
            process.stdout.write(`${key}: ${value}\n`);
      }
    }
    return EXIT.ok;
  }
};
