/**
 * The build stores the compose-only key lists (scripts/build-validators.mjs) so a compile need not
 * read the schema; tests run from source derive them instead. The stored lists must be exactly
 * the derived ones, or the shipped CLI would pick stack or compose mode differently.
 * `npm test` builds first, so dist/ is there; run `npm run build` before running this file alone.
 */
import { describe, expect, it } from 'vitest';
import { composeOnlyKeys, deriveComposeOnlyKeys, loadPrecompiledComposeOnlyKeys } from '../../src/validate/compose-only-keys.js';
import { composeSchema } from '../../src/validate/schema.js';

const compiledDir = new URL('../../dist/validate/compiled/', import.meta.url);

describe('compose-only keys', () => {
  const derived = deriveComposeOnlyKeys(composeSchema());

  it('are the keys the schema marks x-compose-spec', () => {
    expect(derived.top).toEqual(expect.arrayContaining(['name', 'include']));
    expect(derived.service).toEqual(expect.arrayContaining(['platform', 'pull_policy', 'profiles']));
    expect(derived.service).not.toContain('image');
  });

  it('stored by the build equal the ones derived from the schema', () => {
    const stored = loadPrecompiledComposeOnlyKeys(compiledDir);
    expect(stored, 'no stored compose-only keys: run `npm run build`').toBeDefined();
    expect(stored).toEqual(derived);
  });

  it('fall back to the schema when nothing is stored', () => {
    expect(loadPrecompiledComposeOnlyKeys(new URL('./no-such-folder/', compiledDir))).toBeUndefined();
    const keys = composeOnlyKeys();
    expect([...keys.top]).toEqual(derived.top);
    expect([...keys.service]).toEqual(derived.service);
  });
});
