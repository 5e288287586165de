import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineCli, heldPrinter } from '../../src/terraform/engine.js';
import { tool } from '../support/tools.js';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: () => void } {
  let resolve!: () => void;
  let reject!: () => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = () => rej(new Error('the state could not be read'));
  });
  return { promise, resolve, reject };
}

describe("the engine's streamed output, held until the masks are registered", () => {
  it('prints nothing while held, then every chunk in order, then the later ones as they come', async () => {
    const printed: string[] = [];
    const hold = deferred();
    const printer = heldPrinter((c) => printed.push(c), hold.promise);
    printer.write('a');
    printer.write('b');
    await Promise.resolve();
    expect(printed).toEqual([]);
    hold.resolve();
    await printer.flushed;
    expect(printed).toEqual(['a', 'b']);
    printer.write('c');
    expect(printed).toEqual(['a', 'b', 'c']);
  });

  it('drops what it held, and what comes after, when the hold fails', async () => {
    const printed: string[] = [];
    const hold = deferred();
    const printer = heldPrinter((c) => printed.push(c), hold.promise);
    printer.write('secret-before');
    hold.reject();
    await printer.flushed;
    printer.write('secret-after');
    expect(printed).toEqual([]);
  });

  it('prints as it comes when nothing holds it', async () => {
    const printed: string[] = [];
    const printer = heldPrinter((c) => printed.push(c), undefined);
    printer.write('a');
    expect(printed).toEqual(['a']);
    await printer.flushed;
  });

  it.each([
    ['released', true],
    ['failed', false]
  ])(
    'a real engine run whose hold is %s: printed only then, its output returned either way',
    async (_name, release) => {
      const dir = mkdtempSync(join(tmpdir(), 'engine-output-'));
      try {
        const infos: string[] = [];
        const engine = engineCli(
          { engine: 'tofu', version: '1.12.6', binary: tool('tofu'), source: 'path' },
          { info: (m) => infos.push(m), warning: (m) => infos.push(m), group: (_t, fn) => fn() }
        );
        const hold = deferred();
        const run = engine.run(['version'], {
          cwd: dir,
          timeoutMs: 60_000,
          holdOutputUntil: hold.promise
        });
        if (release) hold.resolve();
        else hold.reject();
        const result = await run;
        expect(result.exitCode).toBe(0);
        expect(result.stdout).toContain('OpenTofu v');
        expect(infos.some((line) => line.includes('OpenTofu v'))).toBe(release);
        expect(infos[0]).toBe('$ tofu version');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  );
});
