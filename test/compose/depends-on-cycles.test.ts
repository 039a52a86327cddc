import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { checkDependsOnCycles } from '../../src/compose/depends-on-cycles.js';

function check(...docs: Record<string, unknown>[]) {
  const out: DiagnosticInput[] = [];
  checkDependsOnCycles(docs.map((data, i) => ({ file: `f${i}.yml`, data })), (d) => void out.push(d));
  return out;
}

describe('checkDependsOnCycles', () => {
  it('reports a cycle once, at the entry that closes it', () => {
    const d = check({ services: { a: { depends_on: ['b'] }, b: { depends_on: { c: { condition: 'service_healthy' } } }, c: { depends_on: ['a'] } } });
    expect(d).toMatchObject([{ code: 'compose/dependency-cycle', severity: 'error', file: 'f0.yml', path: ['services', 'c', 'depends_on'] }]);
    expect(d[0]!.message).toBe('dependency cycle detected: a -> b -> c -> a');
  });

  it('sees a cycle closed by an override file', () => {
    const d = check({ services: { a: { depends_on: ['b'] }, b: {} } }, { services: { b: { depends_on: ['a'] } } });
    expect(d).toMatchObject([{ file: 'f1.yml', path: ['services', 'b', 'depends_on'] }]);
  });

  it('accepts a dependency graph without cycles', () => {
    expect(check({ services: { a: { depends_on: ['b', 'c'] }, b: { depends_on: ['c'] }, c: {} } })).toEqual([]);
  });
});
