import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runProcess, type ProcessResult } from '../../src/common/process.js';
import { deriveNames, inputsText, loadConfig, NamingError } from '../../src/naming/index.js';
import {
  configDir,
  invalidVectors,
  shown,
  validVectors,
  vectors,
  type NameVector
} from '../fixtures/naming/vectors.js';
import { REPO, tool, toolEnv } from '../support/tools.js';

/**
 * terraform-modules/common on the real engine against vectors.json, the same vectors the
 * TypeScript implementation passes (naming-vectors.test.ts). One root module per engine run, in a
 * temporary folder with the local backend: every valid vector as one instance of the module (and
 * every rule vector through the rule evaluator) in one apply; every invalid vector as one instance
 * in one plan, which fails with one precondition error per instance, told apart by the inputs each
 * message names; and one plan for a config_dir without config files.
 */
const MODULE = join(REPO, 'terraform-modules', 'common');
const scratch = mkdtempSync(join(tmpdir(), 'naming-hcl-'));
let engineMs = 0;

async function tofu(dir: string, args: string[]): Promise<ProcessResult> {
  const started = Date.now();
  const result = await runProcess(tool('tofu'), [...args, '-no-color'], {
    cwd: dir,
    env: { ...toolEnv(), TF_IN_AUTOMATION: '1' },
    timeoutMs: 60_000
  });
  engineMs += Date.now() - started;
  return result;
}

/** A root module calling the module once per vector, the vectors passed as a variable (no templating). */
function rootModule(
  name: string,
  list: readonly NameVector[],
  extra: Record<string, unknown>,
  modules: Record<string, Record<string, unknown>> = {}
) {
  const dir = join(scratch, name);
  mkdirSync(dir);
  const source = relative(dir, MODULE);
  const main = {
    variable: {
      vectors: {
        type: 'map(object({ org = string, cloud = string, env = string, region = string, bu = string, app = string, owner = string, config_dir = string }))'
      },
      rule_vectors: {
        type: 'list(object({ subject = string, value = string, rules = list(string) }))',
        default: []
      }
    },
    module: {
      common: {
        for_each: '${var.vectors}',
        source,
        org: '${each.value.org}',
        cloud: '${each.value.cloud}',
        env: '${each.value.env}',
        region: '${each.value.region}',
        bu: '${each.value.bu}',
        app: '${each.value.app}',
        owner: '${each.value.owner}',
        config_dir: '${each.value.config_dir}'
      },
      rules: { source: join(source, 'modules', 'name-rules'), subjects: '${var.rule_vectors}' },
      ...Object.fromEntries(
        Object.entries(modules).map(([key, inputs]) => [key, { source, ...inputs }])
      )
    },
    output: {
      results: {
        value: '${{ for id, m in module.common : id => { names = m.names, tags = m.tags } }}'
      },
      rule_failures: { value: '${module.rules.failures}' }
    }
  };
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(main, null, 2));
  const tfvars = {
    vectors: Object.fromEntries(
      list.map((v) => [v.id, { ...v.input, org: v.input.org ?? null, config_dir: configDir(v) }])
    ),
    ...extra
  };
  writeFileSync(join(dir, 'terraform.tfvars.json'), JSON.stringify(tfvars, null, 2));
  return dir;
}

interface Diagnostic {
  severity: string;
  summary: string;
  detail: string;
}

let applied: {
  results: Record<string, { names: unknown; tags: unknown }>;
  ruleFailures: { subject: string; check: string }[];
};
let diagnostics: Diagnostic[];
let invalidExit: number;
let missingConfigDiagnostics: Diagnostic[];
let missingConfigExit: number;

beforeAll(async () => {
  const valid = rootModule('valid', validVectors, {
    rule_vectors: vectors.rules.map((v, i) => ({
      subject: String(i),
      value: v.value,
      rules: [v.rule]
    }))
  });
  const invalid = rootModule('invalid', invalidVectors, {});
  // A failed variable validation stops the plan before the other instances: a run of its own.
  const empty = join(scratch, 'empty');
  mkdirSync(empty);
  const missingConfig = rootModule(
    'missing-config',
    [],
    {},
    {
      missing_config: {
        cloud: 'aws',
        env: 'dev',
        region: 'eu-west-1',
        bu: 'payments',
        app: 'checkout',
        owner: 'jane',
        config_dir: empty
      }
    }
  );
  for (const dir of [valid, invalid, missingConfig]) {
    const init = await tofu(dir, ['init', '-input=false']);
    if (init.exitCode !== 0) throw new Error(`tofu init failed in ${dir}:\n${init.stderr}`);
  }

  const apply = await tofu(valid, ['apply', '-auto-approve', '-input=false']);
  if (apply.exitCode !== 0)
    throw new Error(`tofu apply of the valid vectors failed:\n${apply.stderr}`);
  const output = await tofu(valid, ['output', '-json']);
  const outputs = JSON.parse(output.stdout) as Record<string, { value: unknown }>;
  applied = {
    results: outputs['results']?.value as typeof applied.results,
    ruleFailures: outputs['rule_failures']?.value as typeof applied.ruleFailures
  };

  const plan = await tofu(invalid, ['plan', '-json', '-input=false']);
  invalidExit = plan.exitCode;
  diagnostics = diagnosticsOf(plan);
  const missing = await tofu(missingConfig, ['plan', '-json', '-input=false']);
  missingConfigExit = missing.exitCode;
  missingConfigDiagnostics = diagnosticsOf(missing);
}, 120_000);

function diagnosticsOf(result: ProcessResult): Diagnostic[] {
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { type: string; diagnostic?: Diagnostic })
    .filter((m) => m.type === 'diagnostic' && m.diagnostic !== undefined)
    .map((m) => m.diagnostic as Diagnostic);
}

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  console.log(
    `naming-hcl: engine time ${(engineMs / 1000).toFixed(1)} s for ${vectors.names.length} name vectors and ${vectors.rules.length} rule vectors`
  );
});

const DID_YOU_MEAN = / Did you mean "[^"]*"\?/;

/** What the TypeScript implementation says of an invalid vector, as the module words it. */
function typescriptError(vector: NameVector): NamingError {
  try {
    deriveNames(vector.input, loadConfig(configDir(vector)));
  } catch (error) {
    if (error instanceof NamingError) return error;
    throw error;
  }
  throw new Error(`${vector.id} is accepted by the TypeScript implementation`);
}

describe('terraform-modules/common on the valid vectors', () => {
  it('derives every vector in one apply', () => {
    expect(Object.keys(applied.results).sort()).toEqual(validVectors.map((v) => v.id).sort());
  });

  it.each(validVectors.map((v) => [v.id, v] as const))(
    '%s: the same names and tags',
    (id, vector) => {
      expect(applied.results[id]).toEqual(vector.expect);
    }
  );
});

describe('terraform-modules/common on the invalid vectors', () => {
  const preconditions = () =>
    diagnostics.filter(
      (d) => d.severity === 'error' && d.summary === 'Module output value precondition failed'
    );

  it('fails the plan with one precondition error per invalid vector and nothing else', () => {
    expect(invalidExit).toBe(1);
    expect(preconditions()).toHaveLength(invalidVectors.length);
    expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(invalidVectors.length);
  });

  it('refuses a config_dir without the config files by the validation of the variable', () => {
    expect(missingConfigExit).toBe(1);
    expect(missingConfigDiagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        summary: 'Invalid value for variable',
        detail: expect.stringContaining('The config_dir must hold dictionary.yaml and globals.yaml')
      })
    ]);
  });

  it('names distinct inputs in every invalid vector, so each error is told apart', () => {
    const texts = invalidVectors.map((v) => inputsText(typescriptError(v).inputs));
    expect(new Set(texts).size).toBe(invalidVectors.length);
  });

  it.each(invalidVectors.map((v) => [v.id, v] as const))(
    '%s: the same rules, limits and words as TypeScript',
    (_id, vector) => {
      const expected = typescriptError(vector);
      const inputs = ` Inputs: ${inputsText(expected.inputs)}.`;
      const found = preconditions().filter((d) => d.detail.split('\n')[0]?.includes(inputs));
      expect(found).toHaveLength(1);
      const lines = found[0]?.detail.split('\n') ?? [];
      expect(
        lines.map((line) =>
          /^(\S+) .*? breaks ([a-z0-9-]+\/[a-z0-9-]+):/.exec(line)?.slice(1).join(' ')
        )
      ).toEqual(vector.expect.violations);
      expect(lines).toEqual(expected.violations.map((v) => v.message.replace(DID_YOU_MEAN, '')));
    }
  );
});

describe('the rule evaluator of the module on the rule vectors', () => {
  it.each(vectors.rules.map((v, i) => [v.rule, shown(v.value), v.fails, i] as const))(
    '%s on %s fails %j',
    (_rule, _shown, fails, index) => {
      expect(
        applied.ruleFailures.filter((f) => f.subject === String(index)).map((f) => f.check)
      ).toEqual(fails);
    }
  );
});
