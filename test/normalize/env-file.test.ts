import { describe, it, expect } from 'vitest';
import { parseEnvFile } from '../../src/normalize/env-file.js';

const bytes = (s: string) => new TextEncoder().encode(s);

// kvfile semantics; quote and BOM handling observed with `docker stack config`.
describe('parseEnvFile', () => {
  it.each([
    ['A=1\n', [['A', '1']]],
    ['\ufeffA=1', [['A', '1']]],
    ['  B="q v"  \n', [['B', '"q v"  ']]],
    ['# c\n\nC=\n', [['C', '']]],
    ['D=x=y\r\n', [['D', 'x=y']]],
    ['HOME\nNOPE\n', [['HOME', '/home/u']]],
    ['A=1\nA=2', [['A', '1'], ['A', '2']]],
  ])('%j', (text, vars) => {
    expect(parseEnvFile(bytes(text), '/w/.env', { HOME: '/home/u' })).toEqual({ ok: true, vars });
  });

  it.each([
    ['A B=1', "invalid env file (/w/.env): variable 'A B' contains whitespaces"],
    ['=1', "invalid env file (/w/.env): no variable name on line '=1'"],
  ])('rejects %j', (text, error) => {
    expect(parseEnvFile(bytes(text), '/w/.env', {})).toEqual({ ok: false, error });
  });

  it('strips a BOM on the first line only', () => {
    expect(parseEnvFile(bytes('X\n\ufeffY=1'), '/w/.env', {})).toEqual({ ok: true, vars: [['\ufeffY', '1']] });
  });

  it('rejects invalid UTF-8 with the line number and bytes', () => {
    const r = parseEnvFile(new Uint8Array([0x41, 0x3d, 0x0a, 0x42, 0xff]), '/w/.env', {});
    expect(r).toEqual({ ok: false, error: 'invalid env file (/w/.env): invalid utf8 bytes at line 2: [66 255]' });
  });
});
