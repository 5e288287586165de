import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { YamlSource } from '../../src/config/yaml-source.js';
import { keysAt, zodIssues } from '../../src/config/zod-issues.js';

/** The one translation of zod's issues into problems at a file's line. */
const Schema = z
  .object({
    name: z.string(),
    size: z.number().optional(),
    nested: z.object({ region: z.string(), zone: z.string().optional() }).strict().optional(),
    tags: z.record(z.string().regex(/^[a-z]+$/, 'lowercase letters only'), z.string()).optional(),
    items: z.array(z.object({ id: z.string() }).strict()).optional()
  })
  .strict();

function problems(text: string, sayMissing = true): string[] {
  const source = YamlSource.parse('conf.yaml', text);
  const parsed = Schema.safeParse(source.data());
  if (parsed.success) return [];
  return zodIssues(source, Schema, parsed.error, {
    unknownKey: (key, allowed) => `${key} is not one of ${allowed.join(', ')}`,
    invalidKey: (key, detail) => `the key ${key}: ${detail}`,
    sayMissing
  }).map((i) => `${i.position?.line ?? 0}: ${i.path}: ${i.message}`);
}

describe('zodIssues', () => {
  it('puts an unknown key on its own line, with the keys allowed at that depth', () => {
    expect(problems('name: a\nnested:\n  region: eu\n  zonne: b\n')).toEqual([
      '4: nested.zonne: zonne is not one of region, zone'
    ]);
    expect(problems('name: a\nitems:\n  - id: x\n    idd: y\n')).toEqual([
      '4: items.0.idd: idd is not one of id'
    ]);
  });

  it("says a missing value as missing, and a wrong one in plain words (not zod's sentence)", () => {
    expect(problems('size: 3\n')).toEqual(['1: name: is missing: expected string']);
    expect(problems('name: 3\n')).toEqual(['1: name: expected string']);
    expect(problems('size: 3\n', false)).toEqual(['1: name: expected string']);
  });

  it("names a record key its key schema refuses, with the schema's reason", () => {
    expect(problems('name: a\ntags:\n  Bad: x\n')).toEqual([
      '3: tags.Bad: the key Bad: lowercase letters only'
    ]);
  });
});

describe('keysAt reads the object keys zod keeps in a schema', () => {
  it('at the top, inside optional and nested objects, records and arrays', () => {
    expect(keysAt(Schema, [])).toEqual(['name', 'size', 'nested', 'tags', 'items']);
    expect(keysAt(Schema, ['nested'])).toEqual(['region', 'zone']);
    expect(keysAt(Schema, ['items', 0])).toEqual(['id']);
    expect(keysAt(Schema, ['name'])).toEqual([]);
    expect(keysAt(Schema, ['nowhere', 'deeper'])).toEqual([]);
  });
});
