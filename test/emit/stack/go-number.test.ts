import { describe, it, expect } from 'vitest';
import { formatGoFloat32, formatGoFloat64, formatGoNumber } from '../../../src/emit/stack/go-number.js';

describe('Go number formatting', () => {
  // Observed with `docker stack config`: max_failure_ratio (float32) and x-* numbers (float64).
  it.each([
    [0.1, '0.1'], [0.5, '0.5'], [1e-7, '1e-07'], [0.333, '0.333'], [1, '1'], [1e6, '1e+06'], [123456, '123456'],
  ])('float32 %s → %s', (v, text) => {
    expect(formatGoFloat32(v)).toBe(text);
  });

  it.each([
    [1.5, '1.5'], [-0.0001, '-0.0001'], [0.00001, '1e-05'], [1e6, '1e+06'], [123456789, '1.23456789e+08'],
    [1e20, '1e+20'], [1e100, '1e+100'], [0.0015, '0.0015'], [Infinity, '.inf'], [NaN, '.nan'],
  ])('float64 %s → %s', (v, text) => {
    expect(formatGoFloat64(v)).toBe(text);
  });

  it.each([
    [1, '1'], [-7, '-7'], [31, '31'], [1000000, '1000000'], [0.5, '0.5'], [1e20, '1e+20'], [18446744073709550000, '18446744073709549568'],
    [-0, '-0'], [2 ** 53 - 1, '9007199254740991'], [-(2 ** 53 - 1), '-9007199254740991'], [2 ** 53, '9007199254740992'],
  ])('untyped %s → %s (int64/uint64 when integral, else float64)', (v, text) => {
    expect(formatGoNumber(v)).toBe(text);
  });
});
