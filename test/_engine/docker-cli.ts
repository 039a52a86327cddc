/**
 * Driving the real docker CLI, the reference the engine tests compare against. Always async:
 * the recorder runs in this process, so a blocking spawn would deadlock it.
 */
import { execFile } from 'node:child_process';
import { EngineClient } from '../../src/engine/client.js';
import { stackFilter } from '../../src/engine/stack-label.js';
import { testDockerHost } from './engine-available.js';

/** Exit status and output of one docker run. */
export interface DockerRun {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment docker runs with: ours minus `DOCKER_*` overrides, plus `env`. */
function dockerEnv(env: Readonly<Record<string, string>>, dockerHost: string): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('DOCKER_')) delete base[key];
  return { ...base, ...env, DOCKER_HOST: dockerHost, DOCKER_CLI_HINTS: 'false' };
}

/** Run `docker ARGS` in `cwd` against `dockerHost`. */
export function docker(args: readonly string[], opts: { cwd?: string; env?: Readonly<Record<string, string>>; dockerHost?: string } = {}): Promise<DockerRun> {
  return new Promise((resolve) => {
    execFile(
      'docker',
      [...args],
      { cwd: opts.cwd, env: dockerEnv(opts.env ?? {}, opts.dockerHost ?? testDockerHost), timeout: 120_000, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** `docker stack deploy --resolve-image never -c F… STACK`, through `dockerHost` (the recorder). */
export function dockerStackDeploy(opts: { cwd: string; files: readonly string[]; stack: string; env?: Readonly<Record<string, string>>; dockerHost: string }): Promise<DockerRun> {
  const args = ['stack', 'deploy', '--resolve-image', 'never'];
  for (const f of opts.files) args.push('-c', f);
  args.push(opts.stack);
  return docker(args, { cwd: opts.cwd, env: opts.env, dockerHost: opts.dockerHost });
}

/** A client for the test engine (not through any recorder). */
export function directClient(): EngineClient {
  const c = EngineClient.create({ dockerHost: testDockerHost });
  if ('error' in c) throw new Error(c.error);
  return c;
}

/**
 * `docker stack rm STACK`, then wait until none of its objects are left: the next test may reuse
 * a fixed network name or subnet, and the engine removes networks after the services' tasks go.
 */
export async function removeStack(stack: string, timeoutMs = 30_000): Promise<void> {
  const client = directClient();
  const filter = stackFilter(stack);
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    // rm again now and then: a network still attached to a dying task is skipped by the first one
    if (attempt % 10 === 0) await docker(['stack', 'rm', stack]);
    const [services, networks, secrets, configs] = await Promise.all([
      client.listServices(filter),
      client.listNetworks(filter),
      client.listObjects('secrets', filter),
      client.listObjects('configs', filter),
    ]);
    if (services.length + networks.length + secrets.length + configs.length === 0) return;
    if (Date.now() > deadline) throw new Error(`stack ${stack} still has objects after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Run setup/teardown commands (`[cmd, ...args]`) in `cwd`. Failures are ignored (a teardown of
 * nothing is fine), but with `retryMs` a failing command is retried for that long: a swarm network
 * removed by the previous case's teardown can linger for a moment and block its re-creation.
 */
export async function runCommands(commands: readonly (readonly string[])[] | undefined, cwd: string, retryMs = 0): Promise<void> {
  for (const [cmd, ...args] of commands ?? []) {
    const deadline = Date.now() + retryMs;
    for (;;) {
      const ok = cmd === 'docker'
        ? (await docker(args, { cwd })).ok
        : await new Promise<boolean>((r) => execFile(cmd!, args, { cwd }, (err) => r(!err)));
      if (ok || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
