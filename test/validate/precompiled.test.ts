/**
 * The build precompiles one validator per version (scripts/build-validators.mjs); tests run from
 * source compile the same schema at run time. Both must judge every input the same way, errors
 * included, or the shipped CLI would differ from what the rest of the suite checks.
 * `npm test` builds first, so dist/ is there; run `npm run build` before running this file alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/index.js';
import { createAjv } from '../../src/validate/ajv-setup.js';
import { loadPrecompiled } from '../../src/validate/precompiled.js';
import { deriveStackSchema } from '../../src/validate/schema-derive.js';
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
