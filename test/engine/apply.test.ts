/**
 * `applyPlan` on the real swarm, judged by docker: for the same input, a fresh apply must send
 * the mutating calls `docker stack deploy` sends, a second apply the calls docker's redeploy sends
 * (updates, no creates), and a deploy cut short must finish when rerun. Errors come back as
 * diagnostics in docker's words, never as exceptions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../../src/emit/plan/types.js';
import { directClient, removeStack } from '../_engine/docker-cli.js';
import { describeEngine } from '../_engine/engine-available.js';
import { readCase, stackNameFor, type EngineCase } from '../_engine/engine-cases.js';
import { acquireEngineLock } from '../_engine/engine-lock.js';
import { comparableCalls, diffValues } from '../_engine/normalize-calls.js';
import { planStack } from '../../src/index.js';
import { recordDockerDeploys, withCaseStack } from '../_engine/record-deploy.js';
import { startRecorder, type Recorder } from '../_engine/recorder.js';
import { applyThrough, progressLines } from '../_engine/run-apply.js';

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
/** Cases that exercise every phase and every placeholder kind. */
const APPLY_CASES = ['networks', 'secrets-configs', 'credential-spec', 'service-full', 'jobs'];

function caseNamed(name: string): EngineCase {
  const c = readCase(join(casesDir, name));
  if (!c) throw new Error(`no case ${name}`);
  return c;
}

/** `planStack`'s plan for the case; secrets not revealed, so apply reads the files itself. */
function planFor(c: EngineCase, stack: string): Plan {
  const r = planStack({ files: c.files, cwd: c.dir, env: c.env, stack });
  if (!r.ok || !r.plan) throw new Error(`planStack failed: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.plan;
}

function expectSameCalls(docker: Parameters<typeof comparableCalls>[0], ours: Parameters<typeof comparableCalls>[0]): void {
  const differences = diffValues(comparableCalls(docker), comparableCalls(ours));
  expect(differences, differences.join('\n')).toEqual([]);
}

describeEngine('apply on a live swarm', () => {
  let release: () => void = () => {};
  let recorder: Recorder;
  const stacks: string[] = [];
  let n = 0;
  const newStack = () => {
    const s = stackNameFor('ap', n++);
    stacks.push(s);
    return s;
  };

  beforeAll(async () => {
    release = await acquireEngineLock();
    recorder = await startRecorder();
  }, 300_000);

  afterAll(async () => {
    try {
      for (const s of stacks) await removeStack(s);
    } finally {
      await recorder?.stop();
      release();
    }
  }, 120_000);

  it.each(APPLY_CASES)('%s: fresh apply and rerun send what docker sends', async (name) => {
    const c = caseNamed(name);
    const stack = newStack();
    const [fresh, again] = await withCaseStack(c, stack, () => recordDockerDeploys(c, stack, 2));
    expect(fresh!.ok && again!.ok, fresh!.stderr + again!.stderr).toBe(true);
    const plan = planFor(c, stack);

    await withCaseStack(c, stack, async () => {
      const first = await applyThrough(recorder, plan);
      expect(first.diagnostics.map((d) => d.message)).toEqual([]);
      expect(first.result.ok).toBe(true);
      expectSameCalls(fresh!.calls, first.calls);
      expect(progressLines(first.logs)).toEqual(progressLines(fresh!.stdout));

      const second = await applyThrough(recorder, plan);
      expect(second.result.ok).toBe(true);
      expect(second.calls.filter((x) => x.path.endsWith('/create'))).toEqual([]);
      expectSameCalls(again!.calls, second.calls);
      expect(progressLines(second.logs)).toEqual(progressLines(again!.stdout));
      expect(new Set(second.result.steps.map((s) => s.outcome))).toEqual(
        new Set(plan.steps.map((s) => (s.kind === 'network' ? 'exists' : 'updated'))),
      );
    });
  }, 120_000);

  it('finishes a deploy that was cut short', async () => {
    const c = caseNamed('secrets-configs');
    const stack = newStack();
    const plan = planFor(c, stack);
    // stop after the first secret, as if the connection had dropped there
    const cut = plan.steps.findIndex((s) => s.kind === 'secret') + 1;
    const partial: Plan = { ...plan, steps: plan.steps.slice(0, cut) };

    await withCaseStack(c, stack, async () => {
      const first = await applyThrough(recorder, partial);
      expect(first.result.ok).toBe(true);
      const second = await applyThrough(recorder, plan);
      expect(second.diagnostics.map((d) => d.message)).toEqual([]);
      expect(second.result.steps.map((s) => [s.id, s.outcome])).toEqual(
        plan.steps.map((s, i) => [s.id, i >= cut ? 'created' : s.kind === 'network' ? 'exists' : 'updated']),
      );
      // every object was created exactly once over the two runs
      const creates = [...first.calls, ...second.calls].filter((x) => x.path.endsWith('/create')).map((x) => (x.body as { Name: string }).Name);
      expect(creates.sort()).toEqual(plan.steps.map((s) => s.name).sort());
      const services = await directClient().listServices({ label: [`com.docker.stack.namespace=${stack}`] });
      expect(services.map((s) => s.Spec.Name)).toEqual([`${stack}_app`]);
    });
  }, 120_000);

  it('reads DataSource files and reports unreadable ones as docker does', async () => {
    const stack = newStack();
    const dir = mkdtempSync(join(tmpdir(), 'stackc-apply-'));
    try {
      writeFileSync(join(dir, 'pw.txt'), 'pa55\n');
      const secret = (file: string): PlanStep => ({
        id: `secret:${stack}_pw`, kind: 'secret', name: `${stack}_pw`, action: 'create', method: 'POST', path: '/secrets/create',
        body: { Name: `${stack}_pw`, Labels: { 'com.docker.stack.namespace': stack }, Data: { $source: 'file', path: join(dir, file) } },
      });
      const bad = await applyThrough(recorder, { stack, steps: [secret('nope.txt')], externals: { networks: [], secrets: [], configs: [] } });
      expect(bad.result.ok).toBe(false);
      expect(bad.result.steps[0]?.outcome).toBe('failed');
      expect(bad.diagnostics).toEqual([
        expect.objectContaining({ code: 'engine/read-failed', severity: 'error', message: `open ${join(dir, 'nope.txt')}: no such file or directory` }),
      ]);
      expect(bad.calls.filter((x) => x.method === 'POST')).toEqual([]);

      const good = await applyThrough(recorder, { stack, steps: [secret('pw.txt')], externals: { networks: [], secrets: [], configs: [] } });
      expect(good.result.ok).toBe(true);
      const create = good.calls.find((x) => x.path.endsWith('/secrets/create'));
      expect((create?.body as { Data: string }).Data).toBe(Buffer.from('pa55\n').toString('base64'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at the first engine error with docker\'s message (changed secret data)', async () => {
    const c = caseNamed('secrets-configs');
    const stack = newStack();
    const plan = planFor(c, stack);
    await withCaseStack(c, stack, async () => {
      expect((await applyThrough(recorder, plan)).result.ok).toBe(true);
      const firstSecret = plan.steps.find((s) => s.kind === 'secret')!;
      const changed: Plan = {
        ...plan,
        steps: plan.steps.map((s) => (s === firstSecret ? { ...s, body: { ...s.body, Data: Buffer.from('other').toString('base64') } } : s)),
      };
      const run = await applyThrough(recorder, changed);
      expect(run.result.ok).toBe(false);
      expect(run.diagnostics).toEqual([
        expect.objectContaining({
          code: 'engine/secret-update-failed',
          message: `failed to update secret ${firstSecret.name}: Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed`,
        }),
      ]);
      const outcomes = new Map(run.result.steps.map((s) => [s.id, s.outcome]));
      expect(outcomes.get(firstSecret.id)).toBe('failed');
      expect(run.result.steps.filter((s) => s.kind === 'service').map((s) => s.outcome)).toEqual(['not-run']);
    });
  }, 120_000);

  it('validates external networks with docker\'s messages', async () => {
    const c = caseNamed('networks');
    const stack = newStack();
    // docker without the case's setup: the external network is missing
    const [dockerRun] = await recordDockerDeploys({ ...c, setup: undefined }, stack);
    await removeStack(stack);
    expect(dockerRun!.ok).toBe(false);
    const plan: Plan = { stack, steps: [], externals: { networks: ['host', 'stackc-case-shared'], secrets: [], configs: [] } };
    const missing = await applyThrough(recorder, plan);
    expect(missing.result.ok).toBe(false);
    expect(missing.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['engine/external-network-missing', dockerRun!.stderr.trim().split('\n').pop()!.replace(/^failed to deploy stack: /, '')],
    ]);
    expect(missing.calls.filter((x) => x.method !== 'GET' && x.method !== 'HEAD')).toEqual([]);

    // a local-scope network by that name has the wrong scope
    const local = `stackc-local-${process.pid}`;
    const client = directClient();
    await client.createNetwork({ Name: local, Driver: 'bridge' }).catch(() => undefined);
    try {
      const wrong = await applyThrough(recorder, { ...plan, externals: { networks: [local], secrets: [], configs: [] } });
      expect(wrong.diagnostics.map((d) => d.message)).toEqual([
        `network "${local}" is declared as external, but it is not in the right scope: "local" instead of "swarm"`,
      ]);
    } finally {
      await client.removeNetwork(local).catch(() => undefined);
    }
  }, 120_000);

  // docker finds a missing external secret only while converting services, after creating the
  // stack's networks; stackc checks externals first, so nothing is created.
  it('refuses a missing external secret before changing anything', async () => {
    const stack = newStack();
    const plan: Plan = {
      stack,
      steps: [{
        id: `network:${stack}_default`, kind: 'network', name: `${stack}_default`, action: 'create', method: 'POST', path: '/networks/create',
        body: { Name: `${stack}_default`, Driver: 'overlay', Labels: { 'com.docker.stack.namespace': stack } },
      }, {
        id: `service:${stack}_app`, kind: 'service', name: `${stack}_app`, action: 'create', method: 'POST', path: '/services/create',
        body: {
          Name: `${stack}_app`,
          Labels: { 'com.docker.stack.namespace': stack },
          TaskTemplate: { ContainerSpec: { Image: 'busybox:latest', Secrets: [{ File: { Name: 'x', UID: '0', GID: '0', Mode: 292 }, SecretID: { $ref: 'secret', name: 'stackc-no-such-secret' }, SecretName: 'stackc-no-such-secret' }] } },
        },
      }],
      externals: { networks: [], secrets: ['stackc-no-such-secret'], configs: [] },
    };
    const run = await applyThrough(recorder, plan);
    expect(run.result.ok).toBe(false);
    expect(run.result.steps.map((s) => s.outcome)).toEqual(['not-run', 'not-run']);
    expect(run.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['engine/external-secret-missing', 'secret "stackc-no-such-secret" is declared as external, but could not be found; create it before deploying (nothing was changed)'],
    ]);
    expect(run.calls.filter((x) => x.method === 'POST')).toEqual([]);
  });

  it('reports an unreachable engine instead of throwing', async () => {
    const plan: Plan = { stack: 'x', steps: [], externals: { networks: [], secrets: [], configs: [] } };
    const run = await applyThrough(recorder, plan, 'tcp://127.0.0.1:1');
    expect(run.result.ok).toBe(false);
    expect(run.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['engine/unreachable', 'Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?'],
    ]);
  });
});
