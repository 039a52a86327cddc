/**
 * The build precompiles two validators per version (scripts/build-validators.mjs); tests run from
 * source compile the same schemas at run time. Both must judge every input the same way, errors
 * included, or the shipped CLI would differ from what the rest of the suite checks; and the
 * accept-only validator, which decides every compile, must give the full one's verdict.
 * `npm test` builds first, so dist/ is there; run `npm run build` before running this file alone.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/index.js';
import { createAjv } from '../../src/validate/ajv-setup.js';
import { loadPrecompiled, SERVED_AJV_RUNTIME } from '../../src/validate/precompiled.js';
import { acceptOnlySchema, deriveStackSchema } from '../../src/validate/schema-derive.js';
import { composeSchema } from '../../src/validate/schema.js';
import { SUPPORTED_VERSIONS } from '../../src/validate/version.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const compiledDir = new URL('../../dist/validate/compiled/', import.meta.url);

function composeDocuments(): unknown[] {
  const docs: unknown[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name) && !name.startsWith('.')) {
        const f = loadFile({ file: name, bytes: readFileSync(p) }, () => {});
        if (f.data !== undefined) docs.push(f.data);
      }
    }
  };
  walk(join(root, 'fixtures'));
  return docs;
}

describe('precompiled validators agree with run-time compiled ones', () => {
  const docs = composeDocuments();
  const ajv = createAjv({ standalone: false });

  it('finds the fixtures', () => expect(docs.length).toBeGreaterThan(300));

  it.each(SUPPORTED_VERSIONS.map((v) => [v]))('version %s', (version) => {
    const shipped = loadPrecompiled(version, compiledDir);
    expect(shipped, 'no precompiled validator: run `npm run build`').toBeDefined();
    const runtime = ajv.compile(deriveStackSchema(composeSchema(), version));
    for (const doc of docs) {
      const a = shipped!(doc);
      const b = runtime(doc);
      expect(a).toBe(b);
      if (!a) expect(shipped!.errors).toEqual(runtime.errors);
    }
  });
});

describe('the accept-only validator gives the full one\'s verdict', () => {
  const docs = composeDocuments();
  const ajv = createAjv({ standalone: false, acceptOnly: true });

  it.each(SUPPORTED_VERSIONS.map((v) => [v]))('version %s', (version) => {
    const full = loadPrecompiled(version, compiledDir);
    const shipped = loadPrecompiled(version, compiledDir, 'accept');
    expect(shipped, 'no precompiled validator: run `npm run build`').toBeDefined();
    const runtime = ajv.compile(acceptOnlySchema(deriveStackSchema(composeSchema(), version)));
    let rejected = 0;
    for (const doc of docs) {
      const verdict = full!(doc);
      expect(shipped!(doc)).toBe(verdict);
      expect(runtime(doc)).toBe(verdict);
      if (!verdict) rejected++;
    }
    // Both verdicts occur, or the comparison proves little.
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(docs.length);
  });

  it('rewrites only oneOf whose branches need disjoint types', () => {
    const schema = {
      properties: {
        listOrDict: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'string' } }] },
        numberOrInteger: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
        untyped: { oneOf: [{ type: 'string' }, { enum: [1] }] },
      },
    };
    expect(acceptOnlySchema(schema)).toEqual({
      properties: {
        listOrDict: { if: { type: ['object'] }, then: { type: 'object' }, else: { if: { type: ['array'] }, then: { type: 'array', items: { type: 'string' } }, else: false } },
        numberOrInteger: schema.properties.numberOrInteger,
        untyped: schema.properties.untyped,
      },
    });
  });
});

describe('the ajv runtime modules served to precompiled validators', () => {
  it('are all the generated code requires, so none is resolved through node_modules at start', () => {
    const required = new Set<string>();
    for (const name of readdirSync(compiledDir).filter((n) => n.endsWith('.js'))) {
      for (const m of readFileSync(new URL(name, compiledDir), 'utf8').matchAll(/require\("([^"]+)"\)/g)) required.add(m[1]!);
    }
    expect(required.size).toBeGreaterThan(0);
    expect([...required].sort()).toEqual(Object.keys(SERVED_AJV_RUNTIME).sort());
  });

  it("have the shape of ajv's own modules", () => {
    const require = createRequire(import.meta.url);
    for (const [id, served] of Object.entries(SERVED_AJV_RUNTIME)) {
      const own = require(id) as Record<string, unknown>;
      expect(Object.keys(served as object), id).toEqual(Object.keys(own).filter((k) => k !== '__esModule'));
      expect((served as Record<string, unknown>)['default'], id).toBe(own['default']);
    }
  });
});
