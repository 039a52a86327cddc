import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, configSchema } from '../../src/lint/config-schema.js';
import { RULES } from '../../src/lint/registry.js';
import { runRule } from './rule-tester.js';

const rulesDir = new URL('../../src/lint/rules/', import.meta.url);
const testsDir = new URL('./rules/', import.meta.url);
const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

/** ESLint's `checkRuleFiles`, as a test: the registry, the files, the tests and the docs agree. */
describe('lint rule registry', () => {
  it('registers every rule file, sorted, once', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual(files);
  });

  it('has at least 20 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps schemas/stackc-config.schema.json in sync with the registry', () => {
    expect(configSchema()).toEqual(buildConfigSchema(RULES));
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      it('is documented', () => {
        const { meta } = rule;
        expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(meta.description.length).toBeGreaterThan(10);
        expect(meta.rationale.length).toBeGreaterThan(40);
        expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        if (meta.defaultOptions !== undefined) expect(meta.schema).toBeDefined();
      });

      it('has a test file with valid and invalid cases', () => {
        const test = new URL(`${rule.meta.id}.test.ts`, testsDir);
        expect(existsSync(test)).toBe(true);
        const text = readFileSync(test, 'utf8');
        expect(text).toMatch(/valid:\s*\[\s*\S/);
        expect(text).toMatch(/invalid:\s*\[\s*\{/);
        expect(text).toContain('"messageId"');
      });

      it('reports its bad example and accepts its good one', () => {
        const bad = runRule(rule, rule.meta.examples.bad);
        expect(bad.length).toBeGreaterThan(0);
        expect(bad.every((d) => d.line !== undefined && d.file === 'compose.yml')).toBe(true);
        expect(runRule(rule, rule.meta.examples.good)).toEqual([]);
      });
    });
  }
});
