import { createRequire } from 'node:module';
import type { Ajv as AjvType, KeywordCxt } from 'ajv';
import { formats, isPortSpec, RUNTIME_NAME } from './standalone-runtime.js';

/**
 * One place that configures ajv, for both uses: compiling a version's validator at run time
 * (tests, or a build without precompiled validators) and generating standalone validator code
 * at build time (`scripts/build-validators.mjs`). ajv is required lazily: a run that uses
 * precompiled validators never loads it (it costs ~50 ms of start-up, compiling ~200 ms more).
 */
export function createAjv(options: { standalone: boolean; acceptOnly?: boolean }): AjvType {
  const { Ajv, _, Name } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const runtime = new Name(RUNTIME_NAME);
  // allErrors so every problem is reported at once (an accept-only validator, see
  // `acceptOnlySchema`, stops at the first); strict: false for docker's loose schema (e.g. `type`
  // unions). Codegen optimisation is off at run time, where it roughly doubles compile time, and
  // on for precompiled code, which is then smaller and loads faster.
  const ajv = new Ajv({
    allErrors: options.acceptOnly !== true,
    strict: false,
    logger: false,
    code: options.standalone ? { source: true, optimize: true, formats: _`${runtime}.formats` } : { optimize: false },
  });
  ajv.addFormat('duration', formats.duration);
  // docker registers no checker for `expose`: gojsonschema lets unknown formats pass.
  ajv.addFormat('expose', true);
  // docker's `ports` checker also sees numbers, which an ajv format cannot; see schema-derive.ts.
  ajv.addKeyword({
    keyword: 'portsFormat',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      const check = cxt.gen.scopeValue('func', { ref: isPortSpec, code: _`${runtime}.isPortSpec` });
      cxt.fail(_`!${check}(${cxt.data})`);
    },
  });
  return ajv;
}
