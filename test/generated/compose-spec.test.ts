import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { composeSchema } from '../../src/validate/schema.js';

const root = new URL('../../', import.meta.url);
const schemaText = readFileSync(new URL('schemas/compose.schema.json', root), 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;

type GenerateLib = { generateComposeSpecModule: (schema: unknown) => Promise<string> };

describe('src/generated/compose-spec.ts', () => {
  it('is up to date with schemas/compose.schema.json (run `npm run types:generate`)', async () => {
    // A computed specifier keeps tsc from demanding declarations for the .mjs script.
    const libUrl = new URL('scripts/generate-types-lib.mjs', root).href;
    const lib = (await import(libUrl)) as GenerateLib;
    const expected = await lib.generateComposeSpecModule(schema);
    const actual = readFileSync(new URL('src/generated/compose-spec.ts', root), 'utf8');
    expect(actual === expected, 'generated file is stale: run `npm run types:generate`').toBe(true);
  }, 30000);

  it('is the schema the validator loads', () => {
    expect(composeSchema()).toEqual(schema);
  });
});

/** Every `properties` / `patternProperties` entry of the schema, with its JSON pointer. */
function* propertySchemas(node: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* propertySchemas(n, `${at}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    // x-before patches hold keyword values, not property schemas.
    if (key === 'x-before') continue;
    if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        yield [`${at}/${key}/${name}`, sub as Record<string, unknown>];
        yield* propertySchemas(sub, `${at}/${key}/${name}`);
      }
    } else {
      yield* propertySchemas(value, `${at}/${key}`);
    }
  }
}

describe('schemas/compose.schema.json', () => {
  const props = [...propertySchemas(schema, '#')];

  it('has many properties to describe', () => {
    expect(props.length).toBeGreaterThan(300);
  });

  it('gives every property a non-empty description (editors show it on hover)', () => {
    const missing = props.filter(([, s]) => typeof s['description'] !== 'string' || (s['description'] as string).trim() === '').map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('gives every definition a description', () => {
    const defs = Object.entries(schema['definitions'] as Record<string, Record<string, unknown>>);
    expect(defs.filter(([, d]) => typeof d['description'] !== 'string').map(([k]) => k)).toEqual([]);
  });

  it('uses only known version annotations', () => {
    const text = schemaText;
    const since = [...text.matchAll(/"x-since": "([^"]+)"/g)].map((m) => m[1]);
    expect(since.every((v) => /^3\.(1[0-3]|[1-9])$/.test(v ?? ''))).toBe(true);
    expect([...text.matchAll(/"x-compose-spec": (\w+)/g)].every((m) => m[1] === 'true')).toBe(true);
  });
});
