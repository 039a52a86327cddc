import { describe, it, expect } from 'vitest';
import { naturalCompare, naturalKeys, naturalLess } from '../../../src/emit/stack/natural-sort.js';

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

describe('naturalKeys', () => {
  const record = (keys: string[]): Record<string, null> => Object.fromEntries(keys.map((k) => [k, null]));

  it('sorts every insertion order of a key set the same way (orders are cached per sequence)', () => {
    const docker = ['APP_NAME', 'CACHE_TTL', 'DEBUG', 'x-9', 'x-10'];
    for (const keys of [docker, [...docker].reverse(), ['DEBUG', 'x-10', 'APP_NAME', 'x-9', 'CACHE_TTL']]) {
      expect(naturalKeys(record(keys))).toEqual(docker);
      expect(naturalKeys(record(keys))).toEqual(docker);
    }
  });

  it('never mixes up key sets whose joined text is the same', () => {
    expect(naturalKeys(record(['b\u0000a', 'c']))).toEqual(['b\u0000a', 'c']);
    expect(naturalKeys(record(['b', 'a\u0000c']))).toEqual(['a\u0000c', 'b']);
  });

  it('sorts large maps (not cached) and non-ASCII keys like naturalCompare', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `svc-${(i * 37) % 100}`).concat(['é1', 'é10', 'é2']);
    expect(naturalKeys(record(keys))).toEqual([...keys].sort(naturalCompare));
  });

  it('sorts large all-ASCII maps in numeric order of their digit runs', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `svc-${(i * 37) % 100}`);
    expect(naturalKeys(record(keys))).toEqual(Array.from({ length: 100 }, (_, i) => `svc-${i}`));
  });
});
