import { describe, expect, it } from '@jest/globals';
import { parse } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { HclScanError, terraformFacts, terraformJsonFacts } from '../../src/targets/hcl-scan.js';
import { parseStackFile, RepositoryError } from '../../src/targets/stack-file.js';

describe('terraformFacts', () => {
  it('reads the backend, local and registry modules and remote states, with their lines', () => {
    const text = [
      '# module "in_a_comment" { source = "./no" }',
      'terraform {',
      '  required_version = ">= 1.6"',
      '  backend "s3" {',
      '    key    = "net/terraform.tfstate"',
      '    bucket = "b-${var.x}"',
      '  }',
      '}',
      '/* module "in_a_block_comment" {',
      '   source = "./no" } */',
      'module "vpc" {',
      '  source = "../modules/vpc"',
      '  tags   = { Name = "x}{" }',
      '  note   = "${jsonencode({ a = "}" })}"',
      '}',
      'resource "x" "y" {',
      '  text = <<-EOT',
      '    module "in_a_heredoc" { source = "./no" }',
      '  EOT',
      '}',
      'module "registry" {',
      '  source  = "terraform-aws-modules/vpc/aws"',
      '  version = "5.0.0"',
      '}',
      'module "computed" { source = "./${var.where}" }',
      'data "terraform_remote_state" "shared" {',
      '  backend = "gcs"',
      '  config = {',
      '    bucket = "state"',
      '    prefix = "shared"',
      '  }',
      '}'
    ].join('\n');
    expect(terraformFacts(text, 'main.tf')).toEqual({
      backend: { type: 's3', settings: { key: 'net/terraform.tfstate' }, line: 4 },
      modules: [
        { name: 'vpc', source: '../modules/vpc', line: 11 },
        { name: 'registry', source: 'terraform-aws-modules/vpc/aws', line: 21 },
        { name: 'computed', source: undefined, line: 25 }
      ],
      remoteStates: [
        {
          name: 'shared',
          backend: 'gcs',
          settings: { bucket: 'state', prefix: 'shared' },
          line: 26
        }
      ]
    });
  });

  it('reads the same facts from a .tf.json file', () => {
    const json = JSON.stringify({
      terraform: [{ backend: { local: { path: 'x.tfstate' } } }],
      module: { vpc: { source: './vpc' } },
      data: {
        terraform_remote_state: {
          net: { backend: 'local', config: { path: '../net/terraform.tfstate' } }
        }
      }
    });
    expect(terraformJsonFacts(json, 'main.tf.json')).toEqual({
      backend: { type: 'local', settings: { path: 'x.tfstate' }, line: 1 },
      modules: [{ name: 'vpc', source: './vpc', line: 1 }],
      remoteStates: [
        { name: 'net', backend: 'local', settings: { path: '../net/terraform.tfstate' }, line: 1 }
      ]
    });
  });

  it.each([
    ['module "a" {\n  source = "x\n}\n', 2, 'a quoted string is not closed'],
    ['module "a" {\n  source = "x"\n', 1, "a block's '{' is not closed"],
    ['module "a" {}\n}\n', 2, "unexpected '}'"],
    ['/* module\n', 1, 'a /* comment is not closed'],
    ['module "a" {\n  x = <<EOT\n  y\n', 2, 'heredoc EOT is not closed'],
    ['module "a" {\n  x = "${var.a\n', 2, 'a template interpolation is not closed'],
    ['module "a" "b" = 1\n', 1, "block 'module' needs a '{'"],
    ['module "a" {\n  source = "\\uZZZZ"\n}\n', 2, "invalid escape '\\uZZZZ' in a quoted string"],
    ['module "a" {\n  source = "\\q"\n}\n', 2, "invalid escape '\\q' in a quoted string"]
  ])('reports %j at line %i', (text, line, detail) => {
    expect(() => terraformFacts(text, 'f.tf')).toThrow(new HclScanError('f.tf', line, detail));
  });
});

/** Strings HCL holds literally, quoted for a file: escapes, braces, quotes, unicode. */
const literalText = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '0',
      '/',
      '.',
      '-',
      '_',
      ' ',
      '{',
      '}',
      '\\"',
      '\\\\',
      '\\n',
      'é',
      '$',
      '%',
      ':',
      '='
    ),
    {
      maxLength: 12
    }
  )
  .map((parts) => parts.join(''))
  // `${` and `%{` open templates; a lone `$` or `%` before `{` is what makes them.
  .filter((s) => !/[$%](\{|$)/.test(s));

const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);

/** Attribute values of every kind: what the scanner must skip without losing its place. */
const noise = fc.oneof(
  literalText.map((s) => `"${s}"`),
  fc.constant('"${upper("}{")}-${var.x}"'),
  fc.constant('"$${not_a_template}"'),
  fc.constant('[for x in var.list : "${x}" if x != "}"]'),
  fc.constant('{ for k, v in var.map : k => "${v}}" }'),
  fc.constant('<<-EOT\n  module "fake" { source = "./fake" }\n  }}}\n  EOT'),
  fc.constant('(var.a ? "{" : "}")'),
  fc.constant('{\n    nested = { deep = "}" }\n  }'),
  fc.integer().map(String),
  fc.constant('true')
);

const comment = fc.constantFrom('', '# module "c" { source = "./c" }', '// }', '/* { */');

const block = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('s3', 'local', 'gcs'),
      key: literalText,
      extra: noise,
      c: comment
    })
    .map((b) => ({
      text: `terraform {\n  ${b.c}\n  backend "${b.type}" {\n    key = "${b.key}"\n    other = ${b.extra}\n  }\n}\n`,
      kind: 'backend' as const
    })),
  fc.record({ name: identifier, source: literalText, extra: noise, c: comment }).map((b) => ({
    text: `module "${b.name}" {\n  source = "${b.source}" ${b.c}\n  input = ${b.extra}\n}\n`,
    kind: 'module' as const
  })),
  fc
    .record({
      name: identifier,
      backend: fc.constantFrom('s3', 'local'),
      path: literalText,
      extra: noise
    })
    .map((b) => ({
      text: `data "terraform_remote_state" "${b.name}" {\n  backend = "${b.backend}"\n  config = {\n    path = "${b.path}"\n    other = ${b.extra}\n  }\n}\n`,
      kind: 'remote' as const
    })),
  fc.record({ name: identifier, extra: noise, c: comment }).map((b) => ({
    text: `${b.c}\nresource "terraform_data" "${b.name}" {\n  input = ${b.extra}\n}\n`,
    kind: 'other' as const
  }))
);

describe('the scanner against the HCL library', () => {
  it('finds what hcl2json finds in generated files: backend, module sources, remote-state settings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const text = blocks.map((b) => b.text).join('\n');
        const ours = terraformFacts(text, 'gen.tf');
        const theirs = (await parse('gen.tf', text)) as {
          terraform?: { backend?: Record<string, { key?: string }[]> }[];
          module?: Record<string, { source?: string }[]>;
          data?: {
            terraform_remote_state?: Record<
              string,
              { backend?: string; config?: { path?: string } }[]
            >;
          };
        };
        const backends = (theirs.terraform ?? []).flatMap((t) => Object.entries(t.backend ?? {}));
        const lastBackend = backends[backends.length - 1];
        expect(ours.backend?.type).toBe(lastBackend?.[0]);
        if (lastBackend !== undefined)
          expect(ours.backend?.settings['key']).toBe(lastBackend[1][0]?.key);
        const modules = Object.entries(theirs.module ?? {}).flatMap(([name, list]) =>
          list.map((m) => [name, m.source])
        );
        expect(ours.modules.map((m) => [m.name, m.source]).sort()).toEqual(modules.sort());
        const remotes = Object.entries(theirs.data?.terraform_remote_state ?? {}).flatMap(
          ([name, list]) => list.map((r) => [name, r.backend, r.config?.path])
        );
        expect(
          ours.remoteStates.map((r) => [r.name, r.backend, r.settings['path']]).sort()
        ).toEqual(remotes.sort());
      }),
      { numRuns: 150 }
    );
  });
});

describe('parseStackFile', () => {
  it('reads depends_on, state_key and a configuration-only target', () => {
    expect(
      parseStackFile('depends_on: [../network]\nstate_key: app/main\n', 's.yaml').settings
    ).toEqual({
      depends_on: ['../network'],
      state_key: 'app/main'
    });
    expect(
      parseStackFile('module: ../../root\nvar_files: ["*.tfvars"]\n', 's.yaml').settings
    ).toEqual({
      module: '../../root',
      var_files: ['*.tfvars']
    });
    expect(parseStackFile('', 's.yaml').settings).toEqual({});
  });

  it.each([
    ['depends_on:\n  - a\n  - [b\n', 'envs/x/stack.yaml:4: not valid YAML'],
    ['depends_on: []\nstate_key: k\ndepends: []\n', "envs/x/stack.yaml:3: unknown key 'depends'"],
    ['depends_on:\n  - ../a\n  - 3\n', "envs/x/stack.yaml:3: 'depends_on.1' "],
    ['state_key: a/../up\n', "envs/x/stack.yaml:1: 'state_key' must hold no '..'"],
    [
      '\nmodule: ../root\n',
      "envs/x/stack.yaml:2: 'module' a configuration-only target naming 'module' must list its 'var_files'"
    ],
    [
      'var_files: [a.tfvars]\n',
      "envs/x/stack.yaml:1: 'var_files' 'var_files' belong to a configuration-only target"
    ],
    ['a: 1\na: 2\n', 'envs/x/stack.yaml:2: not valid YAML'],
    ['- a\n', 'envs/x/stack.yaml:1: ']
  ])('refuses %j naming file:line', (text, message) => {
    let error: unknown;
    try {
      parseStackFile(text, 'envs/x/stack.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});
