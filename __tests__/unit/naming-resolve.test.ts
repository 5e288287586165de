import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  baseDomain,
  globalIssue,
  loadConfig,
  registry,
  settingIssue,
  unknownMessage,
  type Config
} from '../../src/naming/index.js';
import { NAMING_FIXTURES } from '../fixtures/naming/vectors.js';

const plainDir = join(NAMING_FIXTURES, 'config');
const overrideDir = join(NAMING_FIXTURES, 'config-override');
/** globals.yaml without a registry, no local.yaml. */
const plain = loadConfig(plainDir);
/** globals.yaml with a registry, and a local.yaml setting base_domain, registry and replicas. */
const override = loadConfig(overrideDir);
/** The same config as built by hand: no parsed files to point into. */
const unparsed: Config = {
  dir: overrideDir,
  dictionary: override.dictionary,
  globals: override.globals,
  local: override.local
};

describe('baseDomain and registry', () => {
  it('take globals.yaml, and the registry ghcr.io/<org> when no file names one', () => {
    expect(baseDomain(plain)).toBe('example.com');
    expect(registry(plain)).toBe('ghcr.io/acme');
    expect(registry(plain, 'globex')).toBe('ghcr.io/globex');
  });

  it('take the registry of globals.yaml over ghcr.io/<org>, whatever the org', () => {
    const withoutLocal: Config = { ...override, local: undefined };
    expect(registry(withoutLocal, 'globex')).toBe('ghcr.io/acme');
    expect(baseDomain(withoutLocal)).toBe('example.com');
  });

  it('take local.yaml over globals.yaml', () => {
    expect(baseDomain(override)).toMatch(/^a{63}\.b{63}\.c{63}\.d{36}\.example\.com$/);
    expect(registry(override)).toBe('registry.example.com:5000/platform');
    expect(registry(override, 'globex')).toBe('registry.example.com:5000/platform');
  });
});

describe('settingIssue', () => {
  const local = join(overrideDir, 'local.yaml');
  const globals = join(overrideDir, 'globals.yaml');

  it.each([
    {
      where: 'local.yaml when it sets the setting',
      env: 'prod',
      path: ['replicas'],
      file: local,
      position: { line: 6, column: 11 },
      at: 'replicas'
    },
    {
      where: "the environment's override in globals.yaml when local.yaml does not set it",
      env: 'prod',
      path: ['resources', 'limits', 'cpu'],
      file: globals,
      position: { line: 18, column: 22 },
      at: 'environments.prod.resources.limits.cpu'
    },
    {
      where: 'the defaults when neither local.yaml nor the environment sets it',
      env: 'dev',
      path: ['resources', 'limits', 'cpu'],
      file: globals,
      position: { line: 7, column: 20 },
      at: 'defaults.resources.limits.cpu'
    },
    {
      where: 'the deepest existing parent of a setting no file sets',
      env: 'dev',
      path: ['keda', 'max_replicas'],
      file: globals,
      position: { line: 4, column: 1 },
      at: 'defaults.keda.max_replicas'
    }
  ])('points at $where', ({ env, path, file, position, at }) => {
    expect(settingIssue(override, env, path, 'out of range')).toEqual({
      file,
      position,
      path: at,
      message: 'out of range'
    });
  });

  it('names globals.yaml without a position for a config without parsed files', () => {
    expect(settingIssue(unparsed, 'prod', ['replicas'], 'too many')).toEqual({
      file: globals,
      path: 'replicas',
      message: 'too many'
    });
  });
});

describe('globalIssue', () => {
  it('points at a top-level setting of globals.yaml', () => {
    expect(globalIssue(override, ['registry'], 'not reachable')).toEqual({
      file: join(overrideDir, 'globals.yaml'),
      position: { line: 3, column: 11 },
      path: 'registry',
      message: 'not reachable'
    });
  });

  it('names globals.yaml without a position for a config without parsed files', () => {
    expect(globalIssue(unparsed, ['chart', 'version'], 'no such chart')).toEqual({
      file: join(overrideDir, 'globals.yaml'),
      path: 'chart.version',
      message: 'no such chart'
    });
  });
});

describe('unknownMessage', () => {
  it('lists what is allowed, sorted, and suggests the closest', () => {
    expect(unknownMessage('an app', 'chekout', ['payments', 'checkout'])).toBe(
      '"chekout" is not an app; expected one of checkout, payments. Did you mean "checkout"?'
    );
  });

  it('suggests nothing when nothing allowed is close', () => {
    expect(unknownMessage('an app', 'zzzzzz', ['checkout'])).toBe(
      '"zzzzzz" is not an app; expected one of checkout'
    );
  });
});
