/**
 * Plan conformance against the real docker CLI: for each case, record what
 * `docker stack deploy --resolve-image never` sends to a fresh swarm, remove the stack, and
 * compare the mutating calls with `planStack`'s plan (normalized as in _engine/normalize-calls).
 *
 * External objects the plan names are created first when missing (corpus stacks expect their
 * deployer to have made them). When the engine itself refuses a call (a name that is not a DNS
 * label, a local-scope network), the plan can't know; the calls docker made up to that point
 * must still match the plan's.
 *
 * Cases: test/engine/cases, plus any folders in STACKC_ENGINE_CASES (colon-separated; a folder of
 * cases such as fixtures/corpus, or single cases).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { planStack } from '../../src/index.js';
import { describeEngine } from '../_engine/engine-available.js';
import { loadCases, stackNameFor } from '../_engine/engine-cases.js';
import { acquireEngineLock } from '../_engine/engine-lock.js';
import { ensureExternals, removeExternals, type CreatedExternals } from '../_engine/externals.js';
import { comparableCalls, diffValues, type NormalCall } from '../_engine/normalize-calls.js';
import { recordDockerDeploys, withCaseStack } from '../_engine/record-deploy.js';

const here = dirname(fileURLToPath(import.meta.url));
const ownRoot = join(here, 'cases');
const roots = [ownRoot, ...(process.env['STACKC_ENGINE_CASES'] ?? '').split(':').filter(Boolean).map((p) => resolve(p))];
const cases = roots.flatMap(loadCases);
/** Our own cases are all valid, deployable stacks; corpus cases may not be. */
const ownCases = new Set(loadCases(ownRoot).map((c) => c.dir));

/** `<phase>:<Name>` of a normalized call, to find the plan steps docker got to. */
const key = (c: NormalCall) => `${c.path.split('/')[1]}:${String((c.body as { Name?: unknown } | null)?.Name)}`;

describeEngine('conformance: docker stack deploy vs stackc plan', () => {
  let release: () => void = () => {};
  beforeAll(async () => {
    release = await acquireEngineLock();
  }, 300_000);
  afterAll(() => release());

  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const stack = stackNameFor('cf', i);
    const result = planStack({ files: c.files, cwd: c.dir, env: c.env, stack, revealSecrets: true });
    let created: CreatedExternals | undefined;
    let docker;
    try {
      [docker] = await withCaseStack(c, stack, async () => {
        if (result.plan) created = await ensureExternals(result.plan.externals);
        return recordDockerDeploys(c, stack);
      });
    } finally {
      if (created) await removeExternals(created);
    }
    const dockerError = docker!.stderr.trim().split('\n').pop() ?? '';
    if (ownCases.has(c.dir)) expect(docker!.ok, docker!.stderr).toBe(true);

    const expected = comparableCalls(docker!.calls);
    const engineRefused = !docker!.ok && dockerError.includes('Error response from daemon');
    if (!docker!.ok && !engineRefused) {
      expect(result.ok, `docker rejected the case (${dockerError}); the plan must too`).toBe(false);
      return;
    }
    // refused at a network create, docker never read files or converted services: a plan error found there stands
    const refusedEarly = engineRefused && /failed to create network /.test(dockerError);
    if (refusedEarly && !result.ok) return;
    expect(result.ok, `plan failed: ${result.diagnostics.map((d) => d.message).join('; ')}`).toBe(true);
    let ours = comparableCalls(result.plan!.steps);
    if (engineRefused) {
      const reached = new Set(expected.map(key));
      ours = ours.filter((x) => reached.has(key(x)));
    }
    const differences = diffValues(expected, ours);
    expect(differences, differences.join('\n')).toEqual([]);
  }, 120_000);
});
