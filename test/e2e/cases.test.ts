/**
 * Hand-written edge cases (fixtures/cases, one behaviour each) against what docker CLI 28.2.2
 * printed for them. Goldens come from `npm run fixtures:update`; the rules live in
 * test/_helpers/golden-cases.ts.
 */
import { describe, expect, it } from 'vitest';
import { compileCase, expectAccepted, expectedStdout, expectRejected, loadCases } from '../_helpers/golden-cases.js';

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

describe('hand-written cases', () => {
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
