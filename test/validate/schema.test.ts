import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { validateSchema } from '../../src/validate/index.js';

/** Validates YAML text as a file of `version` and returns the reported diagnostics. */
function check(text: string, version: string): DiagnosticInput[] {
  const out: DiagnosticInput[] = [];
  validateSchema(parse(text), { file: 'f.yml', version }, (d) => out.push(d));
  return out;
}

/** docker's one-line message for the file (our first diagnostic), or null when it passes. */
function dockerMessage(text: string, version: string): string | null {
  const out = check(text, version);
  return out.length === 0 ? null : String(out[0]?.data?.['dockerMessage']);
}

// Each row: feature, version that added it, file body, docker's message at that version and at
// the version just below (null = the schema accepts). All messages were observed with
// `docker stack config` (docker CLI 28.2.2) on these exact bodies with `version: "<v>"` prepended.
// (Two rows fail *at* their version: the addition brought a check, not a key.)
const additions: [string, string, string, string | null, string | null][] = [
    ["top-level secrets", "3.1", "secrets: {s: {file: ./s.txt}}", null, "(root) Additional property secrets is not allowed"],
    ["service secrets", "3.1", "services: {a: {image: x, secrets: [s]}}", null, "services.a Additional property secrets is not allowed"],
    ["long port syntax", "3.2", "services: {a: {image: x, ports: [{target: 80, published: 8080}]}}", null, "services.a.ports.0 must be a string or number"],
    ["long volume syntax", "3.2", "services: {a: {image: x, volumes: [{type: bind, source: /a, target: /b}]}}", null, "services.a.volumes.0 must be a string"],
    ["deploy.endpoint_mode", "3.2", "services: {a: {image: x, deploy: {endpoint_mode: dnsrr}}}", null, "services.a.deploy Additional property endpoint_mode is not allowed"],
    ["networks attachable", "3.2", "networks: {n: {attachable: true}}", null, "networks.n Additional property attachable is not allowed"],
    ["build.cache_from", "3.2", "services: {a: {image: x, build: {context: ., cache_from: [x]}}}", null, "services.a.build Additional property cache_from is not allowed"],
    ["top-level configs", "3.3", "configs: {c: {file: ./c.txt}}", null, "(root) Additional property configs is not allowed"],
    ["service configs", "3.3", "services: {a: {image: x, configs: [c]}}", null, "services.a Additional property configs is not allowed"],
    ["credential_spec", "3.3", "services: {a: {image: x, credential_spec: {file: f.json}}}", null, "services.a Additional property credential_spec is not allowed"],
    ["placement.preferences", "3.3", "services: {a: {image: x, deploy: {placement: {preferences: [{spread: node.labels.zone}]}}}}", null, "services.a.deploy.placement Additional property preferences is not allowed"],
    ["build.labels", "3.3", "services: {a: {image: x, build: {context: ., labels: {a: b}}}}", null, "services.a.build Additional property labels is not allowed"],
    ["top-level x-", "3.4", "x-foo: 1", null, "(root) Additional property x-foo is not allowed"],
    ["healthcheck.start_period", "3.4", "services: {a: {image: x, healthcheck: {start_period: 10s}}}", null, "services.a.healthcheck Additional property start_period is not allowed"],
    ["update_config.order", "3.4", "services: {a: {image: x, deploy: {update_config: {order: start-first}}}}", null, "services.a.deploy.update_config Additional property order is not allowed"],
    ["volumes name", "3.4", "volumes: {v: {name: vv}}", null, "volumes.v Additional property name is not allowed"],
    ["build.network", "3.4", "services: {a: {image: x, build: {context: ., network: host}}}", null, "services.a.build Additional property network is not allowed"],
    ["build.target", "3.4", "services: {a: {image: x, build: {context: ., target: t}}}", null, "services.a.build Additional property target is not allowed"],
    ["networks name", "3.5", "networks: {n: {name: nn}}", null, "networks.n Additional property name is not allowed"],
    ["secrets name", "3.5", "secrets: {s: {name: ss, file: ./s}}", null, "secrets.s Additional property name is not allowed"],
    ["configs name", "3.5", "configs: {c: {name: cc, file: ./c}}", null, "configs.c Additional property name is not allowed"],
    ["isolation", "3.5", "services: {a: {image: x, isolation: default}}", null, "services.a Additional property isolation is not allowed"],
    ["generic_resources", "3.5", "services: {a: {image: x, deploy: {resources: {reservations: {generic_resources: [{discrete_resource_spec: {kind: gpu, value: 1}}]}}}}}", null, "services.a.deploy.resources.reservations Additional property generic_resources is not allowed"],
    ["build.shm_size", "3.5", "services: {a: {image: x, build: {context: ., shm_size: 2gb}}}", null, "services.a.build Additional property shm_size is not allowed"],
    ["volume tmpfs.size", "3.6", "services: {a: {image: x, volumes: [{type: tmpfs, target: /t, tmpfs: {size: 1000}}]}}", null, "services.a.volumes.0 Additional property tmpfs is not allowed"],
    ["service x-", "3.7", "services: {a: {image: x, x-foo: 1}}", null, "services.a Additional property x-foo is not allowed"],
    ["network x-", "3.7", "networks: {n: {x-foo: 1}}", null, "networks.n Additional property x-foo is not allowed"],
    ["volume x-", "3.7", "volumes: {v: {x-foo: 1}}", null, "volumes.v Additional property x-foo is not allowed"],
    ["secret x-", "3.7", "secrets: {s: {file: ./s, x-foo: 1}}", null, "secrets.s Additional property x-foo is not allowed"],
    ["config x-", "3.7", "configs: {c: {file: ./c, x-foo: 1}}", null, "configs.c Additional property x-foo is not allowed"],
    ["rollback_config", "3.7", "services: {a: {image: x, deploy: {rollback_config: {parallelism: 1}}}}", null, "services.a.deploy Additional property rollback_config is not allowed"],
    ["init", "3.7", "services: {a: {image: x, init: true}}", null, "services.a Additional property init is not allowed"],
    ["credential_spec.config", "3.8", "services: {a: {image: x, credential_spec: {config: c}}}", null, "services.a.credential_spec Additional property config is not allowed"],
    ["max_replicas_per_node", "3.8", "services: {a: {image: x, deploy: {placement: {max_replicas_per_node: 1}}}}", null, "services.a.deploy.placement Additional property max_replicas_per_node is not allowed"],
    ["secrets driver", "3.8", "secrets: {s: {driver: d}}", null, "secrets.s Additional property driver is not allowed"],
    ["secrets driver_opts", "3.8", "secrets: {s: {file: ./s, driver_opts: {a: 1}}}", null, "secrets.s Additional property driver_opts is not allowed"],
    ["secrets template_driver", "3.8", "secrets: {s: {file: ./s, template_driver: golang}}", null, "secrets.s Additional property template_driver is not allowed"],
    ["configs template_driver", "3.8", "configs: {c: {file: ./c, template_driver: golang}}", null, "configs.c Additional property template_driver is not allowed"],
    ["limits.pids", "3.9", "services: {a: {image: x, deploy: {resources: {limits: {pids: 10}}}}}", null, "services.a.deploy.resources.limits Additional property pids is not allowed"],
    ["cgroupns_mode", "3.9", "services: {a: {image: x, cgroupns_mode: host}}", null, "services.a Additional property cgroupns_mode is not allowed"],
    ["build.extra_hosts", "3.9", "services: {a: {image: x, build: {context: ., extra_hosts: [\"h:1.2.3.4\"]}}}", null, "services.a.build Additional property extra_hosts is not allowed"],
    ["x-cluster-spec typed", "3.10", "volumes: {v: {x-cluster-spec: {group: 5}}}", "volumes.v.x-cluster-spec.group must be a string", null],
    ["build unknown key", "3.11", "services: {a: {image: x, build: {context: ., foo: bar}}}", null, "services.a.build Additional property foo is not allowed"],
    ["healthcheck.start_interval", "3.12", "services: {a: {image: x, healthcheck: {start_interval: 5s}}}", null, "services.a.healthcheck Additional property start_interval is not allowed"],
    ["service network driver_opts", "3.13", "services: {a: {image: x, networks: {n: {driver_opts: {a: b}}}}}", null, "services.a.networks.n Additional property driver_opts is not allowed"],
    ["oom_score_adj", "3.13", "services: {a: {image: x, oom_score_adj: 5}}", null, "services.a Additional property oom_score_adj is not allowed"],
    ["healthcheck interval duration", "3.4", "services: {a: {image: x, healthcheck: {interval: bogus}}}", "services.a.healthcheck.interval Does not match format 'duration'", null],
];

const below = (v: string): string => `3.${Number(v.slice(2)) - 1}`;

describe('per-version additions (docker stack config parity)', () => {
  it.each(additions)('%s (since %s)', (_name, version, body, atMsg, belowMsg) => {
    expect(dockerMessage(`version: "${version}"\n${body}`, version)).toBe(atMsg);
    const older = below(version);
    expect(dockerMessage(`version: "${older}"\n${body}`, older)).toBe(belowMsg);
  });
});

// Bodies validated as 3.13 (no version key); messages observed with `docker stack config`.
// Compose-Specification-only keys are rejected, as docker does; null = accepted by the schema.
const cases313: [string, string | null][] = [
    ["services: {a: {image: x, dns_opt: [a]}}", "services.a Additional property dns_opt is not allowed"],
    ["services: {a: {image: x, platform: linux/amd64}}", "services.a Additional property platform is not allowed"],
    ["services: {a: {image: x, profiles: [p]}}", "services.a Additional property profiles is not allowed"],
    ["services: {a: {image: x, pull_policy: always}}", "services.a Additional property pull_policy is not allowed"],
    ["name: proj", "(root) Additional property name is not allowed"],
    ["include: [other.yml]", "(root) Additional property include is not allowed"],
    ["configs: {c: {content: hello}}", "configs.c Additional property content is not allowed"],
    ["secrets: {s: {environment: FOO}}", "secrets.s Additional property environment is not allowed"],
    ["services: {a: {image: x, depends_on: {b: {condition: service_started}}}, b: {image: x}}", "services.a.depends_on must be a list"],
    ["services: {a: {image: x, env_file: [{path: a.env}]}}", "services.a.env_file.0 must be a string"],
    ["services: {a: {image: x, ports: [{target: 80, host_ip: 127.0.0.1}]}}", "services.a.ports.0 Additional property host_ip is not allowed"],
    ["services: {a: {image: x, volumes: [{type: bind, source: /a, target: /b, bind: {create_host_path: true}}]}}", null],
    ["services: {a: {image: x, deploy: {resources: {limits: {cpus: 0.5}}}}}", "services.a.deploy.resources.limits.cpus must be a string"],
    ["networks: {n: {enable_ipv6: true}}", "networks.n Additional property enable_ipv6 is not allowed"],
    ["services: {a: {image: x, devices: [{source: /dev/x}]}}", "services.a.devices.0 must be a string"],
    ["services: {a: {image: x, build: {context: ., foo: 1, x-a: 1}}}", null],
    ["services: {\"a b\": {image: x}}", "services Additional property a b is not allowed"],
    ["volumes: {\"a b\": {}}", "volumes Additional property a b is not allowed"],
    ["networks: {\"a b\": {}}", null],
    ["services: {a: {image: x, stop_grace_period: 10}}", "services.a.stop_grace_period must be a string"],
    ["services: {a: {image: x, environment: \"FOO=1\"}}", "services.a.environment must be a mapping"],
    ["services: {a: {image: x, volumes: [{source: /a, target: /b}]}}", "services.a.volumes.0 type is required"],
    ["services: {a: {image: x, deploy: {update_config: {order: bogus}}}}", "services.a.deploy.update_config.order services.a.deploy.update_config.order must be one of the following: \"start-first\", \"stop-first\""],
    ["services: {a: {image: x, volumes: [{type: tmpfs, target: /t, tmpfs: {size: -1}}]}}", "services.a.volumes.0.tmpfs.size Must be greater than or equal to 0"],
    ["services: {a: {image: x, volumes: [{type: tmpfs, target: /t, tmpfs: {size: 0.5}}]}}", "services.a.volumes.0.tmpfs.size must be a integer"],
    ["services: {a: {image: x, ulimits: {NOFILE: {soft: 1}, nproc: 5}}}", null],
    ["services: {a: {image: x, ports: [\"80\", \"80\"]}}", "services.a.ports array items[0,1] must be unique"],
    ["services: {a: {image: x, environment: [A=1, A=1]}}", "services.a.environment array items[0,1] must be unique"],
    ["services: {a: {image: x, read_only: yes}}", "services.a.read_only must be a boolean"],
    ["services: {a: {image: x, deploy: {resources: {limits: {memory: 512}}}}}", "services.a.deploy.resources.limits.memory must be a string"],
    ["services: {a: {image: x, deploy: null}}", null],
    ["services: {a: {image: x, ports: [\"8080:80/tcp\", 53, \"1-2:3-4\", \"[::1]:80:80\"]}}", null],
    ["services: {a: {image: x, ports: [\"1-3:4-5\"]}}", "services.a.ports.0 Does not match format 'ports'"],
    ["services: {a: {image: x, expose: [\"whatever\"]}}", null],
    ["services: {a: {image: x, extra_hosts: {h: true}}}", "services.a.extra_hosts.h must be a string, number or null"],
    ["services: {a: {image: x, logging: {options: {a: true}}}}", "services.a.logging.options.a must be a string, number or null"],
    ["services: {a: {image: x, networks: {n: {aliases: [a, a]}}}}", "services.a.networks.n.aliases array items[0,1] must be unique"],
    ["services: {a: {image: x, secrets: [{source: s, mode: \"0440\"}]}}", "services.a.secrets.0.mode must be a number"],
    ["services: {a: {build: .}}", null],
    ["helicopters: 1", "(root) Additional property helicopters is not allowed"],
];

describe('3.13 messages (docker stack config parity)', () => {
  it.each(cases313)('%s', (body, expected) => {
    expect(dockerMessage(body, '3.13')).toBe(expected);
  });
});

describe('diagnostic shape', () => {
  it('reports every problem, the docker one first, each with its own path', () => {
    const out = check('services: {a: {image: 1, foo: 1, ports: ["x"], environment: {A: true}}}', '3.13');
    expect(out.map((d) => [d.code, d.path, d.message])).toEqual([
      ['validate/type', ['services', 'a', 'environment', 'A'], 'must be a string, number or null'],
      ['validate/additional-property', ['services', 'a', 'foo'], 'Additional property foo is not allowed'],
      ['validate/type', ['services', 'a', 'image'], 'must be a string'],
      ['validate/format', ['services', 'a', 'ports', 0], "Does not match format 'ports'"],
    ]);
    expect(out[0]?.data?.['primary']).toBe(true);
    expect(out.every((d) => d.file === 'f.yml' && d.severity === 'error')).toBe(true);
  });

  it('points additional properties at the key, with docker text on the parent', () => {
    const [d] = check('services: {a: {image: x, dns_opt: [a]}}', '3.13');
    expect(d).toMatchObject({ code: 'validate/additional-property', path: ['services', 'a', 'dns_opt'], atKey: true });
    expect(d?.data).toMatchObject({ property: 'dns_opt', dockerMessage: 'services.a Additional property dns_opt is not allowed' });
  });

  it('points required at the parent mapping', () => {
    const [d] = check('services: {a: {image: x, ulimits: {nofile: {soft: 1}}}}', '3.13');
    expect(d).toMatchObject({ code: 'validate/required', path: ['services', 'a', 'ulimits', 'nofile'], message: 'hard is required' });
  });

  it('collapses oneOf noise: one diagnostic per offending node', () => {
    const out = check('services: {a: {image: x, ports: [{target: "80", published: "x"}], build: {context: 1}}}', '3.13');
    expect(out.map((d) => d.data?.['dockerMessage'])).toEqual([
      'services.a.ports.0.target must be a integer',
      'services.a.build.context must be a string',
      'services.a.ports.0.published must be a integer',
    ]);
  });

  it('reports enum without the doubled path in the message', () => {
    const [d] = check('services: {a: {image: x, deploy: {update_config: {order: x}}}}', '3.13');
    expect(d?.message).toBe('must be one of the following: "start-first", "stop-first"');
    expect(d?.code).toBe('validate/enum');
  });

  it('lists every duplicate pair of a list', () => {
    const [d] = check('services: {a: {image: x, cap_add: [a, b, a, b]}}', '3.13');
    expect(d?.message).toBe('array items[0,2] must be unique');
    expect(d?.data?.['duplicates']).toEqual([[0, 2], [1, 3]]);
  });

  it('rejects a numeric version with docker wording', () => {
    expect(dockerMessage('version: 3.8\nservices: {}', '3.8')).toBe('version must be a string');
  });

  it('rejects a top level that is not a mapping', () => {
    expect(dockerMessage('[1]', '3.13')).toBe('(root) must be a mapping');
  });

  it.each(['2.0', '3.14', '3.4.1', '${V}'])('reports unsupported version %s at the version value', (v) => {
    const out: DiagnosticInput[] = [];
    expect(validateSchema({ version: v }, { file: 'f.yml', version: v }, (d) => out.push(d))).toBe(false);
    expect(out).toEqual([
      {
        code: 'validate/unsupported-version',
        severity: 'error',
        message: `unsupported Compose file version: ${v}`,
        file: 'f.yml',
        path: ['version'],
        data: expect.objectContaining({ dockerMessage: `unsupported Compose file version: ${v}` }),
      },
    ]);
  });

  it('returns true and reports nothing for a valid file', () => {
    const out: DiagnosticInput[] = [];
    expect(validateSchema({ services: { a: { image: 'x' } } }, { file: 'f.yml', version: '3.13' }, (d) => out.push(d))).toBe(true);
    expect(out).toEqual([]);
  });
});
