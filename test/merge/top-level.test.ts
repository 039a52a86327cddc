import { describe, expect, it } from 'vitest';
import { mergeStackConfigs } from '../../src/merge/index.js';
import type { StackConfig } from '../../src/model/stack-config.js';

// Observed with `docker stack config` (fixtures/merge/top-level), §2.1 and §7 item 12.
describe('top-level merge', () => {
  const base: StackConfig = {
    version: '3.8',
    services: { web: { image: 'nginx' } },
    networks: {
      n1: { driver: 'overlay', labels: { a: 'b' } },
      hostnet: { driver: 'overlay', ipam: { driver: 'default', config: [{ subnet: '10.0.0.0/24' }] } },
    },
    secrets: { s: { file: '/run/s', labels: { k: 'v' } } },
    extensions: { 'x-shared': 'base' },
  };
  const override: StackConfig = {
    version: '3.8',
    services: {},
    networks: { n1: { driver_opts: { o: '1' } }, hostnet: { name: 'host', external: true } },
    volumes: { v: { driver: 'local' } },
    configs: { c: { file: '/run/c' } },
    extensions: { 'x-shared': 'over', 'x-dropped': true },
  };

  it('replaces entries per key, keeps the base version and x-*', () => {
    expect(mergeStackConfigs(base, override)).toStrictEqual({
      version: '3.8',
      services: { web: { image: 'nginx' } },
      networks: {
        n1: { driver_opts: { o: '1' } },
        hostnet: { name: 'host', external: true },
      },
      volumes: { v: { driver: 'local' } },
      secrets: { s: { file: '/run/s', labels: { k: 'v' } } },
      configs: { c: { file: '/run/c' } },
      extensions: { 'x-shared': 'base' },
    });
  });

  it('leaves its inputs untouched; a service in both files becomes a new object', () => {
    const both: StackConfig = { ...override, services: { web: { image: 'nginx:2' } } };
    const before = structuredClone([base, both]);
    const merged = mergeStackConfigs(base, both);
    expect([base, both]).toStrictEqual(before);
    expect(merged.services.web).toStrictEqual({ image: 'nginx:2' });
    expect(merged.services.web).not.toBe(base.services.web);
    expect(merged.services.web).not.toBe(both.services.web);
  });

  it('omits sections absent from both files', () => {
    expect(mergeStackConfigs({ version: '3.13', services: {} }, { version: '3.13', services: {} })).toStrictEqual({
      version: '3.13',
      services: {},
    });
  });
});
