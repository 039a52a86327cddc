import { describe, expect, it } from 'vitest';
import type { StackConfig } from '../../../src/model/stack-config.js';
import { NO_PRIVILEGES, plan, stepsOf } from './helpers.js';

// Every expected body in this file was recorded from `docker stack deploy --resolve-image never`
// (CLI 28.2.2, engine 20.10 / API 1.41) through engine-recorder.mjs, for the compose file these
// configs are the `docker stack config` form of, deployed as stack `s1` (IDs replaced by refs).
const stack: Omit<StackConfig, 'version'> = {
  services: {
    web: {
      hostname: 'h', image: 'nginx', isolation: 'default', stop_signal: 'SIGTERM', user: '1000', working_dir: '/w',
      cap_add: ['sys_nice', 'CAP_NET_ADMIN'], cap_drop: ['CHOWN', 'CAP_NET_ADMIN'],
      read_only: true, stdin_open: true, tty: true, init: false, command: ['a', 'b'], entrypoint: ['/e'],
      configs: [{ source: 'c1', target: '/etc/cfg' }],
      secrets: [{ source: 's1' }, { source: 's1', target: '/x/y', uid: '1', gid: '2', mode: 256 }],
      deploy: {
        replicas: 0, labels: { dl: 'x' },
        update_config: { parallelism: 2, delay: '10s', failure_action: 'rollback', monitor: '1m0s', max_failure_ratio: 0.5, order: 'start-first' },
        rollback_config: {},
        resources: {
          limits: { cpus: '0.5', memory: 536870912, pids: 10 },
          reservations: { cpus: '3/2', memory: 8388608, generic_resources: [{ discrete_resource_spec: { kind: 'gpu', value: 2 } }] },
        },
        restart_policy: { condition: 'on-failure', delay: '5s', max_attempts: 0, window: '2m0s' },
        placement: { constraints: ['node.role==manager'], preferences: [{ spread: 'node.labels.az' }], max_replicas_per_node: 2 },
        endpoint_mode: 'VIP',
      },
      dns: ['8.8.8.8', 'notanip'], dns_search: ['example.com'],
      extra_hosts: ['somehost:162.242.195.82', 'v6host:::1'],
      healthcheck: { test: ['CMD', 'true'], timeout: '5s', interval: '10s', start_period: '1s', retries: 3 },
      labels: { z: '1', a: '2' },
      logging: { driver: 'json-file', options: { 'max-size': '10m' } },
      networks: { back: { aliases: ['bk'] }, front: null },
      ports: [
        { mode: 'ingress', target: 80, published: 8080, protocol: 'tcp' },
        { mode: 'host', target: 90, published: 9090, protocol: 'udp' },
        { mode: 'ingress', target: 70, published: 7000, protocol: 'tcp' },
      ],
      stop_grace_period: '1m30s',
      sysctls: { 'net.core.somaxconn': '1024' },
      ulimits: { nproc: 65535, nofile: { soft: 20000, hard: 40000 } },
      environment: { B: '2', A: '1', C: null },
      volumes: [
        { type: 'volume', source: 'data', target: '/data', volume: { nocopy: true } },
        { type: 'bind', source: '/tmp', target: '/src', read_only: true },
        { type: 'tmpfs', target: '/tmp2', tmpfs: { size: 1000 } },
        { type: 'volume', target: '/anon' },
        { type: 'volume', source: 'extvol', target: '/ext' },
      ],
    },
    db: { image: 'docker.io/library/redis', restart: 'on-failure' },
  },
  networks: {
    back: { driver: 'overlay', driver_opts: { encrypted: 'true' }, ipam: { config: [{ subnet: '10.99.0.0/24' }] }, labels: { x: 'y' } },
    front: { internal: true, attachable: true },
    unused: {},
  },
  volumes: {
    data: { driver: 'local', driver_opts: { type: 'tmpfs', device: 'tmpfs' }, labels: { vl: '1' } },
    extvol: { external: true, name: 'extvol' },
  },
  secrets: { s1: { labels: { sl: '1' }, file: '/p/s.txt' }, s2: { file: '/p/s.txt' } },
  configs: { c1: { template_driver: 'golang', file: '/p/c.txt' } },
};
const files = { '/p/s.txt': 'secret-data\n', '/p/c.txt': 'cfg\n' };

const network = (name: string, over: Record<string, unknown>) => ({
  Driver: 'overlay', Scope: '', IPAM: null, Internal: false, Attachable: false, Ingress: false, ConfigOnly: false,
  ConfigFrom: null, Options: null, Labels: { 'com.docker.stack.namespace': 's1' }, Name: name, CheckDuplicate: true, ...over,
});

describe('buildPlan on a recorded stack', () => {
  const result = plan(stack, { files });

  it('reports nothing', () => {
    expect(result.diagnostics).toStrictEqual([]);
  });

  it('orders steps by phase, then by name', () => {
    expect(result.plan!.steps.map((s) => s.id)).toStrictEqual([
      'network:s1_back', 'network:s1_default', 'network:s1_front',
      'secret:s1_s1', 'secret:s1_s2', 'config:s1_c1', 'service:s1_db', 'service:s1_web',
    ]);
  });

  it('creates only the networks services use, with their recorded bodies', () => {
    expect(stepsOf(result.plan, 'network').map((s) => s.body)).toStrictEqual([
      network('s1_back', {
        IPAM: { Driver: '', Options: null, Config: [{ Subnet: '10.99.0.0/24' }] },
        Options: { encrypted: 'true' }, Labels: { 'com.docker.stack.namespace': 's1', x: 'y' },
      }),
      network('s1_default', {}),
      network('s1_front', { Internal: true, Attachable: true }),
    ]);
  });

  it('creates every secret and config with base64 data', () => {
    expect([...stepsOf(result.plan, 'secret'), ...stepsOf(result.plan, 'config')].map((s) => [s.path, s.body])).toStrictEqual([
      ['/secrets/create', { Name: 's1_s1', Labels: { 'com.docker.stack.namespace': 's1', sl: '1' }, Data: 'c2VjcmV0LWRhdGEK' }],
      ['/secrets/create', { Name: 's1_s2', Labels: { 'com.docker.stack.namespace': 's1' }, Data: 'c2VjcmV0LWRhdGEK' }],
      ['/configs/create', { Name: 's1_c1', Labels: { 'com.docker.stack.namespace': 's1' }, Data: 'Y2ZnCg==', Templating: { Name: 'golang' } }],
    ]);
  });

  it('sends the minimal service with on-failure and no count as MaxAttempts 0 (28.2.2)', () => {
    expect(stepsOf(result.plan, 'service')[0]!.body).toStrictEqual({
      Name: 's1_db',
      Labels: { 'com.docker.stack.image': 'docker.io/library/redis', 'com.docker.stack.namespace': 's1' },
      TaskTemplate: {
        ContainerSpec: { Image: 'redis:latest', Labels: { 'com.docker.stack.namespace': 's1' }, Privileges: NO_PRIVILEGES },
        Resources: {},
        RestartPolicy: { Condition: 'on-failure', MaxAttempts: 0 },
        Placement: {},
        Networks: [{ Target: 's1_default', Aliases: ['db'] }],
        ForceUpdate: 0,
      },
      Mode: { Replicated: {} },
      EndpointSpec: {},
    });
  });

  it('sends the full service body docker sends, key order included', () => {
    const body = stepsOf(result.plan, 'service')[1]!.body;
    const expected = {
      Name: 's1_web',
      Labels: { 'com.docker.stack.image': 'nginx', 'com.docker.stack.namespace': 's1', dl: 'x' },
      TaskTemplate: {
        ContainerSpec: {
          Image: 'nginx:latest',
          Labels: { a: '2', 'com.docker.stack.namespace': 's1', z: '1' },
          Command: ['/e'], Args: ['a', 'b'], Hostname: 'h', Env: ['A=1', 'B=2', 'C'], Dir: '/w', User: '1000',
          Privileges: NO_PRIVILEGES, Init: false, StopSignal: 'SIGTERM', TTY: true, OpenStdin: true, ReadOnly: true,
          Mounts: [
            {
              Type: 'volume', Source: 's1_data', Target: '/data',
              VolumeOptions: {
                NoCopy: true, Labels: { 'com.docker.stack.namespace': 's1', vl: '1' },
                DriverConfig: { Name: 'local', Options: { device: 'tmpfs', type: 'tmpfs' } },
              },
            },
            { Type: 'bind', Source: '/tmp', Target: '/src', ReadOnly: true },
            { Type: 'tmpfs', Target: '/tmp2', TmpfsOptions: { SizeBytes: 1000 } },
            { Type: 'volume', Target: '/anon' },
            { Type: 'volume', Source: 'extvol', Target: '/ext', VolumeOptions: {} },
          ],
          StopGracePeriod: 90000000000,
          Healthcheck: { Test: ['CMD', 'true'], Interval: 10000000000, Timeout: 5000000000, StartPeriod: 1000000000, Retries: 3 },
          Hosts: ['162.242.195.82 somehost', '::1 v6host'],
          DNSConfig: { Nameservers: ['8.8.8.8', 'notanip'], Search: ['example.com'] },
          Secrets: [
            // Docker orders these two (same name) at random; ties go by target here.
            { File: { Name: '/x/y', UID: '1', GID: '2', Mode: 256 }, SecretID: { $ref: 'secret', name: 's1_s1' }, SecretName: 's1_s1' },
            { File: { Name: 's1', UID: '0', GID: '0', Mode: 292 }, SecretID: { $ref: 'secret', name: 's1_s1' }, SecretName: 's1_s1' },
          ],
          Configs: [
            { File: { Name: '/etc/cfg', UID: '0', GID: '0', Mode: 292 }, ConfigID: { $ref: 'config', name: 's1_c1' }, ConfigName: 's1_c1' },
          ],
          Isolation: 'default',
          Sysctls: { 'net.core.somaxconn': '1024' },
          CapabilityAdd: ['CAP_NET_ADMIN', 'CAP_SYS_NICE'],
          CapabilityDrop: ['CAP_CHOWN'],
          Ulimits: [{ Name: 'nofile', Hard: 40000, Soft: 20000 }, { Name: 'nproc', Hard: 65535, Soft: 65535 }],
        },
        Resources: {
          Limits: { NanoCPUs: 500000000, MemoryBytes: 536870912, Pids: 10 },
          Reservations: { NanoCPUs: 1500000000, MemoryBytes: 8388608, GenericResources: [{ DiscreteResourceSpec: { Kind: 'gpu', Value: 2 } }] },
        },
        RestartPolicy: { Condition: 'on-failure', Delay: 5000000000, MaxAttempts: 0, Window: 120000000000 },
        Placement: { Constraints: ['node.role==manager'], Preferences: [{ Spread: { SpreadDescriptor: 'node.labels.az' } }], MaxReplicas: 2 },
        Networks: [{ Target: 's1_back', Aliases: ['bk', 'web'] }, { Target: 's1_front', Aliases: ['web'] }],
        LogDriver: { Name: 'json-file', Options: { 'max-size': '10m' } },
        ForceUpdate: 0,
      },
      Mode: { Replicated: { Replicas: 0 } },
      UpdateConfig: { Parallelism: 2, Delay: 10000000000, FailureAction: 'rollback', Monitor: 60000000000, MaxFailureRatio: 0.5, Order: 'start-first' },
      RollbackConfig: { Parallelism: 1, MaxFailureRatio: 0, Order: '' },
      EndpointSpec: {
        Mode: 'vip',
        Ports: [
          { Protocol: 'tcp', TargetPort: 70, PublishedPort: 7000, PublishMode: 'ingress' },
          { Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' },
          { Protocol: 'udp', TargetPort: 90, PublishedPort: 9090, PublishMode: 'host' },
        ],
      },
    };
    expect(body).toStrictEqual(expected);
    expect(JSON.stringify(body)).toBe(JSON.stringify(expected));
  });

  it('lists no externals for non-external objects', () => {
    expect(result.plan!.externals).toStrictEqual({ networks: [], secrets: [], configs: [] });
  });

  it('hides secret data behind a file source unless revealed', () => {
    const hidden = plan(stack, { files, revealSecrets: false }).plan!;
    expect(stepsOf(hidden, 'secret')[0]!.body.Data).toStrictEqual({ $source: 'file', path: '/p/s.txt' });
  });
});
