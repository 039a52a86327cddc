/**
 * The reference: what `docker stack deploy --resolve-image never` sends for a case, recorded
 * through the in-process recorder, with the stack removed again afterwards.
 */
import { docker, dockerStackDeploy, removeStack, runCommands, type DockerRun } from './docker-cli.js';
import type { EngineCase } from './engine-cases.js';
import { startRecorder, type RecordedCall } from './recorder.js';

/** docker's run and every call it made. */
export interface RecordedDeploy extends DockerRun {
  readonly calls: readonly RecordedCall[];
}

/** Deploy `c` as `stack` with docker (`times` times in a row), recording each run's calls. */
export async function recordDockerDeploys(c: EngineCase, stack: string, times = 1): Promise<RecordedDeploy[]> {
  const recorder = await startRecorder();
  const runs: RecordedDeploy[] = [];
  try {
    for (let i = 0; i < times; i++) {
      recorder.clear();
      const r = await dockerStackDeploy({ cwd: c.dir, files: c.files, stack, env: c.env, dockerHost: recorder.dockerHost });
      runs.push({ ...r, calls: recorder.calls() });
    }
  } finally {
    await recorder.stop();
  }
  return runs;
}

/**
 * Setup, `body`, then removal of `stack` and teardown, whatever happens in `body`. Leftovers of
 * an earlier crashed run with the same stack name are removed first.
 */
export async function withCaseStack<T>(c: EngineCase, stack: string, body: () => Promise<T>): Promise<T> {
  await removeStack(stack);
  await runCommands(c.setup, c.dir, 5000);
  try {
    return await body();
  } finally {
    await removeStack(stack);
    await runCommands(c.teardown, c.dir);
  }
}

export { docker };
