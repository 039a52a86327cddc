import { describe, it, expect } from 'vitest';
import { formatGoFloat, formatGoPercentS, formatGoValue } from '../../src/normalize/go-format.js';

// Observed with `docker stack config` on label values (1e6 as a YAML float → "1e+06").
describe('formatGoFloat', () => {
  it.each([
    [1e6, '1e+06'],
    [1.5, '1.5'],
    [123456, '123456'],
    [0.00001, '1e-05'],
    [0.0001, '0.0001'],
    [1e21, '1e+21'],
    [1234567.5, '1.2345675e+06'],
    [Infinity, '+Inf'],
    [NaN, 'NaN'],
  ])('%d → %s', (v, text) => {
    expect(formatGoFloat(v)).toBe(text);
  });
});

describe('formatGoValue', () => {
  it.each([
    ['s', 's'],
    [true, 'true'],
    [42, '42'],
    [1.5, '1.5'],
    [2 ** 60, '1152921504606846976'],
  ])('%j → %s', (v, text) => {
    expect(formatGoValue(v)).toBe(text);
  });

  it('mimics %s on non-strings', () => {
    expect(formatGoPercentS(5)).toBe('%!s(int=5)');
  });
});
