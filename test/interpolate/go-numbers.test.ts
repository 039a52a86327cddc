import { describe, it, expect } from 'vitest';
import { goAtoi, goParseFloat } from '../../src/interpolate/go-numbers.js';

// Rows marked (docker) were observed with `docker stack config`; the rest follow Go's strconv rules.
describe('goAtoi', () => {
  it.each([
    ['7', 7],
    ['+007', 7], // (docker)
    ['-12', -12],
    ['-0', 0],
    ['9223372036854775807', 9223372036854775807],
    ['-9223372036854775808', -9223372036854775808],
  ])('%j parses to %d', (text, value) => {
    expect(goAtoi(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['xyz', 'strconv.Atoi: parsing "xyz": invalid syntax'], // (docker)
    ['', 'strconv.Atoi: parsing "": invalid syntax'],
    ['+', 'strconv.Atoi: parsing "+": invalid syntax'],
    ['1_000', 'strconv.Atoi: parsing "1_000": invalid syntax'],
    ['0x10', 'strconv.Atoi: parsing "0x10": invalid syntax'],
    [' 1', 'strconv.Atoi: parsing " 1": invalid syntax'],
    ['1.5', 'strconv.Atoi: parsing "1.5": invalid syntax'],
    ['$', 'strconv.Atoi: parsing "$": invalid syntax'], // (docker)
    ['9223372036854775808', 'strconv.Atoi: parsing "9223372036854775808": value out of range'],
    ['99999999999999999999x', 'strconv.Atoi: parsing "99999999999999999999x": value out of range'], // (docker)
  ])('%j fails with %j', (text, error) => {
    expect(goAtoi(text)).toEqual({ ok: false, error });
  });
});

describe('goParseFloat', () => {
  it.each([
    ['0.5', 0.5],
    ['1_0.5', 10.5], // (docker)
    ['.5', 0.5],
    ['5.', 5],
    ['-1e-3', -0.001],
    ['+2E2', 200],
    ['1e-400', 0],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['0x1p-2', 0.25],
    ['0x1.8p1', 3],
  ])('%j parses to %d', (text, value) => {
    expect(goParseFloat(text)).toEqual({ ok: true, value });
  });

  it('parses nan', () => {
    const r = goParseFloat('NaN');
    expect(r.ok && Number.isNaN(r.value)).toBe(true);
  });

  it.each([
    ['xyz', 'strconv.ParseFloat: parsing "xyz": invalid syntax'],
    ['', 'strconv.ParseFloat: parsing "": invalid syntax'],
    ['.', 'strconv.ParseFloat: parsing ".": invalid syntax'],
    ['1e', 'strconv.ParseFloat: parsing "1e": invalid syntax'],
    ['_1', 'strconv.ParseFloat: parsing "_1": invalid syntax'],
    ['1__0', 'strconv.ParseFloat: parsing "1__0": invalid syntax'],
    ['0x1', 'strconv.ParseFloat: parsing "0x1": invalid syntax'],
    ['+nan', 'strconv.ParseFloat: parsing "+nan": invalid syntax'],
    ['infin', 'strconv.ParseFloat: parsing "infin": invalid syntax'],
    ['1e400', 'strconv.ParseFloat: parsing "1e400": value out of range'], // (docker)
  ])('%j fails with %j', (text, error) => {
    expect(goParseFloat(text)).toEqual({ ok: false, error });
  });
});
