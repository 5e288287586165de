import { describe, expect, it } from '@jest/globals';
import {
  applyArgs,
  initArgs,
  outputJsonArgs,
  planArgs,
  showJsonArgs,
  showTextArgs
} from '../../src/terraform/args.js';

describe('engine argument vectors', () => {
  it.each([
    [
      'init with a lock file and backend settings',
      initArgs({
        backendConfig: ['bucket=b', 'key=dev/app.tfstate'],
        lockfileReadonly: true,
        lockTimeout: '300s'
      }),
      [
        'init',
        '-input=false',
        '-no-color',
        '-lockfile=readonly',
        '-lock-timeout=300s',
        '-backend-config=bucket=b',
        '-backend-config=key=dev/app.tfstate'
      ]
    ],
    [
      'init without a lock file',
      initArgs({ backendConfig: [], lockfileReadonly: false, lockTimeout: '5m' }),
      ['init', '-input=false', '-no-color', '-lock-timeout=5m']
    ],
    [
      'plan with var files',
      planArgs({
        out: '/o/tfplan',
        destroy: false,
        varFiles: ['a.tfvars', 'b c.tfvars'],
        lockTimeout: '300s'
      }),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=300s',
        '-out=/o/tfplan',
        '-var-file=a.tfvars',
        '-var-file=b c.tfvars'
      ]
    ],
    [
      'a destroy plan',
      planArgs({ out: 'p', destroy: true, varFiles: [], lockTimeout: '1s' }),
      [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        '-lock-timeout=1s',
        '-out=p',
        '-destroy'
      ]
    ],
    ['show -json', showJsonArgs('p'), ['show', '-json', '-no-color', 'p']],
    ['show', showTextArgs('p'), ['show', '-no-color', 'p']],
    [
      'apply of a saved plan',
      applyArgs({ planFile: '/o/tfplan', lockTimeout: '300s' }),
      ['apply', '-input=false', '-no-color', '-lock-timeout=300s', '/o/tfplan']
    ],
    ['output -json', outputJsonArgs(), ['output', '-json', '-no-color']]
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('passes a value with spaces or quotes as one argument, never through a shell', () => {
    const args = initArgs({
      backendConfig: ['conn_str=postgres://u:p w@h/db?x="y"'],
      lockfileReadonly: false,
      lockTimeout: '1s'
    });
    expect(args).toContain('-backend-config=conn_str=postgres://u:p w@h/db?x="y"');
  });
});
