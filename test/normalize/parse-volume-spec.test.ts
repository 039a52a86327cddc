import { describe, it, expect } from 'vitest';
import { parseVolumeSpec } from '../../src/normalize/parse-volume-spec.js';

// Shapes observed with `docker stack config` (before bind-path resolution).
describe('parseVolumeSpec', () => {
  it.each([
    ['/data', { type: 'volume', target: '/data' }],
    ['ab', { type: 'volume', target: 'ab' }],
    ['data:/d', { type: 'volume', source: 'data', target: '/d' }],
    ['./x:/x', { type: 'bind', source: './x', target: '/x' }],
    ['~/x:/x:ro', { type: 'bind', source: '~/x', target: '/x', read_only: true }],
    ['/a:/b:ro,nocopy', { type: 'bind', source: '/a', target: '/b', read_only: true, volume: { nocopy: true } }],
    ['/a:/b:ro,rw,rshared,z', { type: 'bind', source: '/a', target: '/b', bind: { propagation: 'rshared' } }],
    ['v:/data', { type: 'volume', target: 'v:/data' }],
    ['C:\\data:/e', { type: 'bind', source: 'C:\\data', target: '/e' }],
    ['1:/data', { type: 'volume', source: '1', target: '/data' }],
    ['a:b:rw,nocopy', { type: 'bind', source: 'a:b', target: 'rw,nocopy' }],
    ['\\\\srv\\share:/f', { type: 'bind', source: '\\\\srv\\share', target: '/f' }],
  ])('%s', (spec, volume) => {
    expect(parseVolumeSpec(spec)).toEqual({ ok: true, volume });
  });

  it.each([
    ['', 'invalid empty volume spec'],
    [':foo', 'invalid spec: :foo: empty section between colons'],
    ['/foo:/foo:ro:foo', 'invalid spec: /foo:/foo:ro:foo: too many colons'],
  ])('rejects %j', (spec, error) => {
    expect(parseVolumeSpec(spec)).toEqual({ ok: false, error });
  });
});
