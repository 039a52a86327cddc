import { describe, expect, it } from 'vitest';
import { memoizeString } from '../../src/normalize/memoize.js';

describe('memoizeString', () => {
  it('calls the function once per distinct input, undefined results included', () => {
    const calls: string[] = [];
    const f = memoizeString((s) => {
      calls.push(s);
      return s === 'none' ? undefined : s.length;
    });
    expect([f('ab'), f('ab'), f('none'), f('none'), f('abc')]).toEqual([2, 2, undefined, undefined, 3]);
    expect(calls).toEqual(['ab', 'none', 'abc']);
  });

  it('keeps at most maxEntries inputs and still answers the rest', () => {
    const calls: string[] = [];
    const f = memoizeString((s) => (calls.push(s), s.toUpperCase()), 2);
    expect([f('a'), f('b'), f('c'), f('c'), f('a')]).toEqual(['A', 'B', 'C', 'C', 'A']);
    // `a` and `b` were kept; `c` was past the cap, so it is computed each time.
    expect(calls).toEqual(['a', 'b', 'c', 'c']);
  });
});
