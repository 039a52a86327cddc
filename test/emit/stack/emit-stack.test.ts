import { describe, it, expect } from 'vitest';
import { emitStackYaml, toCanonicalObject } from '../../../src/emit/stack/index.js';
import type { ServiceConfig, StackConfig } from '../../../src/model/stack-config.js';

describe('emitStackYaml: struct rules', () => {
  // Expected text observed with `docker stack config` on the equivalent compose file
  // (services "10"/"9" with `init: false`, empty `healthcheck`, `logging`, `update_config`,
  // `placement`, `resources`, `credential_spec`, and `$$` in values and keys).
  const config: StackConfig = {
    version: '3.13',
    services: {
      '10': {
        image: 'x',
        init: false,
        healthcheck: {},
        logging: {},
        deploy: { update_config: {}, placement: {}, resources: {} },
      },
      '9': {
        deploy: { placement: {} },
        credential_spec: {},
        environment: { P: '$HOME' },
        labels: { $$k: 'v$' },
        extensions: { 'x-e': { $$a: ['$b'] } },
      },
    },
  };

  it('prints pointers when set, drops empty value structs, natural-sorts integer-like names', () => {
    expect(emitStackYaml(config, { escapeDollar: false })).toBe(`version: "3.13"
services:
  "9":
    environment:
      P: $HOME
    labels:
      $$k: v$
    x-e:
      $$a:
        - $b
  "10":
    deploy:
      update_config: {}
    healthcheck: {}
    image: x
    init: false
    logging: {}
`);
  });

  it('escapeDollar doubles `$` in values only (docker never interpolates keys)', () => {
    const text = emitStackYaml(config, { escapeDollar: true });
    expect(text).toContain('      P: $$HOME\n');
    expect(text).toContain('      $$k: v$$\n');
    expect(text).toContain('      $$a:\n        - $$b\n');
  });

  it('null and empty definitions', () => {
    const c: StackConfig = {
      version: '3.8',
      services: { s: { image: 'x', networks: { a: null, b: {} } } },
      networks: { a: null as never, b: {} },
      volumes: { v: null as never },
    };
    expect(emitStackYaml(c, { escapeDollar: false })).toBe(
      'version: "3.8"\nservices:\n  s:\n    image: x\n    networks:\n      a: null\n      b: {}\nnetworks:\n  a: {}\n  b: {}\nvolumes:\n  v: {}\n',
    );
  });

  it('empty services print `services: {}`', () => {
    expect(emitStackYaml({ version: '3.13', services: {} }, { escapeDollar: false })).toBe('version: "3.13"\nservices: {}\n');
  });

  it('top-level extensions come last, natural-sorted, after configs', () => {
    const c: StackConfig = {
      version: '3.13',
      services: {},
      configs: { c: { file: '/abs/c.txt' } },
      extensions: { 'x-10': 1, 'x-9': { b: [], a: {} } },
    };
    expect(emitStackYaml(c, { escapeDollar: false })).toBe(
      'version: "3.13"\nservices: {}\nconfigs:\n  c:\n    file: /abs/c.txt\nx-9:\n  a: {}\n  b: []\nx-10: 1\n',
    );
  });
});

describe('toCanonicalObject', () => {
  it('returns plain data in print order, floats as numbers, sizes as strings', () => {
    const c: StackConfig = {
      version: '3.13',
      services: {
        web: {
          image: 'nginx',
          deploy: { resources: { limits: { memory: 536870912 } }, update_config: { max_failure_ratio: 0.1 }, replicas: 0 },
          command: ['a'],
        },
      },
    };
    const obj = toCanonicalObject(c, { escapeDollar: false });
    expect(obj).toEqual({
      version: '3.13',
      services: {
        web: {
          command: ['a'],
          deploy: { replicas: 0, update_config: { max_failure_ratio: 0.1 }, resources: { limits: { memory: '536870912' } } },
          image: 'nginx',
        },
      },
    });
    const web = (obj.services as Record<string, Record<string, unknown>>).web!;
    expect(Object.keys(web)).toEqual(['command', 'deploy', 'image']);
    expect(Object.keys(web.deploy as object)).toEqual(['replicas', 'update_config', 'resources']);
  });
});

describe('large stacks', () => {
  it('emits 20,000 services', () => {
    const services: Record<string, ServiceConfig> = {};
    for (let i = 0; i < 20000; i++) {
      services[`svc-${i}`] = {
        image: `registry.example.com/team/app-${i % 50}:1.${i % 7}`,
        environment: { A: `v${i}`, B: null, PORT: String(8000 + (i % 100)) },
        labels: { 'com.example.tier': 'web', rule: `Host(\`h${i}.example.com\`)` },
        command: ['sh', '-c', 'echo hi && sleep 1000'],
        ports: [{ mode: 'ingress', target: 80, published: 10000 + (i % 50000), protocol: 'tcp' }],
        networks: { front: null },
        deploy: { replicas: 2, resources: { limits: { cpus: '0.5', memory: 536870912 } } },
      };
    }
    // Speed is measured by `npm run bench`; here, that a large stack prints whole and in order.
    const text = emitStackYaml({ version: '3.13', services }, { escapeDollar: true });
    expect(text.startsWith('version: "3.13"\nservices:\n  svc-0:\n')).toBe(true);
    expect(text.split('\n  svc-').length - 1).toBe(20000);
  });
});
