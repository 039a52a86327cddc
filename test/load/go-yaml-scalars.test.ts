import { describe, expect, it } from 'vitest';
import { resolvePlainScalar } from '../../src/load/go-yaml-scalars.js';

// Rows from docker's behaviour (stack-deploy.md §1.2, observed with docker stack config 28.2.2).
describe('resolvePlainScalar (go-yaml v3 typing)', () => {
  it.each([
    ['0440', 'int', 288],
    ['0o17', 'int', 15],
    ['0x1F', 'int', 31],
    ['0b11', 'int', 3],
    ['1_000', 'int', 1000],
    ['-12', 'int', -12],
    ['+1', 'int', 1],
    ['08', 'float', 8],
    ['1e3', 'float', 1000],
    ['.5', 'float', 0.5],
    ['1.5', 'float', 1.5],
    ['true', 'bool', true],
    ['True', 'bool', true],
    ['FALSE', 'bool', false],
    ['~', 'null', null],
    ['null', 'null', null],
    ['Null', 'null', null],
    ['', 'null', null],
    ['.inf', 'float', Infinity],
    ['-.Inf', 'float', -Infinity],
    // Around the plain-decimal fast path: single digits, 15 and 16 digits, a leading zero.
    ['0', 'int', 0],
    ['7', 'int', 7],
    ['8080', 'int', 8080],
    ['123456789012345', 'int', 123456789012345],
    ['1234567890123456', 'int', 1234567890123456],
    ['0123', 'int', 83],
  ] as const)('%j is %s %j', (text, kind, value) => {
    expect(resolvePlainScalar(text)).toEqual({ kind, value });
  });

  it.each(['yes', 'on', 'y', 'no', 'off', 'NaN', 'nulls', '1.2.3', '80:80', '3.8.1', 'tRue', '0x', '1e', 'a1'])(
    '%j stays a string',
    (text) => {
      expect(resolvePlainScalar(text)).toEqual({ kind: 'str', value: text });
    },
  );

  it('reads an unquoted date as a timestamp, rendered as Go prints a time.Time', () => {
    expect(resolvePlainScalar('2001-12-14')).toEqual({ kind: 'timestamp', value: '2001-12-14 00:00:00 +0000 UTC' });
    expect(resolvePlainScalar('2001-12-14T21:59:43Z')).toEqual({ kind: 'timestamp', value: '2001-12-14 21:59:43 +0000 UTC' });
    expect(resolvePlainScalar('2001-13-14')).toEqual({ kind: 'str', value: '2001-13-14' });
    expect(resolvePlainScalar('2001-1-1')).toEqual({ kind: 'timestamp', value: '2001-01-01 00:00:00 +0000 UTC' });
    expect(resolvePlainScalar('20011214')).toEqual({ kind: 'int', value: 20011214 });
  });
});
