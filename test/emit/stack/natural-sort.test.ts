import { describe, it, expect } from 'vitest';
import { naturalCompare, naturalLess } from '../../../src/emit/stack/natural-sort.js';

describe('naturalLess (yaml.v3 key order)', () => {
  // Pairs observed in `docker stack config` output (labels and x-* keys).
  it.each([
    ['x-9', 'x-10'],
    ['x-A_B', 'x-AB'],
    ['a.b', 'ab'],
    ['A', 'a'],
    ['B', 'b'],
    ['a9', 'a09'],
    ['a09', 'a009'],
    ['a009', 'a10'],
    ['1', '9'],
    ['9', '10'],
    ['#k', '-x'],
    ['-x', '<<'],
    ['_x', '0o7'],
    ['a b', 'a.b'],
    ['ab', 'b'],
    ['x-AB', 'y'],
    ['y', 'é'],
    ['a', 'ab'],
  ])('%j < %j', (a, b) => {
    expect(naturalLess(a, b)).toBe(true);
    expect(naturalLess(b, a)).toBe(false);
  });

  it('sorts the observed label keys in docker order', () => {
    const docker = ['#k', '-x', '<<', '_x', '0o7', '1', '9', '10', 'A', 'B', 'a b', 'a.b', 'a9', 'a09', 'a009', 'a10', 'ab', 'b', 'k: v', 'x-9', 'x-10', 'x-A_B', 'x-AB', 'y', 'é'];
    const shuffled = [...docker].reverse();
    expect(shuffled.sort(naturalCompare)).toEqual(docker);
  });

  it('non-ASCII letters and digits follow the same rules', () => {
    expect(naturalLess('é1', 'é2')).toBe(true);
    expect(naturalLess('aé', 'b')).toBe(true);
  });
});
