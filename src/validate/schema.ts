/**
 * Schema validation of one interpolated file against the schema docker uses for its version
 * (stack-deploy.md §1.4 step 4, §1.7). One ajv validator per version, compiled on first use:
 * a run only pays for the version its files declare.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { Report } from '../diagnostics/diagnostic.js';
import { composeSchema } from '../generated/compose-spec.js';
import { isGoDuration, isPortSpec } from './formats.js';
import { deriveStackSchema } from './schema-derive.js';
import { shapeSchemaErrors } from './schema-errors.js';
import { checkVersion } from './version.js';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function getAjv(): Ajv {
  if (ajv) return ajv;
  // allErrors so every problem is reported at once; strict: false for docker's loose schema
  // (e.g. `type` unions). Codegen optimisation is off: it roughly halves compile time, which is
  // paid at start-up, and costs little at validation time.
  const instance = new Ajv({ allErrors: true, strict: false, logger: false, code: { optimize: false } });
  instance.addFormat('duration', { type: 'string', validate: isGoDuration });
  // docker registers no checker for `expose`: gojsonschema lets unknown formats pass.
  instance.addFormat('expose', true);
  // docker's `ports` checker also sees numbers, which an ajv format cannot; see schema-derive.ts.
  instance.addKeyword({ keyword: 'portsFormat', schemaType: 'boolean', validate: (_: boolean, data: unknown) => isPortSpec(data) });
  ajv = instance;
  return instance;
}

/** The compiled validator for a supported version (`3.0`–`3.13`), built on first use. */
export function validatorFor(version: string): ValidateFunction {
  let v = validators.get(version);
  if (!v) {
    v = getAjv().compile(deriveStackSchema(composeSchema, version));
    validators.set(version, v);
  }
  return v;
}

/**
 * Validates one file's interpolated data against the schema derived for `ctx.version` (stack
 * mode). Reports `validate/unsupported-version` when docker has no schema for the version, and
 * one diagnostic per schema problem otherwise; the first one is the error docker would print
 * (`data.dockerMessage`). Returns true when nothing was reported.
 */
export function validateSchema(data: unknown, ctx: { file: string; version: string }, report: Report): boolean {
  if (!checkVersion(data, ctx, report)) return false;
  const validate = validatorFor(ctx.version);
  if (validate(data)) return true;
  const diagnostics = shapeSchemaErrors(validate.errors ?? [], data);
  for (const d of diagnostics) report({ ...d, file: ctx.file });
  return diagnostics.length === 0;
}
