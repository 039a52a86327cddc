/**
 * `npm run types:generate`: regenerates `src/generated/compose-spec.ts` from
 * `schemas/compose.schema.json`. The drift test (test/generated/compose-spec.test.ts) fails when
 * the checked-in file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateComposeSpecModule } from './generate-types-lib.mjs';

const root = new URL('..', import.meta.url);
const schemaPath = fileURLToPath(new URL('schemas/compose.schema.json', root));
const outPath = fileURLToPath(new URL('src/generated/compose-spec.ts', root));

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
writeFileSync(outPath, await generateComposeSpecModule(schema));
console.log(`wrote ${outPath}`);
