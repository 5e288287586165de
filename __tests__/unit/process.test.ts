import { describe, expect, it } from '@jest/globals';
import { runProcess } from '../../src/common/process.js';

describe('runProcess', () => {
  it('reports a program that exits without reading its input by its exit code, not a broken pipe', async () => {
    const result = await runProcess('sh', ['-c', 'exit 3'], {
      input: 'x'.repeat(8 * 1024 * 1024),
      timeoutMs: 30_000
    });
    expect(result.exitCode).toBe(3);
  });
});
