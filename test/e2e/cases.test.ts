/**
 * Hand-written edge cases (fixtures/cases, one behaviour each) against what docker CLI 28.2.2
 * printed for them. Goldens come from `npm run fixtures:update`; the rules live in
 * test/_helpers/golden-cases.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsComposeMode } from '../../src/compose/detect.js';
import { loadFile } from '../../src/load/index.js';
import { readVersion } from '../../src/validate/index.js';
import { compileCase, expectAccepted, expectedStdout, expectRejected, loadCases, type GoldenCase } from '../_helpers/golden-cases.js';

const cases = loadCases('cases');

/**
 * Where stackc knowingly differs from docker, with why. Each entry states the exact difference,
 * so the test fails if it grows, shrinks or disappears. The loader keeps YAML numbers as JS
 * numbers, so a float with a whole value (`1e6`) can't be told from the int `1000000`: docker
 * stringifies the float with Go's %v (`1e+06`), stackc prints the digits.
 */
const KNOWN_DIVERGENCES: Record<string, (dockerStdout: string) => string> = {
  'environment-forms': (out) => out.replace('BIG: "1e+06"', 'BIG: "1000000"'),
  'yaml-number-forms': (out) => out.replace('BIG: "1e+06"', 'BIG: "1000000"'),
};

describe('hand-written cases (docker stack rules)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const result = compileCase(c);
    const divergence = KNOWN_DIVERGENCES[name];
    if (divergence) {
      const docker = expectedStdout(c);
      expect(divergence(docker), 'the known divergence is no longer there: remove it from the list').not.toBe(docker);
      expect(result.yaml).toBe(divergence(docker));
    } else if (c.golden.status === 0) expectAccepted(c, result);
    else expectRejected(c, result);
  });
});

/**
 * Cases docker rejects only for Compose Specification features: in the default (auto) mode
 * stackc translates them, and says where; or it fails with located errors.
 */
describe('hand-written cases docker rejects, in compose mode', () => {
  const composeCases = cases.filter((c) => c.golden.status !== 0 && usesComposeFeatures(c));
  it('has them', () => expect(composeCases.length).toBeGreaterThan(0));
  it.each(composeCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = compileCase(c, 'auto');
    const noted = result.diagnostics.filter((d) => d.code.startsWith('compose/') || d.severity === 'error');
    expect(noted.length).toBeGreaterThan(0);
    for (const d of noted) expect(d.line, `${d.code} ${d.message}`).toEqual(expect.any(Number));
  });
});

/** Whether a case's files use something only the Compose Specification has (compose mode's trigger). */
function usesComposeFeatures(c: GoldenCase): boolean {
  const docs = c.files.map((f) => loadFile({ file: f, bytes: readFileSync(join(c.dir, f)) }, () => {})).filter((d) => d.data !== undefined);
  return docs.length === c.files.length && needsComposeMode(docs, readVersion);
}
