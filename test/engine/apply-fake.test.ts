/**
 * `applyPlan` against an in-memory fake engine: the exact request sequence, placeholder
 * resolution, update semantics and failure handling, checked without a swarm (runs everywhere).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import type { Plan, PlanStep } from '../../src/emit/plan/types.js';
import { applyPlan } from '../../src/engine/apply.js';
import { EngineClient } from '../../src/engine/client.js';
import { startFakeEngine, type FakeEngine } from '../_engine/fake-engine.js';

const S = 'st';
const LABELS = { 'com.docker.stack.namespace': S };

function step(kind: PlanStep['kind'], name: string, body: Record<string, unknown>): PlanStep {
  const api = `${kind}s`;
  return { id: `${kind}:${name}`, kind, name, action: 'create', method: 'POST', path: `/${api}/create`, body: { Name: name, ...body } };
}

const plan: Plan = {
  stack: S,
  steps: [
    step('network', 'st_default', { Driver: 'overlay', Labels: LABELS }),
    step('secret', 'st_pw', { Labels: LABELS, Data: { $source: 'file', path: '/abs/pw.txt' } }),
    step('config', 'st_cred', { Labels: LABELS, Data: 'e30=' }),
    step('service', 'st_web', {
      Labels: { ...LABELS, 'com.docker.stack.image': 'nginx' },
      TaskTemplate: {
        ContainerSpec: {
          Image: 'nginx:latest',
          Privileges: { CredentialSpec: { Config: { $ref: 'config', name: 'st_cred' }, File: '', Registry: '' } },
          Secrets: [{ File: { Name: 'pw', UID: '0', GID: '0', Mode: 292 }, SecretID: { $ref: 'secret', name: 'st_pw' }, SecretName: 'st_pw' }],
          Configs: [{ Runtime: {}, ConfigID: { $ref: 'config', name: 'st_cred' }, ConfigName: 'st_cred' }],
        },
        Networks: [{ Target: 'st_default', Aliases: ['web'] }],
        ForceUpdate: 0,
      },
      Mode: { Replicated: {} },
    }),
  ],
  externals: { networks: [], secrets: [], configs: [] },
};

describe('applyPlan (fake engine)', () => {
  let fake: FakeEngine;
  let diagnostics: DiagnosticInput[];
  let logs: string[];
  let files: Record<string, string>;

  beforeEach(async () => {
    fake = await startFakeEngine();
    diagnostics = [];
    logs = [];
    files = { '/abs/pw.txt': 'pa55\n' };
  });
  afterEach(() => fake.stop());

  async function apply(p: Plan = plan) {
    fake.calls.length = 0;
    logs.length = 0;
    const client = EngineClient.create({ dockerHost: fake.dockerHost });
    if ('error' in client) throw new Error(client.error);
    return applyPlan(p, client, {
      readFile: (path) => {
        if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return Buffer.from(files[path]!);
      },
      report: (d) => diagnostics.push(d),
      log: (l) => logs.push(l),
    });
  }
  const sequence = () => fake.calls.map((c) => `${c.method} ${decodeURIComponent(c.path)}`);
  const body = (pathEnd: string) => fake.calls.find((c) => c.method === 'POST' && c.path.split('?')[0]!.endsWith(pathEnd))?.body as Record<string, any>;

  it("creates everything in docker's order, resolving placeholders", async () => {
    const result = await apply();
    expect(diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(sequence()).toEqual([
      'HEAD /_ping',
      'GET /v1.41/info',
      'GET /v1.41/networks?filters={"label":{"com.docker.stack.namespace=st":true}}',
      'POST /v1.41/networks/create',
      'GET /v1.41/secrets/st_pw',
      'POST /v1.41/secrets/create',
      'GET /v1.41/configs/st_cred',
      'POST /v1.41/configs/create',
      'GET /v1.41/secrets?filters={"name":{"st_pw":true}}',
      'GET /v1.41/configs?filters={"name":{"st_cred":true}}',
      'GET /v1.41/services?filters={"label":{"com.docker.stack.namespace=st":true}}',
      'POST /v1.41/services/create',
    ]);
    expect(logs).toEqual(['Creating network st_default', 'Creating secret st_pw', 'Creating config st_cred', 'Creating service st_web']);
    expect(body('/networks/create')).toEqual({ Name: 'st_default', Driver: 'overlay', Labels: LABELS, CheckDuplicate: true });
    expect(body('/secrets/create')['Data']).toBe(Buffer.from('pa55\n').toString('base64'));
    const secretId = fake.store['secrets']!.get('st_pw')!.ID;
    const configId = fake.store['configs']!.get('st_cred')!.ID;
    const spec = body('/services/create')['TaskTemplate'].ContainerSpec;
    expect(spec.Secrets[0].SecretID).toBe(secretId);
    expect(spec.Configs[0].ConfigID).toBe(configId);
    expect(spec.Privileges.CredentialSpec.Config).toBe(configId);
    expect(result.steps.map((s) => s.outcome)).toEqual(['created', 'created', 'created', 'created']);
  });

  it('reruns as updates: versions quoted, ForceUpdate and an unchanged image kept', async () => {
    await apply();
    const web = fake.store['services']!.get('st_web')!;
    const task = web.Spec['TaskTemplate'] as Record<string, any>;
    task['ForceUpdate'] = 3;
    task['ContainerSpec'].Image = 'nginx:latest@sha256:abc';
    const version = web.Version.Index;
    const secret = fake.store['secrets']!.get('st_pw')!;
    const config = fake.store['configs']!.get('st_cred')!;
    const [secretVersion, configVersion] = [secret.Version.Index, config.Version.Index];
    const result = await apply();
    expect(result.steps.map((s) => s.outcome)).toEqual(['exists', 'updated', 'updated', 'updated']);
    const posts = sequence().filter((l) => l.startsWith('POST'));
    expect(posts).toEqual([
      `POST /v1.41/secrets/${secret.ID}/update?version=${secretVersion}`,
      `POST /v1.41/configs/${config.ID}/update?version=${configVersion}`,
      `POST /v1.41/services/${web.ID}/update?version=${version}`,
    ]);
    expect(logs).toEqual([`Updating service st_web (id: ${web.ID})`]);
    const serviceUpdate = fake.calls.find((c) => c.path.includes('/services/') && c.method === 'POST')!.body as Record<string, any>;
    expect(serviceUpdate['TaskTemplate'].ForceUpdate).toBe(3);
    expect(serviceUpdate['TaskTemplate'].ContainerSpec.Image).toBe('nginx:latest@sha256:abc');
  });

  it('sends the new image when the image as written changed', async () => {
    await apply();
    const changed: Plan = {
      ...plan,
      steps: plan.steps.map((s) =>
        s.kind === 'service'
          ? { ...s, body: { ...s.body, Labels: { ...LABELS, 'com.docker.stack.image': 'nginx:1.27' }, TaskTemplate: { ...(s.body['TaskTemplate'] as object), ContainerSpec: { ...((s.body['TaskTemplate'] as any).ContainerSpec), Image: 'nginx:1.27' } } } }
          : s,
      ),
    };
    fake.store['services']!.get('st_web')!.Spec['TaskTemplate'] = { ContainerSpec: { Image: 'nginx:latest@sha256:abc' } };
    await apply(changed);
    const serviceUpdate = fake.calls.find((c) => c.path.includes('/services/') && c.method === 'POST')!.body as Record<string, any>;
    expect(serviceUpdate['TaskTemplate'].ContainerSpec.Image).toBe('nginx:1.27');
  });

  it('omits CheckDuplicate on API 1.44 and later', async () => {
    await fake.stop();
    fake = await startFakeEngine('1.45');
    await apply();
    expect(sequence()[1]).toBe('GET /v1.45/info');
    expect(body('/networks/create')).not.toHaveProperty('CheckDuplicate');
  });

  it('stops when the node is not a manager', async () => {
    fake.manager = false;
    const result = await apply();
    expect(result.ok).toBe(false);
    expect(result.steps.every((s) => s.outcome === 'not-run')).toBe(true);
    expect(diagnostics.map((d) => d.code)).toEqual(['engine/not-swarm-manager']);
    expect(sequence()).toEqual(['HEAD /_ping', 'GET /v1.41/info']);
  });

  it('wraps a failed create and stops there', async () => {
    fake.failNext('POST', '/configs/create', 500, 'boom');
    const result = await apply();
    expect(result.steps.map((s) => s.outcome)).toEqual(['created', 'created', 'failed', 'not-run']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'engine/config-create-failed', severity: 'error', message: 'failed to create config st_cred: Error response from daemon: boom', data: { config: 'st_cred', status: 500 } }),
    ]);
    expect(sequence().at(-1)).toBe('POST /v1.41/configs/create');
  });

  it('reports a conflicting unlabelled network as docker does', async () => {
    fake.store['networks']!.set('st_default', { ID: 'n1', Version: { Index: 1 }, Spec: { Name: 'st_default' } });
    const result = await apply();
    expect(result.steps[0]?.outcome).toBe('failed');
    expect(diagnostics.map((d) => d.message)).toEqual(['failed to create network st_default: Error response from daemon: network with name st_default already exists']);
  });

  it('reads every secret file before creating any secret', async () => {
    delete files['/abs/pw.txt'];
    const result = await apply();
    expect(result.steps.map((s) => s.outcome)).toEqual(['created', 'failed', 'not-run', 'not-run']);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['engine/read-failed', 'open /abs/pw.txt: no such file or directory']]);
    expect(sequence().some((l) => l.includes('/secrets'))).toBe(false);
  });

  it('reports an invalid docker host without calling anything', () => {
    expect(EngineClient.create({ dockerHost: 'ssh://me@host' })).toEqual({ error: expect.stringContaining('unsupported docker host') });
  });
});
