import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published REST description (`@octokit/openapi`), used to check every request the
 * double receives and every response it sends. The description is read once, on first use; the
 * schema of each operation is compiled the first time that operation is seen.
 */

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
}

interface Description {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: Record<string, Record<string, unknown>>;
}

export interface MatchedOperation {
  method: Method;
  template: string;
  operationId: string;
  params: Record<string, string>;
}

/** Statuses GitHub may answer on any route (auth, abuse limits, outages), as a basic error. */
const ANY_ROUTE_STATUSES = new Set(['401', '403', '429', '500', '502', '503']);

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let description: Description | undefined;
let ajv: Ajv | undefined;
let routes: { method: Method; template: string; pattern: RegExp; names: string[] }[] | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * OpenAPI 3.0 lets a schema say `nullable: true` beside `allOf`/`anyOf` and no `type` (the issue
 * schema's `milestone`, `closed_by`, …), meaning the value may also be null; Ajv refuses to compile
 * that. Such a schema becomes `anyOf: [the schema, {type: null}]`, which says the same.
 */
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableWithoutType(value);
  if (out['nullable'] === true && out['type'] === undefined) {
    const rest = { ...out };
    delete rest['nullable'];
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

function load(): { doc: Description; ajv: Ajv } {
  if (description === undefined || ajv === undefined) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    description = nullableWithoutType(JSON.parse(readFileSync(file, 'utf8'))) as Description;
    // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; vendor keywords are not schema rules.
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'github', paths: description.paths, components: description.components });
  }
  return { doc: description, ajv };
}

function pointer(...segments: string[]): string {
  return segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function validator(path: string): ValidateFunction {
  let fn = compiled.get(path);
  if (fn === undefined) {
    fn = load().ajv.compile({ $ref: `github#/${path}` });
    compiled.set(path, fn);
  }
  return fn;
}

const parameterValidators = new Map<unknown, ValidateFunction>();

function parameterValidator(parameter: Parameter): ValidateFunction {
  let fn = parameterValidators.get(parameter);
  if (fn === undefined) {
    fn = load().ajv.compile(parameter.schema ?? {});
    parameterValidators.set(parameter, fn);
  }
  return fn;
}

function resolveRef<T>(value: T | { $ref: string }): T {
  const { doc } = load();
  if (typeof value === 'object' && value !== null && '$ref' in value) {
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
    return doc.components[kind ?? '']?.[name ?? ''] as T;
  }
  return value;
}

/** The documented operation for a method and a path, with its path parameters; else undefined. */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const { doc } = load();
  routes ??= Object.entries(doc.paths).flatMap(([template, ops]) => {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    return (Object.keys(ops) as Method[])
      .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
      .map((m) => ({ method: m, template, pattern: new RegExp(`^${source}$`), names }));
  });
  const lower = method.toLowerCase();
  // A literal segment beats a parameter (`/issues/comments/{id}` before `/issues/{number}/…`).
  const candidates = routes
    .filter((r) => r.method === lower && r.pattern.test(pathname))
    .sort((a, b) => a.names.length - b.names.length);
  const route = candidates[0];
  if (route === undefined) return undefined;
  const values = route.pattern.exec(pathname)?.slice(1) ?? [];
  const params = Object.fromEntries(
    route.names.map((n, i) => [n, decodeURIComponent(values[i] ?? '')])
  );
  const operation = doc.paths[route.template]?.[route.method];
  return {
    method: route.method,
    template: route.template,
    operationId: operation?.operationId ?? '',
    params
  };
}

function operationOf(op: MatchedOperation): Operation {
  const operation = load().doc.paths[op.template]?.[op.method];
  if (operation === undefined) throw new Error(`no operation ${op.method} ${op.template}`);
  return operation;
}

function describeErrors(fn: ValidateFunction): string {
  return (fn.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`)
    .join('; ');
}

/** Every way a request breaks the description: unknown query parameters, bad values, bad body. */
export function requestViolations(
  op: MatchedOperation,
  query: URLSearchParams,
  body: unknown
): string[] {
  const operation = operationOf(op);
  const problems: string[] = [];
  const parameters = (operation.parameters ?? []).map((p) => resolveRef<Parameter>(p));
  for (const name of new Set(query.keys())) {
    const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
    if (parameter === undefined) {
      problems.push(`query parameter '${name}' is not documented for ${op.operationId}`);
      continue;
    }
    const raw = query.get(name) ?? '';
    const schema = parameter.schema as { type?: string } | undefined;
    const value = schema?.type === 'integer' || schema?.type === 'number' ? Number(raw) : raw;
    const fn = parameterValidator(parameter);
    if (!fn(value)) problems.push(`query parameter '${name}=${raw}': ${describeErrors(fn)}`);
  }
  for (const p of parameters) {
    if (p.in === 'query' && p.required === true && !query.has(p.name))
      problems.push(`required query parameter '${p.name}' is missing`);
  }
  if (operation.requestBody !== undefined) {
    if (body === undefined) {
      if (operation.requestBody.required === true) problems.push('the request has no body');
    } else {
      const fn = validator(
        pointer('paths', op.template, op.method, 'requestBody', 'content', 'application/json') +
          '/schema'
      );
      if (!fn(body)) problems.push(`request body: ${describeErrors(fn)}`);
    }
  } else if (body !== undefined) {
    problems.push(`${op.operationId} takes no request body`);
  }
  return problems;
}

/** Every way a response breaks the description: an undocumented status or a body off schema. */
export function responseViolations(op: MatchedOperation, status: number, body: unknown): string[] {
  const operation = operationOf(op);
  const code = String(status);
  const documented = operation.responses[code];
  if (documented === undefined) {
    if (!ANY_ROUTE_STATUSES.has(code))
      return [`status ${code} is not documented for ${op.operationId}`];
    const fn = validator(pointer('components', 'schemas', 'basic-error'));
    return fn(body) ? [] : [`${code} error body: ${describeErrors(fn)}`];
  }
  const response = resolveRef<{ content?: Record<string, { schema?: unknown }> }>(
    documented as { $ref: string }
  );
  const schema = response.content?.['application/json']?.schema;
  if (schema === undefined) {
    return body === undefined ? [] : [`status ${code} of ${op.operationId} has no body`];
  }
  const ref = (documented as { $ref?: string }).$ref;
  const path =
    ref === undefined
      ? pointer('paths', op.template, op.method, 'responses', code, 'content', 'application/json')
      : ref.slice(2) + '/' + pointer('content', 'application/json');
  const fn = validator(`${path}/schema`);
  return fn(body) ? [] : [`response ${code} of ${op.operationId}: ${describeErrors(fn)}`];
}

/** An example object from the description (e.g. `pull-request`), deep-copied, as a template. */
export function example<T = Record<string, unknown>>(name: string): T {
  const value = (load().doc.components['examples']?.[name] as { value?: unknown } | undefined)
    ?.value;
  if (value === undefined) throw new Error(`the description has no example '${name}'`);
  return structuredClone(value) as T;
}
