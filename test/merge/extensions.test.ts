import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import type { MergeContext } from '../../src/merge/context.js';
import { goTypeName, mergeExtensions } from '../../src/merge/extensions.js';

function ctxWith(reported: DiagnosticInput[]): MergeContext {
  return { report: (d) => reported.push(d), file: 'o.yml', service: 'web', path: ['services', 'web'] };
}

// Observed with `docker stack config` (fixtures/merge/extensions, merge-error).
describe('mergeExtensions', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]>([
    ['maps deep-merge', { 'x-m': { a: 1, n: { l: [1] } } }, { 'x-m': { b: 2, n: { l: [2] } } }, { 'x-m': { a: 1, b: 2, n: { l: [1, 2] } } }],
    ['lists append', { 'x-l': [1, 2] }, { 'x-l': [2, 3] }, { 'x-l': [1, 2, 2, 3] }],
    ['scalar replaced by map', { 'x-s': 'base' }, { 'x-s': { now: 'map' } }, { 'x-s': { now: 'map' } }],
    ['list replaced by map', { 'x-l': [1] }, { 'x-l': { k: 'v' } }, { 'x-l': { k: 'v' } }],
    ['map replaced by scalar', { 'x-m': { k: 'v' } }, { 'x-m': 's' }, { 'x-m': 's' }],
    ['null replaces', { 'x-m': { a: 'b' } }, { 'x-m': null }, { 'x-m': null }],
    ['null base takes a list', { 'x-n': null }, { 'x-n': [1] }, { 'x-n': [1] }],
    ['new keys added', { 'x-a': 1 }, { 'x-b': 2 }, { 'x-a': 1, 'x-b': 2 }],
  ])('%s', (_label, base, override, want) => {
    const reported: DiagnosticInput[] = [];
    expect(mergeExtensions(base, override, ctxWith(reported))).toStrictEqual(want);
    expect(reported).toEqual([]);
  });

  it.each([
    ['s', 'string'],
    [1, 'int'],
    [1.5, 'float64'],
    [true, 'bool'],
    [{ a: 1 }, 'map[string]interface {}'],
  ])('a list onto %j is docker\'s merge error ([]interface {}, %s)', (base, goType) => {
    const reported: DiagnosticInput[] = [];
    const out = mergeExtensions({ 'x-m': { inner: base } }, { 'x-m': { inner: [1] } }, ctxWith(reported));
    expect(out).toStrictEqual({ 'x-m': { inner: base } });
    expect(goTypeName(base)).toBe(goType);
    expect(reported).toEqual([
      expect.objectContaining({
        code: 'merge/extension-type-conflict',
        severity: 'error',
        file: 'o.yml',
        path: ['services', 'web', 'x-m', 'inner'],
        message: `cannot merge services from o.yml: cannot merge service web: cannot append two slices with different type ([]interface {}, ${goType})`,
      }),
    ]);
  });
});
