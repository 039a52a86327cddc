/**
 * Merge triplets: `fixtures/merge/<case>/{base.yml, override.yml}` and what
 * `docker stack config -c base.yml -c override.yml` (docker CLI 28.2.2) printed for them, in
 * `expected.yml` (or, for docker's merge error, `expected.err`). See fixtures/merge/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { mergeStackConfigs } from '../../src/merge/index.js';
import { readFixture } from './triplet-adapter.js';

const root = join(import.meta.dirname, '../../fixtures/merge');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('merge triplets (expected values observed with docker stack config)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(15);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const base = readFixture(join(dir, 'base.yml'));
    const override = readFixture(join(dir, 'override.yml'));
    const reported: DiagnosticInput[] = [];
    const before = structuredClone([base, override]);
    const merged = mergeStackConfigs(base, override, { report: (d) => reported.push(d), file: 'override.yml' });
    // The merge shares what it does not change, so it must never write into either input.
    expect([base, override]).toStrictEqual(before);

    const errFile = join(dir, 'expected.err');
    if (existsSync(errFile)) {
      expect(reported.map((d) => d.message)).toEqual([readFileSync(errFile, 'utf8').trim()]);
      expect(reported[0]?.severity).toBe('error');
      return;
    }
    expect(reported).toEqual([]);
    expect(merged).toStrictEqual(readFixture(join(dir, 'expected.yml')));
  });
});
