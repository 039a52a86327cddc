import { describe, it, expect } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { normalizeDocument, type NormalizeContext } from '../../src/normalize/index.js';

const files: Record<string, string> = {
  '/w/a.env': '\ufeffA=1\n  B="q v"  \nC=\nHOME\nNOPE\nD=file\r\n',
  '/w/b.env': 'A=2\n',
  '/w/bad.env': 'A B=1\n',
};

function run(data: unknown, env: Record<string, string> = { HOME: '/root', PATH: '/bin' }, version = '3.13') {
  const diags: DiagnosticInput[] = [];
  const ctx: NormalizeContext = {
    file: 'stack.yml',
    workingDir: '/w',
    env,
    version,
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  };
  const config = normalizeDocument(data, ctx, (d) => diags.push(d));
  return { config, diags };
}

// Every expected value below was observed with `docker stack config` (docker CLI 28.2.2).
describe('normalizeDocument: services', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['command string', { command: `sh -c 'echo hi' "a\\"b" # c` }, { command: ['sh', '-c', 'echo hi', 'a"b'] }],
    ['empty entrypoint', { entrypoint: '' }, {}],
    ['init false kept', { init: false }, { init: false }],
    ['booleans false dropped', { tty: false, privileged: true }, { privileged: true }],
    ['healthcheck', { healthcheck: { test: 'NONE', interval: '90s', timeout: '1500ms', start_period: '0s', retries: 0 } },
      { healthcheck: { test: ['CMD-SHELL', 'NONE'], interval: '1m30s', timeout: '1.5s', start_period: '0s', retries: 0 } }],
    ['stop_grace_period', { stop_grace_period: '1us' }, { stop_grace_period: '1µs' }],
    ['expose/dns/tmpfs', { expose: [80, '90'], dns: '8.8.8.8', tmpfs: '/run' }, { expose: ['80', '90'], dns: ['8.8.8.8'], tmpfs: ['/run'] }],
    ['extra_hosts dict', { extra_hosts: { b: '1.2.3.4', a: '[::1]', c: null } }, { extra_hosts: ['a:::1', 'b:1.2.3.4'] }],
    ['extra_hosts list', { extra_hosts: ['a=1.2.3.4', 'b:[::1]', 'noaddress', 'c=[::2]'] }, { extra_hosts: ['a:1.2.3.4', 'b:::1', 'c:::2'] }],
    ['sysctls list', { sysctls: ['net.core.somaxconn=1024', 'bare'] }, { sysctls: { 'net.core.somaxconn': '1024', bare: '' } }],
    ['labels dict', { labels: { a: 1.5, b: null, c: 'x' } }, { labels: { a: '1.5', b: '', c: 'x' } }],
    ['networks list', { networks: ['n1', 'n2'] }, { networks: { n1: null, n2: null } }],
    ['secrets', { secrets: ['s1', { source: 's2', target: '/x', mode: 288 }] }, { secrets: [{ source: 's1' }, { source: 's2', target: '/x', mode: 288 }] }],
    ['ulimits', { ulimits: { nproc: 65535, nofile: { soft: 1, hard: 2 }, core: 0, x: { soft: 0, hard: 0 } } },
      { ulimits: { nproc: 65535, nofile: { soft: 1, hard: 2 }, core: {}, x: {} } }],
    ['build string', { build: '.' }, { build: { context: '.' } }],
    ['oom_score_adj dropped', { oom_score_adj: 5 }, {}],
    ['logging options stringified', { logging: { driver: 'json-file', options: { 'max-file': 3 } } }, { logging: { driver: 'json-file', options: { 'max-file': '3' } } }],
    ['x-* kept', { 'x-foo': { a: 1 } }, { extensions: { 'x-foo': { a: 1 } } }],
    ['ports short and long', { ports: ['8080:80', { target: 81, published: 0, mode: '' }] },
      { ports: [{ mode: 'ingress', target: 80, published: 8080, protocol: 'tcp' }, { target: 81 }] }],
    ['deploy', {
      deploy: {
        replicas: 0,
        update_config: { parallelism: 0, delay: '0s', monitor: '2m', max_failure_ratio: 0.1 },
        rollback_config: {},
        restart_policy: { delay: '0s', max_attempts: 0, window: '1h' },
        resources: { limits: { memory: '1.5g', cpus: '0.5' }, reservations: { memory: '1 GiB', generic_resources: [{ discrete_resource_spec: { kind: 'gpu', value: 2 } }] } },
        placement: { constraints: ['node.role == manager'], preferences: [{ spread: 'node.id' }], max_replicas_per_node: 0 },
      },
    }, {
      deploy: {
        replicas: 0,
        update_config: { parallelism: 0, monitor: '2m0s', max_failure_ratio: 0.1 },
        rollback_config: {},
        restart_policy: { delay: '0s', max_attempts: 0, window: '1h0m0s' },
        resources: { limits: { memory: 1610612736, cpus: '0.5' }, reservations: { memory: 1073741824, generic_resources: [{ discrete_resource_spec: { kind: 'gpu', value: 2 } }] } },
        placement: { constraints: ['node.role == manager'], preferences: [{ spread: 'node.id' }] },
      },
    }],
    ['empty deploy omitted', { deploy: { placement: {} } }, {}],
    ['volumes', { volumes: ['/a:/b:ro', 'data:/d', '~/x:/x', './d/../e/:/c', '.:/r', 'C:\\data:/e', { type: 'bind', source: 'x', target: '/t', bind: {} }] }, {
      volumes: [
        { type: 'bind', source: '/a', target: '/b', read_only: true },
        { type: 'volume', source: 'data', target: '/d' },
        { type: 'bind', source: '/root/x', target: '/x' },
        { type: 'bind', source: '/w/e', target: '/c' },
        { type: 'bind', source: '/w', target: '/r' },
        { type: 'bind', source: 'C:\\data', target: '/e' },
        { type: 'bind', source: '/w/x', target: '/t', bind: {} },
      ],
    }],
  ])('%s', (_name, input, expected) => {
    const { config, diags } = run({ services: { a: input } });
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config.services.a).toEqual(expected);
  });

  it('merges env_file, environment and the process environment', () => {
    const { config } = run({
      services: {
        a: { env_file: ['a.env', './b.env'], environment: { D: null, C: '', N: 1.5, PATH: null, Z: null } },
        b: { env_file: 'b.env', environment: ['A', 'F=', 'HOME=', 'G'] },
      },
    });
    expect(config.services.a).toEqual({
      env_file: ['a.env', './b.env'],
      environment: { A: '2', B: '"q v"  ', C: '', D: null, HOME: '/root', N: '1.5', PATH: '/bin', Z: null },
    });
    expect(config.services.b!.environment).toEqual({ A: null, F: '', HOME: '/root', G: null });
  });

  it.each<[string, Record<string, unknown>, string, (string | number)[], string]>([
    ['env file whitespace', { env_file: 'bad.env' }, 'normalize/env-file', ['services', 'a', 'env_file'],
      "invalid env file (/w/bad.env): variable 'A B' contains whitespaces"],
    ['missing env file', { env_file: ['x.env'] }, 'normalize/env-file', ['services', 'a', 'env_file', 0],
      'open /w/x.env: no such file or directory'],
    ['bad volume', { volumes: ['/a:/b:ro:x'] }, 'normalize/invalid-volume-spec', ['services', 'a', 'volumes', 0],
      "decoding failed due to the following error(s):\n\nerror decoding 'Volumes[0]': invalid spec: /a:/b:ro:x: too many colons"],
    ['empty bind source', { volumes: [{ type: 'bind', target: '/x' }] }, 'normalize/empty-bind-source', ['services', 'a', 'volumes', 0],
      'invalid mount config for type "bind": field Source must not be empty'],
    ['bad size', { deploy: { resources: { limits: { memory: 'lots' } } } }, 'normalize/invalid-size',
      ['services', 'a', 'deploy', 'resources', 'limits', 'memory'],
      "decoding failed due to the following error(s):\n\nerror decoding 'Deploy.Resources.Limits.memory': invalid size: 'lots'"],
    ['unterminated quote', { command: 'echo "hi' }, 'normalize/shlex', ['services', 'a', 'command'],
      "decoding failed due to the following error(s):\n\nerror decoding 'Command': EOF found when expecting closing quote"],
    ['shm_size number', { shm_size: 64000000 }, 'normalize/invalid-type', ['services', 'a', 'shm_size'],
      "decoding failed due to the following error(s):\n\n'shm_size' expected type 'string', got unconvertible type 'int', value: '64000000'"],
  ])('reports %s', (_name, input, code, path, dockerMessage) => {
    const { diags } = run({ services: { a: input } });
    expect(diags).toMatchObject([{ code, severity: 'error', path, data: { dockerMessage } }]);
  });

  it('reports an uppercase ulimit without soft/hard instead of crashing (docker panics)', () => {
    const { config, diags } = run({ services: { a: { ulimits: { NOFILE: { soft: 1 } } } } });
    expect(diags).toMatchObject([{ code: 'normalize/ulimit', path: ['services', 'a', 'ulimits', 'NOFILE'] }]);
    expect(config.services.a).toEqual({});
  });

  it('warns about an ignored host IP', () => {
    const { diags } = run({ services: { a: { ports: ['127.0.0.1:8080:80'] } } });
    expect(diags).toMatchObject([{ code: 'normalize/port-host-ip-ignored', severity: 'warning', path: ['services', 'a', 'ports', 0] }]);
  });

  it('does not mutate its input', () => {
    const data = { services: { a: { ports: ['80'], volumes: ['./x:/x'], 'x-a': { b: [1] } } } };
    const copy = structuredClone(data);
    run(data);
    expect(data).toEqual(copy);
  });
});

describe('normalizeDocument: top level', () => {
  it('applies external conveniences, x-* rules and file resolution', () => {
    const { config, diags } = run({
      'x-top': { a: 1 },
      services: {},
      networks: { n1: null, n2: { external: true, 'x-n': 1 }, n3: { driver: 'overlay', 'x-dropped': 1 } },
      volumes: { data: null, ext: { external: { name: 'real' } } },
      secrets: { s1: { file: './s1.txt' }, s2: { external: true, file: 'rel.txt' }, s3: { name: 'only' } },
      configs: { c1: { file: '/abs/c.txt', 'x-c': 2 }, c2: { driver: 'd' } },
    });
    expect(config).toEqual({
      version: '3.13',
      services: {},
      networks: { n1: {}, n2: { name: 'n2', external: true, extensions: { 'x-n': 1 } }, n3: { driver: 'overlay' } },
      volumes: { data: {}, ext: { name: 'real', external: true } },
      secrets: {
        s1: { file: '/w/s1.txt' },
        s2: { name: 's2', external: true, file: 'rel.txt' },
        s3: { name: 'only', file: '/w' },
      },
      configs: { c1: { file: '/abs/c.txt', extensions: { 'x-c': 2 } }, c2: { driver: 'd' } },
      extensions: { 'x-top': { a: 1 } },
    });
    expect(diags).toMatchObject([
      {
        code: 'normalize/deprecated-external-name',
        severity: 'warning',
        path: ['volumes', 'ext', 'external', 'name'],
        data: { dockerMessage: 'volume ext: volume.external.name is deprecated in favor of volume.name' },
      },
    ]);
  });

  it.each<[string, string, Record<string, unknown>, string, string]>([
    ['3.3', 'volumes', { v: { external: true, driver: 'x' } }, 'normalize/conflicting-parameters',
      'conflicting parameters "external" and "driver" specified for volume "v"'],
    ['3.3', 'volumes', { v: { external: { name: 'a' }, name: 'b' } }, 'normalize/external-name-conflict',
      'volume v: volume.external.name and volume.name conflict; only use volume.name'],
    ['3.8', 'secrets', { s: { driver: 'd', file: 'f' } }, 'normalize/driver-file-conflict',
      'secret s: secret.driver and secret.file conflict; only use secret.driver'],
  ])('reports conflicts (%s %s)', (version, section, value, code, dockerMessage) => {
    const { diags } = run({ services: {}, [section]: value }, {}, version);
    expect(diags).toMatchObject([{ code, severity: 'error', data: { dockerMessage } }]);
  });

  it('does not warn about external.name before 3.4 for volumes / 3.5 for networks', () => {
    const { diags } = run({ services: {}, volumes: { v: { external: { name: 'x' } } }, networks: { n: { external: { name: 'y' } } } }, {}, '3.4');
    expect(diags.map((d) => d.data?.dockerMessage)).toEqual(['volume v: volume.external.name is deprecated in favor of volume.name']);
  });
});

describe('normalizeDocument: keys are data', () => {
  it('keeps keys named __proto__ as own keys in services, labels, environment and networks', () => {
    const data = JSON.parse(
      '{"services": {"__proto__": {"labels": {"__proto__": "l"}, "environment": ["__proto__=e"], "networks": ["__proto__"]}}}',
    );
    const { config, diags } = run(data);
    expect(diags).toEqual([]);
    expect(Object.keys(config.services)).toEqual(['__proto__']);
    const svc = Object.getOwnPropertyDescriptor(config.services, '__proto__')?.value;
    expect(Object.getPrototypeOf(config.services)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(svc.labels, '__proto__')?.value).toBe('l');
    expect(Object.getOwnPropertyDescriptor(svc.environment, '__proto__')?.value).toBe('e');
    expect(Object.getOwnPropertyDescriptor(svc.networks, '__proto__')?.value).toBeNull();
  });
});
