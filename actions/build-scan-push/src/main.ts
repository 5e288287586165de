import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { ActionError } from '../../../src/common/errors.js';
import { runProcess } from '../../../src/common/process.js';
import { openScratchWorkspace } from '../../../src/common/scratch-workspace.js';
import { coreInputs, coreLog, runAction, setOutput } from '../../../src/github/action.js';
import { buildScanPushOutputs, runBuildScanPush } from '../../../src/image/job.js';
import { httpRegistryReader } from '../../../src/image/registry.js';
import { renderBuildScanPushSummary } from '../../../src/image/summary.js';
import { imageTools } from '../../../src/image/tools.js';
import { getInputs, SECRET_INPUTS } from './inputs.js';

export async function run(): Promise<void> {
  await runAction('build-scan-push', async () => {
    // Masked first, so no later message can show them.
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name);
      if (value !== '')
        for (const line of value.split(/\r?\n/))
          if (line.trim() !== '') core.setSecret(line.trim());
    }
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const inputs = getInputs(coreInputs, {
      workspace,
      temp: process.env['RUNNER_TEMP'] || tmpdir(),
      env: process.env
    });
    const result = await runBuildScanPush(inputs, {
      workspace: () => openScratchWorkspace(inputs.workDir, 'build-scan-push-'),
      log: coreLog,
      run: runProcess,
      tools: (s) =>
        imageTools({ builder: s.builder, scan: s.scan, push: s.push, sign: s.sign }, (message) =>
          coreLog.info(message)
        ),
      registry: httpRegistryReader,
      now: () => new Date()
    });
    for (const [name, value] of Object.entries(buildScanPushOutputs(result)))
      setOutput(name, value);
    await core.summary.addRaw(renderBuildScanPushSummary(result)).write();
    if (result.refused !== undefined) throw new ActionError(result.refused);
  });
}
