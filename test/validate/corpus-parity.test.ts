/**
 * Acceptance parity with docker on the real-world corpus: for every case, our validate stage
 * (on files loaded and interpolated by our own load/interpolate stages) must accept exactly what
 * `docker stack config` accepted, and reject schema/forbidden failures with docker's message.
 * Expected outcomes were observed with `docker stack config` (docker CLI 28.2.2) and are recorded
 * in fixtures/corpus/INDEX.json (all messages seen over several runs: docker's choice among
 * equally specific errors depends on Go map order).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { checkForbidden, readVersion, validateSchema } from '../../src/validate/index.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus', import.meta.url));
const index = JSON.parse(readFileSync(join(CORPUS, 'INDEX.json'), 'utf8')) as { cases: Record<string, { accepted: boolean; error: string[] }> };
const cases = Object.entries(index.cases).sort(([a], [b]) => a.localeCompare(b));

/** Runs docker's per-file order (§1.4) and returns the first file's errors, like docker stops there. */
function run(name: string): { errors: DiagnosticInput[]; skipped?: string } {
  const dir = join(CORPUS, name);
  const source = JSON.parse(readFileSync(join(dir, 'SOURCE.json'), 'utf8')) as { files: string[]; env: Record<string, string> };
  let firstVersion: string | undefined;
  for (const file of source.files) {
    const errors: DiagnosticInput[] = [];
    const report = (d: DiagnosticInput): void => {
      if (d.severity === 'error') errors.push(d);
    };
    const bytes = readFileSync(join(dir, file));
    const loaded = loadFile({ file, absPath: join(dir, file), bytes }, report);
    if (errors.length > 0) return { errors };
    const version = readVersion(loaded.data);
    firstVersion ??= version;
    if (version !== firstVersion) return { errors: [], skipped: 'version mismatch (not a validate-stage error)' };
    checkForbidden(loaded.data, file, report);
    if (errors.length > 0) return { errors };
    const data = interpolateDocument(loaded.data, { file, env: source.env }, report);
    if (errors.length > 0) return { errors };
    validateSchema(data, { file, version }, report);
    if (errors.length > 0) return { errors };
  }
  return { errors: [] };
}

describe('corpus acceptance parity with docker stack config', () => {
  it('has the corpus', () => expect(cases.length).toBe(120));
  it.each(cases)('%s', (name, expected) => {
    const { errors, skipped } = run(name);
    if (skipped) {
      // Not this stage's check: the pipeline reports the version mismatch (see test/e2e).
      expect(expected.error.join('\n')).toContain('version mismatched');
      return;
    }
    if (expected.accepted) {
      expect(errors.map((e) => e.data?.['dockerMessage'] ?? e.message)).toEqual([]);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      expect(expected.error, JSON.stringify(errors.slice(0, 3))).toContain(errors[0]?.data?.['dockerMessage']);
    }
  });
});
