import { describe, expect, it } from 'vitest';
import { mergeServiceNetworks, type ServiceNetworks } from '../../src/merge/networks.js';

// Observed with `docker stack config` (fixtures/merge/service-networks), §7 item 10.
describe('mergeServiceNetworks', () => {
  it.each<[string, ServiceNetworks, ServiceNetworks, ServiceNetworks]>([
    ['list form gives a union of nulls', { n1: null, n2: null }, { n2: null, n3: null }, { n1: null, n2: null, n3: null }],
    [
      'aliases replaced, addresses replaced when set, override driver_opts ignored',
      { n: { aliases: ['a1', 'a2'], ipv4_address: '10.0.0.5', driver_opts: { base: '1' } } },
      { n: { aliases: ['a3'], ipv4_address: '10.0.0.6', ipv6_address: 'fe80::1', driver_opts: { over: '2' } } },
      { n: { aliases: ['a3'], ipv4_address: '10.0.0.6', ipv6_address: 'fe80::1', driver_opts: { base: '1' } } },
    ],
    ['aliases: [] removes them', { n: { aliases: ['b1'] } }, { n: { aliases: [] } }, { n: {} }],
    ['{} removes aliases, keeps the address', { n: { aliases: ['e1'], ipv4_address: '10.0.0.9' } }, { n: {} }, { n: { ipv4_address: '10.0.0.9' } }],
    ['a null base entry takes the override', { n: null }, { n: { aliases: ['c1'] } }, { n: { aliases: ['c1'] } }],
    ['a null override keeps the base', { n: { aliases: ['d1'] } }, { n: null }, { n: { aliases: ['d1'] } }],
    ['a null override keeps a base {}', { n: {} }, { n: null }, { n: {} }],
    ['new entries are added', {}, { g: { aliases: ['g1'] } }, { g: { aliases: ['g1'] } }],
  ])('%s', (_label, base, override, want) => {
    expect(mergeServiceNetworks(base, override)).toStrictEqual(want);
  });
});
