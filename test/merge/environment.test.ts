import { describe, expect, it } from 'vitest';
import { mergeEnvironment } from '../../src/merge/environment.js';

// Observed with `docker stack config` (fixtures/merge/environment).
describe('mergeEnvironment', () => {
  it.each<[string | null | undefined, string | null, string | null]>([
    ['a', '', 'a'],
    ['a', null, 'a'],
    ['a', 'b', 'b'],
    ['', 'x', 'x'],
    ['', null, null],
    [null, 'x', 'x'],
    [null, '', ''],
    [undefined, null, null],
    [undefined, 'o', 'o'],
  ])('base %j + override %j = %j', (b, o, want) => {
    const base: Record<string, string | null> = b === undefined ? { OTHER: 'k' } : { FOO: b, OTHER: 'k' };
    expect(mergeEnvironment(base, { FOO: o })).toStrictEqual({ FOO: want, OTHER: 'k' });
  });
  it('takes a side when the other is absent', () => {
    expect(mergeEnvironment(undefined, { A: null })).toEqual({ A: null });
    expect(mergeEnvironment({ A: 'x' }, undefined)).toEqual({ A: 'x' });
  });
});
