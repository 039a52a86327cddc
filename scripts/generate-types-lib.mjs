/**
 * Builds the text of `src/generated/compose-spec.ts` from `schemas/compose.schema.json`:
 * TypeScript types (json-schema-to-typescript) plus the schema itself as a value, so the library
 * needs no filesystem access to validate. Pure and deterministic: same schema in, same text out.
 * Used by `scripts/generate-types.mjs` (npm run types:generate) and by the drift test.
 */
import { compile } from 'json-schema-to-typescript';

/**
 * A copy of the schema for type generation: keys next to a `$ref` (our per-use descriptions and
 * `x-*` annotations) are dropped, otherwise json-schema-to-typescript mints one duplicate type
 * per use (`ListOfStrings1`, `ListOfStrings2`, …).
 * @param {unknown} node
 * @returns {unknown}
 */
function pureRefs(node) {
  if (Array.isArray(node)) return node.map(pureRefs);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pureRefs(v)]));
}

/** Banner at the top of the generated module. */
export const BANNER = `/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/compose.schema.json. Regenerate with \`npm run types:generate\`.
 *
 * Types for compose / stack files (docker stack file versions 3.0-3.13 plus the Compose
 * Specification). The schema itself is read from schemas/compose.schema.json at run time.
 */`;

/**
 * Generates the module text for a parsed schema.
 * @param {Record<string, unknown>} schema the annotated compose schema
 * @returns {Promise<string>}
 */
export async function generateComposeSpecModule(schema) {
  // compile() dereferences in place: pureRefs() hands it a fresh copy.
  const types = await compile(/** @type {any} */ (pureRefs(schema)), 'ComposeFile', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: false,
    format: true,
    declareExternallyReferenced: true,
    cwd: '/',
  });
  return `${BANNER}\n\n${types.trim()}\n`;
}
