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

  it('leaves its inputs untouched and shares nothing with them', () => {
    const before = structuredClone([base, override]);
    const merged = mergeStackConfigs(base, override);
    expect([base, override]).toStrictEqual(before);
    expect(merged.services.web).not.toBe(base.services.web);
    expect(merged.secrets?.s).not.toBe(base.secrets?.s);
  });

  it('omits sections absent from both files', () => {
    expect(mergeStackConfigs({ version: '3.13', services: {} }, { version: '3.13', services: {} })).toStrictEqual({
      version: '3.13',
      services: {},
    });
  });
});
