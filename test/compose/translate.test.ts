import { describe, expect, it } from 'vitest';
import { translateToStack, type GeneratedFile } from '../../src/compose/translate.js';
import type { ComposeContext } from '../../src/compose/types.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';
import { validateSchema } from '../../src/validate/index.js';

const PROJECT_DIR = '/project';

interface Run {
  data: Record<string, unknown>;
  generated: GeneratedFile[];
  diags: DiagnosticInput[];
  /** code, severity and dotted path of each diagnostic, for compact assertions. */
  brief: string[];
}

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

/** Loads inline YAML as compose.yaml and translates it. */
function translate(yaml: string, opts: { strict?: boolean; env?: Record<string, string>; files?: Record<string, string> } = {}): Run {
  const diags: DiagnosticInput[] = [];
  const report = (d: DiagnosticInput) => void diags.push(d);
  const loaded = loadFile({ file: 'compose.yaml', absPath: `${PROJECT_DIR}/compose.yaml`, bytes: new TextEncoder().encode(yaml) }, report);
  expect(diags).toEqual([]);
  const files = opts.files ?? {};
  const ctx: ComposeContext = {
    projectDir: PROJECT_DIR,
    projectName: 'demo',
    env: opts.env ?? {},
    readFile: (p) => {
      const rel = p.startsWith(`${PROJECT_DIR}/`) ? p.slice(PROJECT_DIR.length + 1) : p;
      if (!(rel in files)) throw enoent(p);
      return new TextEncoder().encode(files[rel]);
    },
    report,
  };
  const input = loaded.data as Record<string, unknown>;
  const before = JSON.stringify(input);
  const out = translateToStack({ file: 'compose.yaml', absPath: `${PROJECT_DIR}/compose.yaml`, data: input }, { projectName: 'demo', strict: opts.strict ?? false }, ctx);
  expect(JSON.stringify(input)).toBe(before); // never mutates its input
  const brief = diags.map((d) => `${d.severity} ${d.code} ${(d.path ?? []).join('.')}${d.atKey ? ' @key' : ''}`);
  return { ...out, diags, brief };
}

/** The translated data passes docker stack's 3.13 schema. */
function expectValidStack(data: unknown): void {
  const problems: DiagnosticInput[] = [];
  validateSchema(data, { file: 'compose.yaml', version: '3.13' }, (d) => void problems.push(d));
  expect(problems).toEqual([]);
}

const svc = (r: Run, name = 'app') => (r.data['services'] as Record<string, Record<string, unknown>>)[name]!;

describe('version and name', () => {
  it('replaces another version with 3.13, with a warning at version', () => {
    const r = translate('version: "3.7"\nservices:\n  app:\n    image: nginx\n');
    expect(r.data['version']).toBe('3.13');
    expect(r.brief).toEqual(['warning compose/version version']);
    expect(r.diags[0]!.data).toEqual({ from: '3.7', to: '3.13' });
  });

  it('sets 3.13 silently when absent or "3", and puts it first', () => {
    for (const head of ['', 'version: "3"\n', 'version: "3.13"\n']) {
      const r = translate(`${head}services:\n  app:\n    image: nginx\n`);
      expect(Object.keys(r.data)).toEqual(['version', 'services']);
      expect(r.data['version']).toBe('3.13');
      expect(r.diags).toEqual([]);
    }
  });

  it('drops the top-level name at its key', () => {
    const r = translate('name: myproj\nservices:\n  app:\n    image: nginx\n');
    expect(r.data).not.toHaveProperty('name');
    expect(r.brief).toEqual(['warning compose/project-name name @key']);
    expectValidStack(r.data);
  });
});

describe('restart', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['"no"', { condition: 'none' }],
    ['always', { condition: 'any' }],
    ['unless-stopped', { condition: 'any' }],
    ['on-failure', { condition: 'on-failure' }],
    ['on-failure:3', { condition: 'on-failure', max_attempts: 3 }],
  ];
  it.each(cases)('restart: %s → deploy.restart_policy', (value, policy) => {
    const r = translate(`services:\n  app:\n    image: nginx\n    restart: ${value}\n`);
    expect(svc(r)).toEqual({ image: 'nginx', deploy: { restart_policy: policy } });
    expect(r.brief).toEqual(['warning compose/restart services.app.restart @key']);
    expect(r.diags[0]!.data).toMatchObject({ restartPolicy: policy });
    expectValidStack(r.data);
  });

  it('keeps an explicit restart_policy and drops restart', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    restart: always\n    deploy:\n      restart_policy:\n        condition: on-failure\n');
    expect(svc(r)).toEqual({ image: 'nginx', deploy: { restart_policy: { condition: 'on-failure' } } });
    expect(r.brief).toEqual(['warning compose/restart services.app.restart @key']);
    expect(r.diags[0]!.message).toMatch(/wins/);
  });

  it('reports an unknown policy as an error and leaves it', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    restart: sometimes\n');
    expect(svc(r)).toEqual({ image: 'nginx', restart: 'sometimes' });
    expect(r.brief).toEqual(['error compose/invalid-restart services.app.restart']);
  });
});

describe('resources', () => {
  it('moves mem_limit, mem_reservation, cpus and pids_limit into deploy.resources as the schema types them', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    mem_limit: 512m\n    mem_reservation: 268435456\n    cpus: 0.5\n    pids_limit: 100\n');
    expect(svc(r)).toEqual({
      image: 'nginx',
      deploy: { resources: { limits: { memory: '512m', cpus: '0.5', pids: 100 }, reservations: { memory: '268435456' } } },
    });
    expect(r.brief).toEqual([
      'warning compose/resources services.app.mem_limit @key',
      'warning compose/resources services.app.mem_reservation @key',
      'warning compose/resources services.app.cpus @key',
      'warning compose/resources services.app.pids_limit @key',
    ]);
    expect(r.diags[0]!.data).toMatchObject({ target: 'deploy.resources.limits.memory', value: '512m' });
    expectValidStack(r.data);
  });

  it('lets explicit deploy values win', () => {
    const r = translate("services:\n  app:\n    image: nginx\n    cpus: 2\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          cpus: '1'\n");
    expect(svc(r)).toEqual({ image: 'nginx', deploy: { resources: { limits: { cpus: '1', memory: '1g' } } } });
    expect(r.brief).toEqual(['warning compose/resources services.app.mem_limit @key', 'warning compose/resources services.app.cpus @key']);
    expect(r.diags[1]!.message).toMatch(/wins/);
  });

  it('drops pids_limit -1 (no limit)', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    pids_limit: -1\n');
    expect(svc(r)).toEqual({ image: 'nginx' });
    expect(r.brief).toEqual(['warning compose/resources services.app.pids_limit @key']);
  });

  it('moves scale into deploy.replicas unless replicas is set', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    scale: 3\n  b:\n    image: nginx\n    scale: 2\n    deploy:\n      replicas: 5\n');
    expect(svc(r)).toEqual({ image: 'nginx', deploy: { replicas: 3 } });
    expect(svc(r, 'b')).toEqual({ image: 'nginx', deploy: { replicas: 5 } });
    expect(r.brief).toEqual(['warning compose/scale services.app.scale @key', 'warning compose/scale services.b.scale @key']);
    expectValidStack(r.data);
  });
});

describe('depends_on', () => {
  it('removes the long form, saying swarm has no start order', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started\n  db:\n    image: postgres\n  cache:\n    image: redis\n');
    expect(svc(r)).toEqual({ image: 'nginx' });
    expect(r.brief).toEqual(['warning compose/depends-on services.app.depends_on @key']);
    expect(r.diags[0]!.message).toMatch(/no order/);
    expect(r.diags[0]!.data).toEqual({ dependencies: [{ service: 'db', condition: 'service_healthy' }, { service: 'cache', condition: 'service_started' }] });
    expectValidStack(r.data);
  });

  it('keeps the short list', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n');
    expect(svc(r)).toEqual({ image: 'nginx', depends_on: ['db'] });
    expect(r.diags).toEqual([]);
  });
});

describe('build', () => {
  it('gives a build-only service the image compose would build, with a warning', () => {
    const r = translate('services:\n  Web:\n    build: .\n');
    expect(svc(r, 'Web')).toEqual({ build: '.', image: 'demo-web' });
    expect(r.brief).toEqual(['warning compose/build-image services.Web.build @key']);
    expect(r.diags[0]!.data).toEqual({ service: 'Web', image: 'demo-web' });
    expectValidStack(r.data);
  });

  it('is an error with strict', () => {
    const r = translate('services:\n  web:\n    build: .\n', { strict: true });
    expect(r.brief).toEqual(['error compose/build-image services.web.build @key']);
  });

  it('leaves build with an image alone', () => {
    const r = translate('services:\n  web:\n    build: .\n    image: me/web\n');
    expect(svc(r, 'web')).toEqual({ build: '.', image: 'me/web' });
    expect(r.diags).toEqual([]);
  });

  it('keeps compose-only build keys (stack 3.13 accepts any build key)', () => {
    const r = translate('services:\n  web:\n    image: me/web\n    build:\n      context: .\n      platforms: [linux/amd64]\n');
    expect(svc(r, 'web')['build']).toEqual({ context: '.', platforms: ['linux/amd64'] });
    expect(r.diags).toEqual([]);
    expectValidStack(r.data);
  });
});

describe('networks', () => {
  it('turns bridge (and host when not external) into overlay, dropping bridge-only options', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\nnetworks:\n  a:\n    driver: bridge\n    driver_opts:\n      com.docker.network.bridge.name: br0\n  b:\n    driver: host\n  c:\n    driver: host\n    external: true\n  d:\n    driver: overlay\n',
    );
    expect(r.data['networks']).toEqual({ a: { driver: 'overlay' }, b: { driver: 'overlay' }, c: { driver: 'host', external: true }, d: { driver: 'overlay' } });
    expect(r.brief).toEqual(['warning compose/network-driver networks.a.driver', 'warning compose/network-driver networks.b.driver']);
    expect(r.diags[0]!.data).toMatchObject({ from: 'bridge', to: 'overlay', droppedOptions: ['com.docker.network.bridge.name'] });
    expectValidStack(r.data);
  });

  it('renames dotted network keys and the services that use them', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\n    networks: [my.net, other]\n  b:\n    image: nginx\n    networks:\n      my.net:\n        aliases: [x]\n      ext.net: {}\nnetworks:\n  my.net: {}\n  other: {}\n',
    );
    expect(Object.keys(r.data['networks'] as object)).toEqual(['my-net', 'other']);
    expect(svc(r)['networks']).toEqual(['my-net', 'other']);
    expect(svc(r, 'b')['networks']).toEqual({ 'my-net': { aliases: ['x'] }, 'ext-net': {} });
    expect(r.brief).toEqual(['warning compose/network-renamed networks.my.net @key', 'warning compose/network-renamed services.b.networks.ext.net @key']);
    expect(r.diags[0]!.data).toEqual({ from: 'my.net', to: 'my-net' });
    expect(r.diags[0]!.path).toEqual(['networks', 'my.net']);
  });

  it('refuses a rename onto a declared network', () => {
    const r = translate('services:\n  app:\n    image: nginx\nnetworks:\n  a.b: {}\n  a-b: {}\n');
    expect(Object.keys(r.data['networks'] as object)).toEqual(['a.b', 'a-b']);
    expect(r.brief).toEqual(['error compose/network-rename-conflict networks.a.b @key']);
  });
});

describe('keys the stack schema lacks', () => {
  it('drops compose-only service and top-level keys at their key, keeping x-*', () => {
    const r = translate(
      'x-common: &c {a: 1}\nservices:\n  app:\n    image: nginx\n    platform: linux/amd64\n    runtime: runc\n    pull_policy: always\n    dns_opt: [use-vc]\n    profiles: [debug]\n    x-meta: 1\nmodels:\n  m: {model: ai/x}\n',
    );
    expect(r.data).toEqual({ version: '3.13', 'x-common': { a: 1 }, services: { app: { image: 'nginx', 'x-meta': 1 } } });
    expect(r.brief).toEqual([
      'warning compose/unsupported-key services.app.platform @key',
      'warning compose/unsupported-key services.app.runtime @key',
      'warning compose/unsupported-key services.app.pull_policy @key',
      'warning compose/unsupported-key services.app.dns_opt @key',
      'warning compose/unsupported-key services.app.profiles @key',
      'warning compose/unsupported-key models @key',
    ]);
    expect(r.diags[0]!.data).toEqual({ key: 'platform', where: 'services.app' });
    expectValidStack(r.data);
  });

  it('drops nested compose-only keys and forms', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n    devices:\n      - /dev/a:/dev/a\n      - source: /dev/b\nnetworks:\n  n:\n    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          gateway: 10.0.0.1\n',
    );
    expect(svc(r)).toEqual({ image: 'nginx', ports: [{ target: 80, published: 8080 }], devices: ['/dev/a:/dev/a'] });
    expect(r.data['networks']).toEqual({ n: { ipam: { config: [{ subnet: '10.0.0.0/24' }] } } });
    expect(r.brief).toEqual([
      'warning compose/unsupported-key services.app.ports.0.host_ip @key',
      'warning compose/unsupported-form services.app.devices.1',
      'warning compose/unsupported-key networks.n.enable_ipv6 @key',
      'warning compose/unsupported-key networks.n.ipam.config.0.gateway @key',
    ]);
    expectValidStack(r.data);
  });
});

describe('keys swarm does not honour', () => {
  it('reports container_name, links and network_mode host/service:x, keeping them', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\n    container_name: web\n    links: [db]\n    network_mode: host\n  side:\n    image: nginx\n    network_mode: "service:app"\n  plain:\n    image: nginx\n    network_mode: bridge\n',
    );
    expect(svc(r)).toEqual({ image: 'nginx', container_name: 'web', links: ['db'], network_mode: 'host' });
    expect(svc(r, 'side')).toEqual({ image: 'nginx', network_mode: 'service:app' });
    expect(r.brief).toEqual([
      'warning compose/not-honoured services.app.container_name @key',
      'warning compose/not-honoured services.app.links @key',
      'warning compose/not-honoured services.app.network_mode',
      'warning compose/not-honoured services.side.network_mode',
    ]);
    expectValidStack(r.data);
  });
});

describe('configs and secrets from content or environment', () => {
  it('writes generated files and points file: at them', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\nconfigs:\n  inline:\n    content: "hello"\n  from_env:\n    environment: CONF\n  plain:\n    file: ./a.txt\nsecrets:\n  token:\n    environment: TOKEN\n',
      { env: { CONF: 'conf value', TOKEN: 's3cret' } },
    );
    expect(r.data['configs']).toEqual({ inline: { file: '.stackc/config-inline' }, from_env: { file: '.stackc/config-from_env' }, plain: { file: './a.txt' } });
    expect(r.data['secrets']).toEqual({ token: { file: '.stackc/secret-token' } });
    expect(r.generated).toEqual([
      { path: '.stackc/config-inline', content: 'hello' },
      { path: '.stackc/config-from_env', content: 'conf value' },
      { path: '.stackc/secret-token', content: 's3cret' },
    ]);
    expect(r.brief).toEqual([
      'warning compose/generated-file configs.inline.content @key',
      'warning compose/generated-file configs.from_env.environment @key',
      'warning compose/generated-file secrets.token.environment @key',
    ]);
    expectValidStack(r.data);
  });

  it('reports a missing variable as an error at environment', () => {
    const r = translate('services:\n  app:\n    image: nginx\nsecrets:\n  token:\n    environment: TOKEN\n');
    expect(r.generated).toEqual([]);
    expect(r.brief).toEqual(['error compose/missing-variable secrets.token.environment']);
    expect(r.diags[0]!.data).toEqual({ variable: 'TOKEN' });
  });
});

describe('env_file long form', () => {
  it('writes paths, drops missing optional files and format, with notes', () => {
    const r = translate(
      'services:\n  app:\n    image: nginx\n    env_file:\n      - a.env\n      - path: b.env\n      - path: missing.env\n        required: false\n      - path: c.env\n        required: false\n        format: raw\n',
      { files: { 'a.env': 'A=1\n', 'b.env': 'B=1\n', 'c.env': 'C=1\n' } },
    );
    expect(svc(r)['env_file']).toEqual(['a.env', 'b.env', 'c.env']);
    expect(r.brief).toEqual(['warning compose/env-file services.app.env_file.2', 'warning compose/env-file services.app.env_file.3.format @key']);
    expectValidStack(r.data);
  });

  it('removes env_file when every entry was an optional missing file', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    env_file:\n      - path: missing.env\n        required: false\n');
    expect(svc(r)).toEqual({ image: 'nginx' });
    expect(r.brief).toEqual(['warning compose/env-file services.app.env_file.0']);
  });

  it('leaves the short forms alone', () => {
    const r = translate('services:\n  app:\n    image: nginx\n    env_file: [a.env]\n  b:\n    image: nginx\n    env_file: b.env\n');
    expect(svc(r)['env_file']).toEqual(['a.env']);
    expect(svc(r, 'b')['env_file']).toBe('b.env');
    expect(r.diags).toEqual([]);
  });
});

describe('build in an override file', () => {
  it('does not invent an image for a service another file gives one', () => {
    const reported: DiagnosticInput[] = [];
    const ctx = { projectDir: '/p', projectName: 'proj', env: {}, readFile: () => { throw Object.assign(new Error('x'), { code: 'ENOENT' }); }, report: (d: DiagnosticInput) => void reported.push(d) };
    const out = translateToStack({ file: 'override.yml', data: { services: { web: { build: '.' } } } }, { projectName: 'proj', strict: false, servicesWithImage: new Set(['web']) }, ctx);
    expect((out.data.services as Record<string, Record<string, unknown>>).web).toEqual({ build: '.' });
    expect(reported.filter((d) => d.code === 'compose/build-image')).toEqual([]);
  });
});
