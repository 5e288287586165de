import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh runner for an installer test: an empty tool cache and temporary folder under `parent`,
 * set as RUNNER_TOOL_CACHE and RUNNER_TEMP as a runner sets them.
 */
export function freshRunner(parent: string): { toolCache: string; temp: string } {
  const root = mkdtempSync(join(parent, 'runner-'));
  const toolCache = join(root, 'tool-cache');
  const temp = join(root, 'temp');
  mkdirSync(toolCache);
  mkdirSync(temp);
  process.env['RUNNER_TOOL_CACHE'] = toolCache;
  process.env['RUNNER_TEMP'] = temp;
  return { toolCache, temp };
}
