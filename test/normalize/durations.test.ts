import { describe, it, expect } from 'vitest';
import { canonicalDuration, formatGoDuration, parseGoDuration } from '../../src/normalize/durations.js';

// Expected strings follow Go's time.Duration.String(), as printed by `docker stack config`.
describe('canonicalDuration', () => {
  it.each([
    ['90s', '1m30s'],
    ['2m', '2m0s'],
    ['1h', '1h0m0s'],
    ['1500ms', '1.5s'],
    ['1us', '1µs'],
    ['1µs', '1µs'],
    ['1μs', '1µs'],
    ['1.5us', '1.5µs'],
    ['10ns', '10ns'],
    ['-2s', '-2s'],
    ['+3s', '3s'],
    ['0', '0s'],
    ['0s', '0s'],
    ['1h2m3.5s', '1h2m3.5s'],
    ['.5s', '500ms'],
    ['1.s', '1s'],
    ['2562047h47m16.854775807s', '2562047h47m16.854775807s'],
  ])('%s → %s', (input, expected) => {
    const r = canonicalDuration(input);
    expect(r.ok && r.value).toBe(expected);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['1', 'time: missing unit in duration "1"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['.s', 'time: invalid duration ".s"'],
    ['abc', 'time: invalid duration "abc"'],
    ['2562047h47m16.854775808s', 'time: invalid duration "2562047h47m16.854775808s"'],
  ])('rejects %j', (input, error) => {
    expect(parseGoDuration(input)).toEqual({ ok: false, error });
  });

  it('formats the int64 minimum', () => {
    expect(formatGoDuration(-(1n << 63n))).toBe('-2562047h47m16.854775808s');
  });
});
