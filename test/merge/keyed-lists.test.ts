import { describe, expect, it } from 'vitest';
import { compareGoStrings } from '../../src/merge/go-order.js';
import { mergeFileReferences, mergePorts, mergeServiceVolumes } from '../../src/merge/keyed-lists.js';
import type { FileReference, PortConfig, ServiceVolumeConfig } from '../../src/model/stack-config.js';

// Expected values observed with `docker stack config` (fixtures/merge/ports, volumes,
// secrets-configs, empty-base-values) and stack-deploy.md §2.2 / §7 items 3, 4, 13.
const tcp = (published: number, target: number, protocol = 'tcp'): PortConfig => ({ mode: 'ingress', target, published, protocol });

describe('mergePorts', () => {
  it.each<[string, PortConfig[] | undefined, PortConfig[] | undefined, PortConfig[] | undefined]>([
    ['unpublished ports collapse, last wins, even without override ports', [{ target: 80 }, { target: 443 }], undefined, [{ target: 443 }]],
    ['tcp/udp on the same published port collapse', [tcp(53, 53), tcp(53, 53, 'udp')], undefined, [tcp(53, 53, 'udp')]],
    ['same published port: long override replaces wholesale', [tcp(8080, 80)], [{ target: 81, published: 8080 }], [{ target: 81, published: 8080 }]],
    ['different published ports: both, sorted numerically', [tcp(8081, 80)], [tcp(8080, 80)], [tcp(8080, 80), tcp(8081, 80)]],
    ['sorted numerically, not as strings', [tcp(9000, 1), tcp(100, 1)], undefined, [tcp(100, 1), tcp(9000, 1)]],
    ['no base list: override verbatim with duplicates', undefined, [tcp(90, 1), tcp(80, 1), tcp(80, 2)], [tcp(90, 1), tcp(80, 1), tcp(80, 2)]],
    ['explicit empty base list still collapses the override', [], [{ target: 81, published: 8080 }, { target: 80, published: 8080 }], [{ target: 80, published: 8080 }]],
  ])('%s', (_label, base, override, want) => {
    expect(mergePorts(base, override)).toStrictEqual(want);
  });
});

describe('mergeServiceVolumes', () => {
  const bind = (source: string, target: string): ServiceVolumeConfig => ({ type: 'bind', source, target });
  it.each<[string, ServiceVolumeConfig[] | undefined, ServiceVolumeConfig[] | undefined, ServiceVolumeConfig[] | undefined]>([
    ['same target collapses, sorted by target', [bind('/b', '/b'), bind('/a', '/a'), bind('/b2', '/b')], undefined, [bind('/a', '/a'), bind('/b2', '/b')]],
    ['override replaces by target; uppercase sorts first', [bind('/d', '/data')], [bind('/o', '/data'), bind('/B', '/B')], [bind('/B', '/B'), bind('/o', '/data')]],
    ['no base list: verbatim', undefined, [bind('/y', '/y'), bind('/x', '/x'), bind('/x2', '/x')], [bind('/y', '/y'), bind('/x', '/x'), bind('/x2', '/x')]],
  ])('%s', (_label, base, override, want) => {
    expect(mergeServiceVolumes(base, override)).toStrictEqual(want);
  });
});

describe('mergeFileReferences', () => {
  it.each<[string, FileReference[] | undefined, FileReference[] | undefined, FileReference[] | undefined]>([
    [
      'TestLoadMultipleSecretsConfig: merged by source, sorted',
      [{ source: 'foo' }, { source: 'bar', target: 'waw' }],
      [{ source: 'bar', target: 'bof' }, { source: 'baz', target: 'waw' }],
      [{ source: 'bar', target: 'bof' }, { source: 'baz', target: 'waw' }, { source: 'foo' }],
    ],
    ['same source twice collapses to the last', [{ source: 'foo', target: 'one' }, { source: 'foo', target: 'two', mode: 288 }], undefined, [{ source: 'foo', target: 'two', mode: 288 }]],
  ])('%s', (_label, base, override, want) => {
    expect(mergeFileReferences(base, override)).toStrictEqual(want);
  });
});

describe('compareGoStrings', () => {
  it.each([
    ['/B', '/a', -1],
    ['/a', '/a', 0],
    ['/a', '/ab', -1],
    // U+FFFD vs U+1F600: UTF-16 code units would order these the other way round.
    ['\uFFFD', '\u{1F600}', -1],
  ])('%j vs %j = %d', (a, b, want) => {
    expect(compareGoStrings(a, b)).toBe(want);
    expect(compareGoStrings(b, a)).toBe(-want || 0);
  });
});
