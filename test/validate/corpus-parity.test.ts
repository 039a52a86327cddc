/**
 * Acceptance parity with docker on the real-world corpus: for every case, our validate stage
 * (on files loaded and interpolated by our own load/interpolate stages) must accept exactly what
 * `docker stack config` accepted, and reject schema/forbidden failures with docker's message.
 * Expected outcomes were observed with `docker stack config` (docker CLI 28.2.2) and are recorded
 * in /work/shared/corpus/INDEX.json (all messages seen over several runs: docker's choice among
 * equally specific errors depends on Go map order).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { parse } from 'yaml';
import { loadFile } from '../../src/load/index.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { checkForbidden, readVersion, validateSchema } from '../../src/validate/index.js';

const CORPUS = '/work/shared/corpus';
const index = existsSync(join(CORPUS, 'INDEX.json'))
  ? (JSON.parse(readFileSync(join(CORPUS, 'INDEX.json'), 'utf8')) as { cases: Record<string, { accepted: boolean; error: string[] }> })
  : { cases: {} };
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
    const loadErrors: DiagnosticInput[] = [];
    const bytes = readFileSync(join(dir, file));
    let loaded: { data: unknown } = loadFile({ file, absPath: join(dir, file), bytes }, (d) => loadErrors.push(d));
    // This suite is about the validate stage: if our loader trips on a file docker reads, fall back
    // to the yaml package (YAML 1.2 core + merge keys) rather than failing here.
    if (loadErrors.some((d) => d.severity === 'error')) loaded = { data: parse(bytes.toString('utf8'), { merge: true, maxAliasCount: -1 }) };
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

describe.skipIf(cases.length === 0)('corpus acceptance parity with docker stack config', () => {
  it.each(cases)('%s', (name, expected) => {
    const { errors, skipped } = run(name);
    if (skipped) return;
    if (expected.accepted) {
      expect(errors.map((e) => e.data?.['dockerMessage'] ?? e.message)).toEqual([]);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      expect(expected.error, JSON.stringify(errors.slice(0, 3))).toContain(errors[0]?.data?.['dockerMessage']);
    }
  });
});
