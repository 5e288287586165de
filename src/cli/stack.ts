import { getInputs as getApplyInputs } from '../terraform/apply-inputs.js';
import { getInputs as getPlanInputs } from '../terraform/plan-inputs.js';
import { mapInputReader } from '../common/inputs.js';
import { consoleLog } from '../common/log.js';
import { applyOutputs, runApplyJob } from '../terraform/apply-job.js';
import { installEngine, type InstallOptions } from '../terraform/install.js';
import { planOutputs, runPlanJob } from '../terraform/plan-job.js';
import { runnerPaths } from '../terraform/stack-inputs.js';
import {
  EXIT,
  flagInputs,
  outputFormat,
  printOutputs,
  type Command,
  type Flag
} from './command.js';
import { ENGINE_FLAGS, VAR_FILE_FLAG } from './stack-flags.js';
import { prepareTerminal } from './toolchain.js';

/** The flags of tf-plan's and tf-apply's shared inputs. */
const STACK_FLAGS: readonly Flag[] = [
  {
    name: 'working-directory',
    value: 'DIR',
    required: true,
    description: "the stack's folder, relative to the current folder"
  },
  ...ENGINE_FLAGS
];

/** The engine as the actions install it; outside Actions from the toolchain, never downloaded. */
function install(options: InstallOptions) {
  const local = prepareTerminal();
  return installEngine({ ...options, ...(local === undefined ? {} : { local }) });
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'plan a stack as tf-plan does: init, plan, show, with plan-id and plan-sha256',
  usage: ['--working-directory DIR [--var-file FILE]... [--destroy] [--out-dir DIR] [flags]'],
  description:
    'The engine comes from PATH, the toolchain of `npm run tools` (.tools/bin, the tools cache) or,\nin Actions, its release (checksum verified). The plan, its redacted JSON and its text are written\ninto --out-dir.',
  flags: [
    ...STACK_FLAGS,
    VAR_FILE_FLAG,
    { name: 'destroy', description: 'plan the destruction of every resource' },
    {
      name: 'out-dir',
      value: 'DIR',
      description:
        'folder for tfplan, tfplan.json and tfplan.txt (default: under the temporary folder)'
    }
  ],
  example: [
    'platformctl plan --working-directory examples/stacks/local/dev --var-file dev.tfvars --out-dir plan'
  ],
  exitCodes: '0 planned, 1 the engine or an input failed, 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const inputs = getPlanInputs(mapInputReader(flagInputs(planCommand, values)), runnerPaths());
    const result = await runPlanJob(inputs, { log: consoleLog(), install });
    printOutputs(planOutputs(result), how);
    return EXIT.ok;
  }
};

export const applyCommand: Command = {
  name: 'apply',
  summary: 'apply exactly the plan file planned, after checking its sha256, as tf-apply does',
  usage: ['--working-directory DIR --plan-path FILE --plan-sha256 HEX [flags]'],
  description:
    "The approval gate reads a pull request through GitHub's API and belongs to the action in the\npipeline; from a terminal only the sha256 is checked. The outputs are written to outputs-path\n(sensitive values included: keep it private) and printed with sensitive values hidden.",
  flags: [
    ...STACK_FLAGS,
    { name: 'plan-path', value: 'FILE', required: true, description: "plan's plan-path" },
    {
      name: 'plan-sha256',
      value: 'HEX',
      required: true,
      description: "plan's plan-sha256: any other file is refused before the engine runs"
    }
  ],
  example: [
    'platformctl apply --working-directory examples/stacks/local/dev --plan-path plan/tfplan \\',
    '  --plan-sha256 "$(sha256sum plan/tfplan | cut -d\' \' -f1)"'
  ],
  exitCodes: '0 applied, 1 refused or failed (stale plan, held lock, engine error), 2 usage error.',
  async run(values, { usage }) {
    const how = outputFormat(values, usage);
    const inputs = getApplyInputs(mapInputReader(flagInputs(applyCommand, values)), runnerPaths());
    // A terminal has no runner to mask secrets; they are kept out of what is printed instead.
    const result = await runApplyJob(inputs, {
      log: consoleLog(),
      install,
      maskSecret: () => undefined
    });
    printOutputs(applyOutputs(result), how);
    return EXIT.ok;
  }
};
