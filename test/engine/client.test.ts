/**
 * The engine client against the real engine: version negotiation, info, and a network's
 * create / inspect / remove round trip, with the recorder showing what went over the wire.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine/client.js';
import { EngineError } from '../../src/engine/engine-error.js';
import { compareApiVersions, CLIENT_MAX_API_VERSION } from '../../src/engine/api-version.js';
import { describeEngine, engine } from '../_engine/engine-available.js';
import { acquireEngineLock } from '../_engine/engine-lock.js';
import { startRecorder, type Recorder } from '../_engine/recorder.js';

describeEngine('engine client', () => {
  let release: () => void = () => {};
  let recorder: Recorder;
  let client: EngineClient;
  const netName = `stackc-client-${process.pid}-${Date.now().toString(36)}`;

  beforeAll(async () => {
    release = await acquireEngineLock();
    recorder = await startRecorder();
    const c = EngineClient.create({ dockerHost: recorder.dockerHost });
    if ('error' in c) throw new Error(c.error);
    client = c;
  }, 300_000);

  afterAll(async () => {
    await client?.removeNetwork(netName).catch(() => undefined);
    await recorder?.stop();
    release();
  });

  it('pings unversioned, then prefixes every call with the negotiated version', async () => {
    const ping = await client.ping();
    expect(ping.apiVersion).toMatch(/^\d+\.\d+$/);
    const version = await client.apiVersion();
    expect(compareApiVersions(version, CLIENT_MAX_API_VERSION)).toBeLessThanOrEqual(0);
    expect(version).toBe(engine.apiVersion);
    await client.info();
    const calls = recorder.calls();
    expect(calls[0]).toMatchObject({ method: 'HEAD', path: '/_ping', status: 200 });
    expect(calls.at(-1)).toMatchObject({ method: 'GET', path: `/v${version}/info`, status: 200 });
  });

  it('reads /info: this node is a swarm manager', async () => {
    const info = await client.info();
    expect(info.Swarm?.ControlAvailable).toBe(true);
    expect(info.Swarm?.LocalNodeState).toBe('active');
  });

  it('creates, inspects, lists by label and removes a network', async () => {
    const label = { 'stackc.test': netName };
    const created = await client.createNetwork({ Name: netName, Driver: 'overlay', Labels: label, Attachable: true });
    expect(created.Id).toMatch(/^\w+$/);
    const inspected = await client.inspectNetwork(netName);
    // (Driver reads "" until a task uses the network, so it is not checked)
    expect(inspected).toMatchObject({ Name: netName, Scope: 'swarm', Labels: label });
    const listed = await client.listNetworks({ label: [`stackc.test=${netName}`] });
    expect(listed.map((n) => n.Name)).toEqual([netName]);
    const createCall = recorder.calls().find((c) => c.method === 'POST' && c.path.endsWith('/networks/create'));
    // docker's client asks for CheckDuplicate on APIs before 1.44; so must we, for equal bodies
    const wantsCheck = compareApiVersions(await client.apiVersion(), '1.44') < 0;
    expect((createCall?.body as Record<string, unknown>)['CheckDuplicate']).toBe(wantsCheck ? true : undefined);
    const filterCall = recorder.calls().find((c) => c.path.includes('/networks?'));
    expect(decodeURIComponent(filterCall!.path.split('filters=')[1]!)).toBe(`{"label":{"stackc.test=${netName}":true}}`);
    await client.removeNetwork(netName);
    expect(await client.inspectNetwork(netName)).toBeUndefined();
  });

  it("carries the engine's status and message on errors", async () => {
    const err = await client.removeNetwork(`${netName}-none`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).status).toBe(404);
    expect((err as EngineError).engineMessage).toMatch(/not found/);
    expect((err as EngineError).message).toMatch(/^Error response from daemon: /);
  });

  it('reports an unreachable engine the way docker does', async () => {
    const dead = EngineClient.create({ dockerHost: 'tcp://127.0.0.1:1', timeoutMs: 2000 });
    if ('error' in dead) throw new Error(dead.error);
    const err = await dead.info().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).status).toBe(0);
    expect((err as EngineError).message).toBe('Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?');
  });
});
