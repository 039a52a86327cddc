import { describe, expect, it } from 'vitest';
import type { StackConfig } from '../../../src/model/stack-config.js';
import { plan } from './helpers.js';

// dockerMessage texts recorded from `docker stack deploy` (CLI 28.2.2) on the same inputs; most
// of these docker only reports after it has created the stack's networks, secrets and configs.
type Case = [string, Partial<StackConfig> & { services: StackConfig['services'] }, string, (string | number)[], string];

describe('checks that fail the plan before any step', () => {
  it.each<Case>([
    ['undefined network', { services: { a: { image: 'x', networks: { nope: null } } } },
      'plan/undefined-network', ['services', 'a', 'networks', 'nope'], 'service a: undefined network "nope"'],
    ['undefined secret', { services: { a: { image: 'x', secrets: [{ source: 'nope' }] } } },
      'plan/undefined-secret', ['services', 'a', 'secrets', 0, 'source'], 'service a: undefined secret "nope"'],
    ['undefined config', { services: { a: { image: 'x', configs: [{ source: 'nope' }] } } },
      'plan/undefined-config', ['services', 'a', 'configs', 0, 'source'], 'service a: undefined config "nope"'],
    ['undefined credential-spec config', { services: { a: { image: 'x', credential_spec: { config: 'c' } } } },
      'plan/undefined-config', ['services', 'a', 'credential_spec', 'config'], 'service a: undefined config "c"'],
    ['undefined volume', { services: { a: { image: 'x', volumes: [{ type: 'volume', source: 'nope', target: '/x' }] } } },
      'plan/undefined-volume', ['services', 'a', 'volumes', 0], 'service a: undefined volume "nope"'],
    ['undefined cluster volume', { services: { a: { image: 'x', volumes: [{ type: 'cluster', source: 'cv', target: '/x' }] } } },
      'plan/undefined-volume', ['services', 'a', 'volumes', 0], 'service a: undefined volume "cv"'],
    ['unknown mode', { services: { a: { image: 'x', deploy: { mode: 'Global' } } } },
      'plan/unknown-mode', ['services', 'a', 'deploy', 'mode'], 'service a: Unknown mode: Global'],
    ['replicas with global', { services: { a: { image: 'x', deploy: { mode: 'global', replicas: 2 } } } },
      'plan/replicas-with-global', ['services', 'a', 'deploy', 'replicas'], 'service a: replicas can only be used with replicated or replicated-job mode'],
    ['replicas with global-job', { services: { a: { image: 'x', deploy: { mode: 'global-job', replicas: 2 } } } },
      'plan/replicas-with-global', ['services', 'a', 'deploy', 'replicas'], 'service a: replicas can only be used with replicated or replicated-job mode'],
    ['tmpfs options on a volume', { services: { a: { image: 'x', volumes: [{ type: 'volume', target: '/x', tmpfs: { size: 1 } }] } } },
      'plan/incompatible-mount-options', ['services', 'a', 'volumes', 0], 'service a: tmpfs options are incompatible with type volume'],
    ['bind options on a volume', { volumes: { v: {} }, services: { a: { image: 'x', volumes: [{ type: 'volume', source: 'v', target: '/x', bind: { propagation: 'shared' } }] } } },
      'plan/incompatible-mount-options', ['services', 'a', 'volumes', 0], 'service a: bind options are incompatible with type volume'],
    ['volume options on a bind', { services: { a: { image: 'x', volumes: [{ type: 'bind', source: '/tmp', target: '/x', volume: { nocopy: true } }] } } },
      'plan/incompatible-mount-options', ['services', 'a', 'volumes', 0], 'service a: volume options are incompatible with type bind'],
    ['tmpfs with a source', { services: { a: { image: 'x', volumes: [{ type: 'tmpfs', source: '/tmp', target: '/x' }] } } },
      'plan/tmpfs-source', ['services', 'a', 'volumes', 0], 'service a: invalid tmpfs source, source must be empty'],
    ['empty bind source', { services: { a: { image: 'x', volumes: [{ type: 'bind', target: '/x' }] } } },
      'plan/empty-mount-source', ['services', 'a', 'volumes', 0], 'service a: invalid bind source, source cannot be empty'],
    ['empty npipe source', { services: { a: { image: 'x', volumes: [{ type: 'npipe', target: '/x' }] } } },
      'plan/empty-mount-source', ['services', 'a', 'volumes', 0], 'service a: invalid npipe source, source cannot be empty'],
    ['empty image source', { services: { a: { image: 'x', volumes: [{ type: 'image', target: '/x' }] } } },
      'plan/empty-mount-source', ['services', 'a', 'volumes', 0], 'service a: invalid image source, source cannot be empty'],
    ['unknown mount type', { services: { a: { image: 'x', volumes: [{ type: 'weird', source: '/tmp', target: '/x' }] } } },
      'plan/unknown-mount-type', ['services', 'a', 'volumes', 0], 'service a: volume type must be volume, bind, tmpfs, npipe, or cluster'],
    ['unknown restart policy', { services: { a: { image: 'x', restart: 'sometimes' } } },
      'plan/restart-policy', ['services', 'a', 'restart'], 'service a: unknown restart policy: sometimes'],
    ['healthcheck test and disable', { services: { a: { image: 'x', healthcheck: { test: ['CMD', 'x'], disable: true } } } },
      'plan/healthcheck-disable-conflict', ['services', 'a', 'healthcheck'], "service a: test and disable can't be set at the same time"],
    ['cpus not a number', { services: { a: { image: 'x', deploy: { resources: { limits: { cpus: 'abc' } } } } } },
      'plan/invalid-cpus', ['services', 'a', 'deploy', 'resources', 'limits', 'cpus'], 'service a: failed to parse abc as a rational number'],
    ['cpus too precise', { services: { a: { image: 'x', deploy: { resources: { reservations: { cpus: '0.0000000001' } } } } } },
      'plan/invalid-cpus', ['services', 'a', 'deploy', 'resources', 'reservations', 'cpus'], 'service a: value is too precise'],
    ['duplicate secret target', {
      secrets: { s: { file: '/p/s' }, s2: { file: '/p/s' } },
      services: { a: { image: 'x', secrets: [{ source: 's', target: 't' }, { source: 's2', target: 't' }] } },
    }, 'plan/duplicate-target', ['services', 'a', 'secrets', 1], 'service a: duplicate secret target for s1_s2 not allowed'],
    ['duplicate config target (default target = source)', {
      configs: { c: { file: '/p/c' } },
      services: { a: { image: 'x', configs: [{ source: 'c' }, { source: 'c', target: 'c' }] } },
    }, 'plan/duplicate-target', ['services', 'a', 'configs', 1], 'service a: duplicate config target for s1_c not allowed'],
    ['two credential-spec sources', { services: { a: { image: 'x', credential_spec: { file: 'f', registry: 'r' } } } },
      'plan/credential-spec', ['services', 'a', 'credential_spec'], 'service a: invalid credential spec: cannot specify both "File" and "Registry"'],
    ['three credential-spec sources', { configs: { c: { file: '/p/c' } }, services: { a: { image: 'x', credential_spec: { config: 'c', file: 'f', registry: 'r' } } } },
      'plan/credential-spec', ['services', 'a', 'credential_spec'], 'service a: invalid credential spec: cannot specify both "Config", "File", and "Registry"'],
    ['credential-spec config with a custom name (docker bug)', {
      configs: { c: { file: '/p/c', name: 'custom' } },
      services: { a: { image: 'x', credential_spec: { config: 'c' }, configs: [{ source: 'c' }] } },
    }, 'plan/credential-spec', ['services', 'a', 'credential_spec', 'config'], 'service a: invalid credential spec: spec specifies config c, but no such config can be found'],
    ['missing secret file', { secrets: { s: { file: '/p/nope.txt' } }, services: {} },
      'plan/unreadable-file', ['secrets', 's', 'file'], 'open /p/nope.txt: no such file or directory'],
    ['config file is a directory', { configs: { c: { file: '/dir', name: 'x' } }, services: {} },
      'plan/unreadable-file', ['configs', 'c', 'file'], 'read /dir: is a directory'],
    ['no image', { services: { a: { command: ['x'] } } },
      'plan/invalid-image', ['services', 'a'], 'invalid image reference for service a: no image specified'],
    ['uppercase image', { services: { a: { image: 'UPPER' } } },
      'plan/invalid-image', ['services', 'a', 'image'], 'invalid image reference for service a: invalid reference format: repository name (library/UPPER) must be lowercase'],
  ])('%s', (_label, config, code, path, dockerMessage) => {
    const { plan: p, diagnostics } = plan(config);
    expect(p).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.path, d.data?.dockerMessage])).toStrictEqual([[code, 'error', path, dockerMessage]]);
  });

  it('reports every problem of every service, not just the first', () => {
    const { diagnostics } = plan({
      services: {
        a: { image: 'x', networks: { n1: null }, deploy: { mode: 'bogus' } },
        b: { image: 'x', restart: 'on-failure:x' },
      },
    });
    expect(diagnostics.map((d) => d.data?.dockerMessage)).toStrictEqual([
      'service a: undefined network "n1"',
      'service a: Unknown mode: bogus',
      'service b: invalid restart policy format: maximum retry count must be an integer',
    ]);
  });

  it('accepts a bare 64-hex image ID like docker’s image check', () => {
    const { diagnostics } = plan({ services: { a: { image: 'a'.repeat(64) } } });
    expect(diagnostics).toStrictEqual([]);
  });
});
