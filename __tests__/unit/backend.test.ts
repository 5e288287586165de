import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/common/errors.js';
import { backendConfigEntries, detectBackendType } from '../../src/terraform/backend.js';

const dirs: string[] = [];
function stack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backend-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('detectBackendType', () => {
  it.each([
    ['s3', { 'backend.tf': 'terraform {\n  backend "s3" {}\n}\n' }],
    ['pg', { 'main.tf': 'terraform {\n  required_version = ">= 1.8"\n  backend "pg" {\n  }\n}' }],
    ['local', { 'main.tf': 'resource "terraform_data" "a" {}' }],
    ['local', { 'main.tf': '# backend "s3" {}\nresource "terraform_data" "a" {}' }],
    [
      'gcs',
      { 'main.tf.json': JSON.stringify({ terraform: { backend: { gcs: { bucket: 'b' } } } }) }
    ]
  ])('finds %s', (expected, files) => {
    expect(detectBackendType(stack(files))).toBe(expected);
  });
});

describe('backendConfigEntries', () => {
  const dir = stack({ 'dev.s3.tfbackend': 'bucket = "b"\n' });
  const entries = (lines: string[], stateKey = '', backendType = 's3') =>
    backendConfigEntries({ lines, stateKey, workingDirectory: dir, backendType });

  it('passes key=value lines and existing files, then the state key as the backend setting', () => {
    expect(entries(['region=eu-west-1', 'dev.s3.tfbackend'], 'dev/app.tfstate')).toEqual([
      'region=eu-west-1',
      'dev.s3.tfbackend',
      'key=dev/app.tfstate'
    ]);
  });

  it.each([
    ['s3', 'key'],
    ['gcs', 'prefix'],
    ['pg', 'schema_name'],
    ['local', 'path'],
    ['azurerm', 'key']
  ])('passes the state key to a %s backend as %s', (type, setting) => {
    expect(entries([], 'a/b', type)).toEqual([`${setting}=a/b`]);
  });

  it.each([
    [['just words'], 'backend-config', /line 1 is neither key=value nor the path/],
    [['bucket='], 'backend-config', /gives 'bucket' no value/],
    [['missing.tfbackend'], 'backend-config', /neither key=value nor the path/]
  ])('refuses %j naming the input', (lines, input, message) => {
    expect(() => entries(lines)).toThrow(InputError);
    expect(() => entries(lines)).toThrow(message);
    expect(() => entries(lines)).toThrow(`Input '${input}'`);
  });

  it.each([['../escape'], ['/abs'], ['a b'], ['a/../b']])('refuses the state key %s', (key) => {
    expect(() => entries([], key)).toThrow(/Input 'state-key'/);
  });

  it('refuses a state key for a backend without a key setting', () => {
    expect(() => entries([], 'k', 'http')).toThrow(/'http' backend has no single key setting/);
  });
});
