import { describe, it, expect } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { checkVersion, isSupportedVersion, readVersion } from '../../src/validate/index.js';

// Normalization observed with `docker stack config` (docker CLI 28.2.2), stack-deploy.md §1.3.
describe('readVersion', () => {
  it.each<[unknown, string]>([
    [{}, '3.13'],
    [{ version: '' }, '3.13'],
    [{ version: '3' }, '3.13'],
    [{ version: 3 }, '3.13'],
    [{ version: '3.8' }, '3.8'],
    [{ version: 3.8 }, '3.8'],
    [{ version: 3.1 }, '3.1'],
    [{ version: 3.10 }, '3.1'], // a YAML float 3.10 prints as 3.1
    [{ version: '3.10' }, '3.10'],
    [{ version: '2.0' }, '2.0'],
    [{ version: 2 }, '2'],
    [{ version: '${V}' }, '${V}'],
    [{ version: '3.4.1' }, '3.4.1'],
    [{ version: null }, '<nil>'],
    [{ version: true }, 'true'],
    [{ version: 1e6 }, '1000000'],
    [{ version: 0.00001 }, '1e-05'],
    [null, '3.13'],
  ])('%j -> %s', (data, expected) => {
    expect(readVersion(data)).toBe(expected);
  });
});

describe('isSupportedVersion', () => {
  it.each<[string, boolean]>([
    ['3.0', true],
    ['3.7', true],
    ['3.13', true],
    ['3', false],
    ['3.14', false],
    ['3.80', false],
    ['2.0', false],
    ['3.4.1', false],
    ['${V}', false],
  ])('%s -> %s', (v, ok) => {
    expect(isSupportedVersion(v)).toBe(ok);
  });
});

describe('checkVersion', () => {
  it('reports docker’s message at the version value', () => {
    const out: DiagnosticInput[] = [];
    expect(checkVersion({ version: '2.0' }, { file: 'a.yml', version: '2.0' }, (d) => out.push(d))).toBe(false);
    expect(out[0]).toMatchObject({ code: 'validate/unsupported-version', message: 'unsupported Compose file version: 2.0', path: ['version'] });
  });

  it('accepts supported versions silently', () => {
    const out: DiagnosticInput[] = [];
    expect(checkVersion({}, { file: 'a.yml', version: '3.13' }, (d) => out.push(d))).toBe(true);
    expect(out).toEqual([]);
  });
});
