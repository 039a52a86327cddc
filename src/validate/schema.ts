/**
 * Schema validation of one interpolated file against the schema docker uses for its version
 * (stack-deploy.md §1.4 step 4, §1.7). Two ajv validators per version, loaded on first use (a
 * run only pays for the version its files declare): an accept-only one decides, and the full one,
 * which gives docker's errors, runs only for a file the first rejects.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { BUNDLE } from '../bundle-constants.js';
import { lazy } from '../lazy.js';
import type { Report } from '../diagnostics/diagnostic.js';
import { createAjv } from './ajv-setup.js';
import { acceptOnlySchema, deriveStackSchema, type SchemaNode } from './schema-derive.js';
import { shapeSchemaErrors } from './schema-errors.js';
import { loadPrecompiled, precompiledDir, precompiledName, type ValidatorKind } from './precompiled.js';
import { checkVersion } from './version.js';

const validators = new Map<string, ValidateFunction>();
// Created on first use: most runs never read the schema.
const localRequire = lazy(() => createRequire(import.meta.url));

/**
 * The annotated schema (`schemas/compose.schema.json`, shipped with the package), read on first
 * use: only a run without precompiled validators, or the build, needs it.
 */
export function composeSchema(): SchemaNode {
  return localRequire()(`${BUNDLE?.root ?? '../../'}schemas/compose.schema.json`) as SchemaNode;
}

/**
 * The validator of `kind` for a supported version (`3.0`–`3.13`): `full` gives docker's errors,
 * `accept` only the verdict, faster. A build ships them precompiled (`dist/validate/compiled/`,
 * made by `scripts/build-validators.mjs` with ajv's standalone code generation), which saves
 * ajv's load and compile time at every start; without them (tests run from source) the same
 * schema is compiled here, on first use.
 */
export function validatorFor(version: string, kind: ValidatorKind = 'full'): ValidateFunction {
  const name = precompiledName(version, kind);
  let v = validators.get(name);
  if (!v) {
    v = loadPrecompiled(version, precompiledDir(), kind) ?? compileValidator(version, kind);
    validators.set(name, v);
  }
  return v;
}

const runtimeAjv = new Map<ValidatorKind, ReturnType<typeof createAjv>>();

function compileValidator(version: string, kind: ValidatorKind): ValidateFunction {
  let ajv = runtimeAjv.get(kind);
  if (!ajv) {
    ajv = createAjv({ standalone: false, acceptOnly: kind === 'accept' });
    runtimeAjv.set(kind, ajv);
  }
  const schema = deriveStackSchema(composeSchema(), version);
  return ajv.compile(kind === 'accept' ? acceptOnlySchema(schema) : schema);
}

/**
 * Validates one file's interpolated data against the schema derived for `ctx.version` (stack
 * mode). Reports `validate/unsupported-version` when docker has no schema for the version, and
 * one diagnostic per schema problem otherwise; the first one is the error docker would print
 * (`data.dockerMessage`). Returns true when nothing was reported.
 */
export function validateSchema(data: unknown, ctx: { file: string; version: string }, report: Report): boolean {
  if (!checkVersion(data, ctx, report)) return false;
  // Most files are valid: decide with the accept-only validator, and only a file it rejects
  // pays for docker's errors.
  if (validatorFor(ctx.version, 'accept')(data)) return true;
  const validate = validatorFor(ctx.version);
  if (validate(data)) return true;
  const diagnostics = shapeSchemaErrors(validate.errors ?? [], data);
  for (const d of diagnostics) report({ ...d, file: ctx.file });
  return diagnostics.length === 0;
}
