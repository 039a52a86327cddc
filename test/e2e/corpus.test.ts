/**
 * Real-world compose files (fixtures/corpus) against what docker CLI 28.2.2 printed for them.
 * Goldens come from `npm run fixtures:update`; see test/_helpers/golden-cases.ts for the rules.
 */
import { describe, it, expect } from 'vitest';
import { COMPOSE_SPEC_ONLY } from '../_helpers/compose-spec-cases.js';
import { compileCase, expectAccepted, expectRejected, loadCases } from '../_helpers/golden-cases.js';

const cases = loadCases('corpus');
const accepted = cases.filter((c) => c.golden.status === 0);
const rejected = cases.filter((c) => c.golden.status !== 0 && COMPOSE_SPEC_ONLY[c.name] === undefined);
const specOnly = cases.filter((c) => COMPOSE_SPEC_ONLY[c.name] !== undefined);

describe('corpus', () => {
  it('holds every case, and the compose-spec list names only cases docker rejects', () => {
    expect(cases.length).toBe(120);
    const names = new Set(cases.map((c) => c.name));
    for (const name of Object.keys(COMPOSE_SPEC_ONLY)) {
      expect(names.has(name), `${name} is not in fixtures/corpus`).toBe(true);
    }
    for (const c of specOnly) expect(c.golden.status, `${c.name} is accepted by docker`).toBe(1);
  });

  describe('accepted by docker: same stack', () => {
    it.each(accepted.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expectAccepted(c, compileCase(c));
    });
  });

  // Today every rejected corpus case is a compose-spec one; the rule is kept for new corpus cases.
  describe.skipIf(rejected.length === 0)('rejected by docker: located errors', () => {
    it.each(rejected.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expectRejected(c, compileCase(c));
    });
  });

  // With docker stack's rules these fail as docker's do; compose mode translates them instead
  // (test/e2e/compose-mode.test.ts).
  describe('compose-spec features: rejected with docker stack\'s rules, located', () => {
    it.each(specOnly.map((c) => [`${c.name} (${COMPOSE_SPEC_ONLY[c.name]})`, c] as const))('%s', (_name, c) => {
      expectRejected(c, compileCase(c));
    });
  });
});
