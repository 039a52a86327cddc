import { describe, it, expect } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { checkForbidden } from '../../src/validate/index.js';

function run(data: unknown): DiagnosticInput[] {
  const out: DiagnosticInput[] = [];
  checkForbidden(data, 'f.yml', (d) => out.push(d));
  return out;
}

// `docker stack config` rejects each of these with `Configuration contains forbidden properties`
// (observed with docker CLI 28.2.2); descriptions are docker's (stack-deploy.md §1.6).
describe('checkForbidden', () => {
  it.each(['extends', 'volume_driver', 'volumes_from', 'cpu_quota', 'cpu_shares', 'cpuset', 'mem_limit', 'memswap_limit'])('rejects %s', (key) => {
    const out = run({ services: { web: { image: 'x', [key]: 'v' } } });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      code: 'validate/forbidden-property',
      severity: 'error',
      file: 'f.yml',
      path: ['services', 'web', key],
      atKey: true,
      data: { property: key, dockerMessage: 'Configuration contains forbidden properties' },
    });
  });

  it('reports one error per key, in document order', () => {
    const out = run({ services: { a: { mem_limit: 1, extends: 'b' }, b: { cpuset: '0' } } });
    expect(out.map((d) => d.path)).toEqual([
      ['services', 'a', 'mem_limit'],
      ['services', 'a', 'extends'],
      ['services', 'b', 'cpuset'],
    ]);
    expect(out[1]?.message).toBe('extends is not supported by docker stack: Support for `extends` is not implemented yet.');
  });

  it.each<[string, unknown]>([
    ['no services', { version: '3.8' }],
    ['null service', { services: { a: null } }],
    ['nested keys are not checked', { services: { a: { deploy: { mem_limit: 1 } } } }],
    ['top-level keys are not checked', { extends: 1 }],
    ['not a mapping', [1]],
    // Keys Object.prototype has are unknown properties (the schema's to report), not forbidden ones.
    ['inherited object keys', { services: { a: { constructor: 1, toString: 'x', hasOwnProperty: 2 } } }],
  ])('ignores %s', (_name, data) => {
    expect(run(data)).toEqual([]);
  });
});
