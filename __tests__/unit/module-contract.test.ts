import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from '@cdktf/hcl2json';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_CONTRACT } from '../../src/facts/output-contract.js';
import { FACT_OUTPUTS, parseRuntimeFacts } from '../../src/facts/runtime-facts.js';
import {
  contractIssues,
  ENV_FOLDERS,
  normalizeType,
  ROOT_MODULES
} from '../support/module-contract.js';
import { REPO } from '../support/tools.js';

/** Whether a JSON value is of an HCL type constraint (the subset the contract uses). */
function conforms(value: unknown, type: string): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'number') return typeof value === 'number';
  if (type === 'bool') return typeof value === 'boolean';
  const wrapped = /^(list|set|map)\((.*)\)$/.exec(type);
  if (wrapped !== null) {
    const [, kind, inner = ''] = wrapped;
    if (kind === 'map')
      return (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => conforms(v, inner))
      );
    return Array.isArray(value) && value.every((v) => conforms(v, inner));
  }
  const object = /^object\(\{(.*)\}\)$/.exec(type);
  if (object !== null && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const attributes: [string, string][] = [];
    let depth = 0;
    let start = 0;
    const body = object[1] ?? '';
    for (let i = 0; i <= body.length; i++) {
      const c = body[i];
      if (c === '(' || c === '{') depth++;
      else if (c === ')' || c === '}') depth--;
      else if ((c === ',' || c === undefined) && depth === 0) {
        const [name = '', attrType = ''] = body.slice(start, i).split(/=(.*)/s);
        attributes.push([name, attrType]);
        start = i + 1;
      }
    }
    const record = value as Record<string, unknown>;
    return (
      Object.keys(record).length === attributes.length &&
      attributes.every(([name, t]) => conforms(record[name], t))
    );
  }
  return false;
}

describe('the output contract of the shipped modules and stacks', () => {
  it('holds for every root module, its required inputs and every stack of every cloud', async () => {
    expect(await contractIssues(REPO)).toEqual([]);
  });

  it('names the same facts as the runtime facts reader of publish-runtime-facts', () => {
    expect([...FACT_OUTPUTS.required].sort()).toEqual(
      OUTPUT_CONTRACT.filter((o) => o.fact && o.optionalFact !== true)
        .map((o) => o.name)
        .sort()
    );
    expect([...FACT_OUTPUTS.optional].sort()).toEqual(
      OUTPUT_CONTRACT.filter((o) => o.optionalFact === true)
        .map((o) => o.name)
        .sort()
    );
  });

  it.each(OUTPUT_CONTRACT.map((o) => [o.name, o] as const))(
    'has an example of %s that is a value of its HCL type',
    (_name, output) => {
      expect(conforms(output.example, output.type)).toBe(true);
    }
  );

  it('gives outputs of those types that the facts reader takes, whole', () => {
    const file = Object.fromEntries(
      OUTPUT_CONTRACT.map((o) => [o.name, { sensitive: false, type: o.type, value: o.example }])
    );
    const facts = parseRuntimeFacts('outputs.json', JSON.stringify(file), { complete: true });
    expect(facts.cluster_type).toBe('local');
    expect(Object.keys(facts.dns_challenge_identities).sort()).toEqual([
      'argocd',
      'dev',
      'prod',
      'staging'
    ]);
  });

  it.each(ROOT_MODULES.flatMap((cloud) => ENV_FOLDERS.map((env) => [cloud, env] as const)))(
    'has a %s/%s stack whose backend takes its settings from -backend-config only',
    async (cloud, env) => {
      const file = join(REPO, 'examples', 'stacks', cloud, env, 'main.tf');
      const hcl = (await parse(file, readFileSync(file, 'utf8'))) as {
        terraform?: { backend?: Record<string, Record<string, unknown>[]> }[];
      };
      const backends = hcl.terraform?.flatMap((t) => Object.entries(t.backend ?? {})) ?? [];
      expect(backends).toHaveLength(1);
      const [type, blocks] = backends[0] ?? ['', []];
      expect(type).toBe({ aws: 's3', azure: 'azurerm', gcp: 'gcs', local: 'local' }[cloud]);
      expect(blocks).toEqual([{}]);
    }
  );
});

describe('a drifted copy of the modules fails the contract test', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  function copy(): string {
    const root = mkdtempSync(join(tmpdir(), 'contract-'));
    roots.push(root);
    cpSync(join(REPO, 'terraform-modules'), join(root, 'terraform-modules'), { recursive: true });
    cpSync(join(REPO, 'examples', 'stacks'), join(root, 'examples', 'stacks'), { recursive: true });
    return root;
  }
  function edit(root: string, file: string, from: string | RegExp, to: string): void {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`the drift did not apply to ${file}`);
    writeFileSync(path, changed);
  }

  it.each<[string, (root: string) => void, RegExp]>([
    [
      'an output renamed in a root module',
      (root) =>
        edit(
          root,
          'terraform-modules/gcp/outputs.tf',
          'output "kube_context"',
          'output "kubectl_context"'
        ),
      /terraform-modules\/gcp: output "kube_context" is missing/
    ],
    [
      'a contract output marked sensitive',
      (root) =>
        edit(
          root,
          'terraform-modules/azure/outputs.tf',
          '  value       = module.contract.secrets_source_uri\n',
          '  value       = module.contract.secrets_source_uri\n  sensitive   = true\n'
        ),
      /terraform-modules\/azure\/outputs\.tf: output "secrets_source_uri" is sensitive/
    ],
    [
      'an output that bypasses the typed contract',
      (root) =>
        edit(
          root,
          'terraform-modules/aws/outputs.tf',
          'value       = module.contract.ingress_class',
          'value       = var.ingress_class'
        ),
      /terraform-modules\/aws\/outputs\.tf: output "ingress_class" returns "\$\{var\.ingress_class\}"/
    ],
    [
      'a description that drifted',
      (root) =>
        edit(
          root,
          'terraform-modules/local/outputs.tf',
          '"Name of the cluster."',
          '"The cluster."'
        ),
      /terraform-modules\/local\/outputs\.tf: output "cluster_name" is described "The cluster\."/
    ],
    [
      'a type that drifted in the contract module',
      (root) =>
        edit(
          root,
          'terraform-modules/contract/variables.tf',
          'type        = map(string)\n  description = "Public gateway',
          'type        = list(string)\n  description = "Public gateway'
        ),
      /variable "env_gateway_public_addresses" has type list\(string\), the contract says map\(string\)/
    ],
    [
      'a new required input of a root module',
      (root) =>
        edit(
          root,
          'terraform-modules/aws/variables.tf',
          /\n$/,
          '\n\nvariable "cost_center" {\n  type = string\n}\n'
        ),
      /terraform-modules\/aws\/variables\.tf: input "cost_center" is required \(no default\)/
    ],
    [
      'a required input given a default',
      (root) =>
        edit(
          root,
          'terraform-modules/gcp/variables.tf',
          /(variable "project_id" \{\n {2}type {8}= string\n)/,
          '$1  default     = "acme"\n'
        ),
      /terraform-modules\/gcp: required input "project_id" is missing or has a default/
    ],
    [
      'a stack that lost an output',
      (root) =>
        edit(
          root,
          'examples/stacks/aws/prod/main.tf',
          /output "registry_endpoint" \{[^}]*\}\n/,
          ''
        ),
      /examples\/stacks\/aws\/prod: output "registry_endpoint" is missing/
    ]
  ])('%s', async (_what, drift, expected) => {
    const root = copy();
    expect(await contractIssues(root)).toEqual([]);
    drift(root);
    const issues = await contractIssues(root);
    expect(issues.join('\n')).toMatch(expected);
  });

  it('reads types as the parser gives them, white space and all', () => {
    expect(normalizeType('${map(object({\n  a = string\n  b = number\n}))}')).toBe(
      'map(object({a=string,b=number}))'
    );
  });
});
