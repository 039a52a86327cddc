/**
 * Whether the engine tests can run here: a reachable engine that is a swarm manager, and the
 * docker CLI (the reference the conformance tests compare against). Without them the engine
 * suites are skipped with a visible warning, unless STACKC_REQUIRE_ENGINE=1 (CI), where a missing
 * engine is a failure: CI must never go green by skipping the only tests that touch a real swarm.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { EngineClient } from '../../src/engine/client.js';

const run = promisify(execFile);

/** Probe result: `reason` says why the engine suites can't run. */
export interface EngineStatus {
  readonly available: boolean;
  readonly reason?: string;
  readonly dockerHost: string;
  readonly apiVersion?: string;
}

/** The engine the tests use: `STACKC_TEST_DOCKER_HOST`, else docker's default socket. */
export const testDockerHost = process.env['STACKC_TEST_DOCKER_HOST'] ?? 'unix:///var/run/docker.sock';

/** True when CI asked for the engine suites to be mandatory. */
export const engineRequired = process.env['STACKC_REQUIRE_ENGINE'] === '1';

async function probe(): Promise<EngineStatus> {
  const client = EngineClient.create({ dockerHost: testDockerHost, timeoutMs: 5000 });
  if ('error' in client) return { available: false, reason: client.error, dockerHost: testDockerHost };
  let apiVersion: string;
  try {
    apiVersion = await client.apiVersion();
    const info = await client.info();
    if (info?.Swarm?.ControlAvailable !== true) {
      return { available: false, reason: `the engine at ${testDockerHost} is not a swarm manager (run scripts/start-swarm.sh)`, dockerHost: testDockerHost };
    }
  } catch (err) {
    return { available: false, reason: `no engine at ${testDockerHost}: ${(err as Error).message}`, dockerHost: testDockerHost };
  }
  try {
    await run('docker', ['version', '--format', '{{.Client.Version}}'], { timeout: 10_000 });
  } catch {
    return { available: false, reason: 'the docker CLI is not on PATH', dockerHost: testDockerHost, apiVersion };
  }
  return { available: true, dockerHost: testDockerHost, apiVersion };
}

/** Probed once per test file. */
export const engine: EngineStatus = await probe();

/**
 * `describe`, sequential, for tests that need the swarm. Skipped with a warning when there is
 * none; replaced by one failing test when STACKC_REQUIRE_ENGINE=1.
 */
export function describeEngine(name: string, body: () => void): void {
  if (!engine.available) {
    if (engineRequired) {
      describe(name, () => {
        it('needs a reachable swarm engine (STACKC_REQUIRE_ENGINE=1)', () => {
          throw new Error(`STACKC_REQUIRE_ENGINE=1 but ${engine.reason}`);
        });
      });
      return;
    }
    console.warn(`[stackc] skipping engine tests "${name}": ${engine.reason} (set STACKC_REQUIRE_ENGINE=1 to make this a failure)`);
  }
  describe.skipIf(!engine.available).sequential(name, body);
}
