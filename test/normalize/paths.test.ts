import { describe, it, expect } from 'vitest';
import { cleanPath, expandHome, isWindowsAbs, resolveAgainst } from '../../src/normalize/paths.js';

describe('paths', () => {
  it.each([
    ['/w/./d/../e/', '/w/e'],
    ['a//b', 'a/b'],
    ['../x', '../x'],
    ['/..', '/'],
    ['', '.'],
  ])('cleanPath(%j) = %j', (p, out) => {
    expect(cleanPath(p)).toBe(out);
  });

  it.each([
    ['.', '/w'],
    ['./data', '/w/data'],
    ['../up', '/up'],
    ['', '/w'],
    ['/abs/./x', '/abs/./x'],
  ])('resolveAgainst(/w, %j) = %j', (p, out) => {
    expect(resolveAgainst('/w', p)).toBe(out);
  });

  it.each([
    ['C:\\data', true],
    ['z:\\', true],
    ['C:/x', true],
    ['C:', false],
    ['\\\\srv\\share\\x', true],
    ['\\\\srv\\share', false],
    ['/x', false],
  ])('isWindowsAbs(%j) = %j', (p, out) => {
    expect(isWindowsAbs(p)).toBe(out);
  });

  it('replaces only the leading ~', () => {
    expect(expandHome('~user/x', { HOME: '/root' })).toEqual({ path: '/rootuser/x', missingHome: false });
    expect(expandHome('~/x', {})).toEqual({ path: '~/x', missingHome: true });
    expect(expandHome('a~', { HOME: '/h' })).toEqual({ path: 'a~', missingHome: false });
  });
});
