import { parse } from '@cdktf/hcl2json';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OUTPUT_CONTRACT, REQUIRED_INPUTS } from '../../src/facts/output-contract.js';
import type { Cloud } from '../../src/naming/contract.js';

/**
 * The output contract checked on the HCL itself, parsed with a real HCL parser (hcl2json, the
 * HashiCorp parser compiled to WebAssembly): every drift is one line naming the file, the block
 * and what differs.
 */

interface HclBlock {
  description?: string;
  type?: string;
  default?: unknown;
  sensitive?: boolean;
  value?: unknown;
}
interface HclFile {
  variable?: Record<string, HclBlock[]>;
  output?: Record<string, HclBlock[]>;
}

export interface ModuleShape {
  dir: string;
  variables: Record<string, HclBlock & { file: string }>;
  outputs: Record<string, HclBlock & { file: string }>;
}

/** `${map( object({\n a = string\n b = number\n}) )}` → `map(object({a=string,b=number}))`. */
export function normalizeType(raw: unknown): string {
  const text = String(raw ?? '');
  const inner = /^\$\{([\s\S]*)\}$/.exec(text)?.[1] ?? text;
  // Attributes of an object type are separated by new lines or commas.
  return inner
    .replace(/\s*\n\s*/g, ',')
    .replace(/\s+/g, '')
    .replace(/,+/g, ',')
    .replace(/([({]),/g, '$1')
    .replace(/,([)}])/g, '$1');
}

/** Every variable and output of a module folder's .tf files (not its subfolders). */
export async function readModule(dir: string, root: string): Promise<ModuleShape> {
  const shape: ModuleShape = { dir: relative(root, dir) || '.', variables: {}, outputs: {} };
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.tf'))
    .sort()) {
    const file = join(dir, name);
    const hcl = (await parse(file, readFileSync(file, 'utf8'))) as HclFile;
    const at = relative(root, file);
    for (const [key, blocks] of Object.entries(hcl.variable ?? {}))
      shape.variables[key] = { ...(blocks[0] ?? {}), file: at };
    for (const [key, blocks] of Object.entries(hcl.output ?? {}))
      shape.outputs[key] = { ...(blocks[0] ?? {}), file: at };
  }
  return shape;
}

const byName = new Map(OUTPUT_CONTRACT.map((o) => [o.name, o]));

/** The contract module: its variables carry the types, its outputs return them unchanged. */
export function checkContractModule(shape: ModuleShape): string[] {
  const issues: string[] = [];
  for (const o of OUTPUT_CONTRACT) {
    const v = shape.variables[o.name];
    const out = shape.outputs[o.name];
    if (v === undefined) issues.push(`${shape.dir}: variable "${o.name}" is missing`);
    else {
      if (normalizeType(v.type) !== o.type)
        issues.push(
          `${v.file}: variable "${o.name}" has type ${normalizeType(v.type)}, the contract says ${o.type}`
        );
      if (v.description !== o.description)
        issues.push(
          `${v.file}: variable "${o.name}" is described ${JSON.stringify(v.description)}, the contract says ${JSON.stringify(o.description)}`
        );
      if (v.default !== undefined)
        issues.push(
          `${v.file}: variable "${o.name}" has a default: every contract value must be given`
        );
    }
    if (out === undefined) issues.push(`${shape.dir}: output "${o.name}" is missing`);
    else if (out.value !== `\${var.${o.name}}`)
      issues.push(
        `${out.file}: output "${o.name}" returns ${JSON.stringify(out.value)}, not var.${o.name}`
      );
  }
  for (const name of [...Object.keys(shape.variables), ...Object.keys(shape.outputs)])
    if (!byName.has(name)) issues.push(`${shape.dir}: "${name}" is not in the contract`);
  return issues;
}

/**
 * A root module or a stack: each contract output, with the contract's description, not sensitive,
 * passed on from the module that typed it (`via`: module.contract in a root module, the root
 * module's call in a stack). A root module has no other output; a stack may add its own.
 */
export function checkOutputs(shape: ModuleShape, via: RegExp, extraAllowed: boolean): string[] {
  const issues: string[] = [];
  for (const o of OUTPUT_CONTRACT) {
    const out = shape.outputs[o.name];
    if (out === undefined) {
      issues.push(`${shape.dir}: output "${o.name}" is missing`);
      continue;
    }
    if (out.description !== o.description)
      issues.push(
        `${out.file}: output "${o.name}" is described ${JSON.stringify(out.description)}, the contract says ${JSON.stringify(o.description)}`
      );
    if (out.sensitive === true)
      issues.push(
        `${out.file}: output "${o.name}" is sensitive: a runtime fact is published, so it must not be`
      );
    const value = String(out.value ?? '');
    const m = via.exec(value);
    if (m === null || m[1] !== o.name)
      issues.push(
        `${out.file}: output "${o.name}" returns ${JSON.stringify(out.value)}, not the typed value ${via.source.replace(/\\/g, '')}`
      );
  }
  if (!extraAllowed)
    for (const name of Object.keys(shape.outputs))
      if (!byName.has(name))
        issues.push(`${shape.outputs[name]?.file}: output "${name}" is not in the contract`);
  return issues;
}

/** The inputs without a default: exactly the contract's, with its types. */
export function checkRequiredInputs(shape: ModuleShape, cloud: Cloud): string[] {
  const want = REQUIRED_INPUTS[cloud];
  const have = Object.fromEntries(
    Object.entries(shape.variables).filter(([, v]) => !('default' in v))
  );
  const issues: string[] = [];
  for (const [name, type] of Object.entries(want)) {
    const v = have[name];
    if (v === undefined)
      issues.push(`${shape.dir}: required input "${name}" is missing or has a default`);
    else if (normalizeType(v.type) !== type)
      issues.push(
        `${v.file}: required input "${name}" has type ${normalizeType(v.type)}, the contract says ${type}`
      );
  }
  for (const [name, v] of Object.entries(have))
    if (!(name in want))
      issues.push(
        `${v.file}: input "${name}" is required (no default), and the contract does not require it`
      );
  return issues;
}

export const ROOT_MODULES: readonly Cloud[] = ['aws', 'azure', 'gcp', 'local'];
export const ENV_FOLDERS = ['dev', 'stg', 'prod'] as const;

/** Every drift of the modules and stacks under `root` (a repository, or a copy of its parts). */
export async function contractIssues(root: string): Promise<string[]> {
  const issues: string[] = [];
  issues.push(
    ...checkContractModule(await readModule(join(root, 'terraform-modules', 'contract'), root))
  );
  for (const cloud of ROOT_MODULES) {
    const shape = await readModule(join(root, 'terraform-modules', cloud), root);
    issues.push(...checkOutputs(shape, /^\$\{module\.contract\.([a-z_]+)\}$/, false));
    issues.push(...checkRequiredInputs(shape, cloud));
    for (const env of ENV_FOLDERS) {
      const stack = join(root, 'examples', 'stacks', cloud, env);
      if (!existsSync(stack)) {
        issues.push(`examples/stacks/${cloud}/${env}: the stack is missing`);
        continue;
      }
      issues.push(
        ...checkOutputs(await readModule(stack, root), /^\$\{module\.[a-z_]+\.([a-z_]+)\}$/, true)
      );
    }
  }
  return issues;
}
