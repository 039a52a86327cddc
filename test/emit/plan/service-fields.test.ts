import { describe, expect, it } from 'vitest';
import type { ServiceConfig, StackConfig } from '../../../src/model/stack-config.js';
import { containerSpec, plan, serviceBody, stepsOf, taskTemplate } from './helpers.js';

// Expected values recorded from docker stack deploy --resolve-image never (CLI 28.2.2, API 1.41)
// unless a comment says otherwise.

describe('ContainerSpec fields', () => {
  it.each<[string, ServiceConfig, Record<string, unknown>]>([
    ['init true is sent', { image: 'busybox', init: true }, { Init: true }],
    ['env sorted by bytes, null bare, = kept', { image: 'busybox', environment: { Z: '', a: 'x=y', B: null } }, { Env: ['B', 'Z=', 'a=x=y'] }],
    ['dns_search alone', { image: 'busybox', dns_search: ['x.org'] }, { DNSConfig: { Search: ['x.org'] } }],
    ['an empty dns list still sends DNSConfig', { image: 'busybox', dns: [] }, { DNSConfig: {} }],
    ['empty extra_hosts are not sent', { image: 'busybox', extra_hosts: [] }, {}],
    ['healthcheck disable', { image: 'busybox', healthcheck: { disable: true } }, { Healthcheck: { Test: ['NONE'] } }],
    ['healthcheck {}', { image: 'busybox', healthcheck: {} }, { Healthcheck: {} }],
    ['healthcheck timings, retries 0 dropped, start_interval kept',
      { image: 'busybox', healthcheck: { interval: '1s', start_interval: '2s', retries: 0 } },
      { Healthcheck: { Interval: 1000000000, StartInterval: 2000000000 } }],
    ['stop_grace_period 0s is sent', { image: 'busybox', stop_grace_period: '0s' }, { StopGracePeriod: 0 }],
    ['cap_add ALL collapses and keeps drops', { image: 'busybox', cap_add: ['ALL', 'net_admin', ' sys_time '], cap_drop: ['NET_ADMIN', 'chown', 'CHOWN'] },
      { CapabilityAdd: ['ALL'], CapabilityDrop: ['CAP_CHOWN', 'CAP_NET_ADMIN'] }],
    ['cap_drop ALL collapses', { image: 'busybox', cap_drop: ['ALL', 'chown'], cap_add: ['chown'] },
      { CapabilityAdd: ['CAP_CHOWN'], CapabilityDrop: ['ALL'] }],
    ['credential spec file', { image: 'busybox', credential_spec: { file: 'spec.json' } },
      { Privileges: { CredentialSpec: { Config: '', File: 'spec.json', Registry: '' }, SELinuxContext: null, NoNewPrivileges: false } }],
    ['credential spec registry', { image: 'busybox', credential_spec: { registry: 'reg' } },
      { Privileges: { CredentialSpec: { Config: '', File: '', Registry: 'reg' }, SELinuxContext: null, NoNewPrivileges: false } }],
  ])('%s', (_label, service, want) => {
    const spec = containerSpec(service);
    const keys = Object.keys(want);
    expect(Object.fromEntries(keys.map((k) => [k, spec[k]]))).toStrictEqual(want);
    if (keys.length === 0) expect(spec.Hosts).toBeUndefined();
  });

  it('normalizes the image and keeps the raw one in the label', () => {
    const body = serviceBody({ image: 'localhost:5000/app' });
    expect([(body.Labels as Record<string, string>)['com.docker.stack.image'], containerSpec({ image: 'localhost:5000/app' }).Image])
      .toStrictEqual(['localhost:5000/app', 'localhost:5000/app:latest']);
  });

  it('overwrites user labels with the namespace and image labels', () => {
    const body = serviceBody({ image: 'x', deploy: { labels: { 'com.docker.stack.image': 'u', 'com.docker.stack.namespace': 'u' } } });
    expect(body.Labels).toStrictEqual({ 'com.docker.stack.image': 'x', 'com.docker.stack.namespace': 's1' });
  });
});

describe('TaskTemplate fields', () => {
  it.each<[string, ServiceConfig, Record<string, unknown>]>([
    ['logging without driver', { image: 'x', logging: { options: { k: 'v' } } }, { LogDriver: { Options: { k: 'v' } } }],
    ['logging driver only', { image: 'x', logging: { driver: 'syslog' } }, { LogDriver: { Name: 'syslog' } }],
    ['empty restart_policy', { image: 'x', deploy: { restart_policy: {} } }, { RestartPolicy: {} }],
    ['empty limits and reservations', { image: 'x', deploy: { resources: { limits: {}, reservations: {} } } },
      { Resources: { Limits: {}, Reservations: {} } }],
    ['memory only', { image: 'x', deploy: { resources: { limits: { memory: 67108864 } } } }, { Resources: { Limits: { MemoryBytes: 67108864 } } }],
    ['generic resource without a spec', { image: 'x', deploy: { resources: { reservations: { generic_resources: [{}] } } } },
      { Resources: { Reservations: { GenericResources: [{}] } } }],
    ['empty spread preference, empty constraints', { image: 'x', deploy: { placement: { preferences: [{}], constraints: [] } } },
      { Placement: { Preferences: [{ Spread: { SpreadDescriptor: '' } }] } }],
    ['legacy restart always', { image: 'x', restart: 'always' }, { RestartPolicy: { Condition: 'any' } }],
    ['restart_policy wins over restart', { image: 'x', restart: 'always', deploy: { restart_policy: { condition: 'none' } } },
      { RestartPolicy: { Condition: 'none' } }],
  ])('%s', (_label, service, want) => {
    const template = taskTemplate(service);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, template[k]]))).toStrictEqual(want);
  });
});

describe('mode, update config and endpoint', () => {
  it.each<[string, ServiceConfig, Record<string, unknown>]>([
    ['replicated-job with replicas', { image: 'x', deploy: { mode: 'replicated-job', replicas: 3 } },
      { Mode: { ReplicatedJob: { MaxConcurrent: 3, TotalCompletions: 3 } } }],
    ['replicated-job without replicas', { image: 'x', deploy: { mode: 'replicated-job' } }, { Mode: { ReplicatedJob: {} } }],
    ['global', { image: 'x', deploy: { mode: 'global' } }, { Mode: { Global: {} } }],
    ['global-job', { image: 'x', deploy: { mode: 'global-job' } }, { Mode: { GlobalJob: {} } }],
    ['empty update_config gets the defaults', { image: 'x', deploy: { update_config: {} } },
      { UpdateConfig: { Parallelism: 1, MaxFailureRatio: 0, Order: '' } }],
    ['rollback parallelism 0 and 0s delay', { image: 'x', deploy: { rollback_config: { parallelism: 0, delay: '0s' } } },
      { RollbackConfig: { Parallelism: 0, MaxFailureRatio: 0, Order: '' } }],
    ['long ports without defaults, sorted by published port', {
      image: 'x',
      ports: [{ target: 81, published: 8081 }, { target: 80 }, { mode: 'ingress', target: 53, published: 53, protocol: 'udp' }],
      deploy: { endpoint_mode: 'DNSRR' },
    }, {
      EndpointSpec: {
        Mode: 'dnsrr',
        Ports: [{ TargetPort: 80 }, { Protocol: 'udp', TargetPort: 53, PublishedPort: 53, PublishMode: 'ingress' }, { TargetPort: 81, PublishedPort: 8081 }],
      },
    }],
  ])('%s', (_label, service, want) => {
    const body = serviceBody(service);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, body[k]]))).toStrictEqual(want);
  });
});

describe('networks, secrets and configs of a service', () => {
  const rest: Partial<StackConfig> = {
    networks: { hostnet: { external: true, name: 'host' }, n2: { name: 'custom-n2', ipam: { driver: 'default' } }, ext: { external: true, name: 'bpextnet' } },
    secrets: { ext: { external: true, name: 'bpext' } },
    configs: { cc: { file: '/p/c' }, c2: { file: '/p/c', name: 'bp-custom-c2', labels: { l: 'v' } }, extc: { external: true, name: 'extc' } },
  };
  const files = { '/p/c': 'c\n' };
  const service: ServiceConfig = {
    image: 'busybox',
    networks: { hostnet: {}, n2: { aliases: [], driver_opts: { o: '1' } } },
    credential_spec: { config: 'cc' },
    configs: [{ source: 'cc', target: '/cc' }, { source: 'c2' }],
    secrets: [{ source: 'ext', target: 'e' }],
  };

  it('attaches to built-in networks without alias, sorted by target', () => {
    expect(taskTemplate(service, rest).Networks).toStrictEqual([
      { Target: 'custom-n2', Aliases: ['a'], DriverOpts: { o: '1' } },
      { Target: 'host' },
    ]);
  });

  it('sends IPAM with a driver only as recorded', () => {
    const p = plan({ ...rest, services: { a: service } }, { files }).plan!;
    expect(stepsOf(p, 'network').map((s) => s.body.IPAM)).toStrictEqual([{ Driver: 'default', Options: null, Config: null }]);
  });

  it('sorts config references by name, the credential-spec runtime reference last', () => {
    const spec = containerSpec(service, rest);
    expect([spec.Configs, spec.Secrets, (spec.Privileges as Record<string, unknown>).CredentialSpec]).toStrictEqual([
      [
        { File: { Name: 'c2', UID: '0', GID: '0', Mode: 292 }, ConfigID: { $ref: 'config', name: 'bp-custom-c2' }, ConfigName: 'bp-custom-c2' },
        { File: { Name: '/cc', UID: '0', GID: '0', Mode: 292 }, ConfigID: { $ref: 'config', name: 's1_cc' }, ConfigName: 's1_cc' },
        { Runtime: {}, ConfigID: { $ref: 'config', name: 's1_cc' }, ConfigName: 's1_cc' },
      ],
      [{ File: { Name: 'e', UID: '0', GID: '0', Mode: 292 }, SecretID: { $ref: 'secret', name: 'bpext' }, SecretName: 'bpext' }],
      { Config: { $ref: 'config', name: 's1_cc' }, File: '', Registry: '' },
    ]);
  });

  it('matches a credential-spec config by its literal name (external config)', () => {
    const spec = containerSpec({ image: 'x', credential_spec: { config: 'extc' }, configs: [{ source: 'extc' }] }, rest);
    expect((spec.Privileges as Record<string, unknown>).CredentialSpec).toStrictEqual({ Config: { $ref: 'config', name: 'extc' }, File: '', Registry: '' });
  });

  it('collects the externals services use (user-defined networks only)', () => {
    const p = plan({ ...rest, services: { a: service, b: { image: 'x', networks: { ext: null }, configs: [{ source: 'extc' }] } } }, { files }).plan!;
    expect(p.externals).toStrictEqual({ networks: ['bpextnet'], secrets: ['bpext'], configs: ['extc'] });
  });

  it('uses an external default network without creating one', () => {
    const p = plan({ networks: { default: { external: true, name: 'bpextnet' } }, services: { a: { image: 'x' } } }).plan!;
    expect([stepsOf(p, 'network'), taskTemplate({ image: 'x' }, { networks: { default: { external: true, name: 'bpextnet' } } }).Networks])
      .toStrictEqual([[], [{ Target: 'bpextnet', Aliases: ['a'] }]]);
  });
});

describe('secret and config objects', () => {
  it.each<[string, StackConfig['secrets'], Record<string, unknown>[]]>([
    ['driver secret: no data', { d: { driver: 'somedriver', driver_opts: { a: 'b' }, name: 'bpdrv' } },
      [{ Name: 'bpdrv', Labels: { 'com.docker.stack.namespace': 's1' }, Driver: { Name: 'somedriver', Options: { a: 'b' } } }]],
    ['empty file: no data', { e: { file: '/p/empty' } }, [{ Name: 's1_e', Labels: { 'com.docker.stack.namespace': 's1' } }]],
    ['external: not created', { x: { external: true, name: 'x' } }, []],
  ])('%s', (_label, secrets, want) => {
    const p = plan({ secrets, services: {} }, { files: { '/p/empty': '' } }).plan!;
    expect(stepsOf(p, 'secret').map((s) => s.body)).toStrictEqual(want);
  });
});
