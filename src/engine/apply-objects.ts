/**
 * Secret and config phases: every object's data is read first (docker converts them all before
 * sending any), then each is inspected by name and updated in place (`?version=`) or created.
 * Updating with the full spec is what makes a rerun idempotent; the engine itself rejects a data
 * change (only labels may change), and that error is reported as docker words it.
 */
import type { PlanStep } from '../emit/plan/types.js';
import { recordOutcome, type ApplyContext, type PhaseResult } from './apply-types.js';
import { reportCallFailure, reportEngineError } from './engine-diagnostics.js';
import { resolveData } from './placeholders.js';

/** Run the secret (`kind` = `secret`) or config phase. */
export async function applyObjects(ctx: ApplyContext, kind: 'secret' | 'config', steps: readonly PlanStep[]): Promise<PhaseResult> {
  const bodies: Record<string, unknown>[] = [];
  for (const step of steps) {
    const resolved = resolveData(step.body, ctx.options.readFile);
    if ('error' in resolved) {
      reportEngineError(ctx.options.report, 'read-failed', resolved.error, { [kind]: step.name });
      recordOutcome(ctx, step, 'failed', { error: resolved.error });
      return 'stop';
    }
    bodies.push(resolved.body);
  }
  const api = kind === 'secret' ? 'secrets' : 'configs';
  for (const [i, step] of steps.entries()) {
    const body = bodies[i]!;
    let current;
    try {
      current = await ctx.client.inspectObject(api, step.name);
    } catch (err) {
      // docker returns a failed inspect unwrapped
      const error = reportCallFailure(ctx.options.report, err, 'request-failed', undefined, { [kind]: step.name });
      recordOutcome(ctx, step, 'failed', { error });
      return 'stop';
    }
    if (current) {
      try {
        await ctx.client.updateObject(api, current.ID, current.Version.Index, body);
        ctx.ids[kind].set(step.name, current.ID);
        recordOutcome(ctx, step, 'updated', { engineId: current.ID });
      } catch (err) {
        const error = reportCallFailure(ctx.options.report, err, `${kind}-update-failed`, `failed to update ${kind} ${step.name}`, { [kind]: step.name });
        recordOutcome(ctx, step, 'failed', { engineId: current.ID, error });
        return 'stop';
      }
      continue;
    }
    ctx.options.log(`Creating ${kind} ${step.name}`);
    try {
      const res = await ctx.client.createObject(api, body);
      const id = res?.ID ?? '';
      ctx.ids[kind].set(step.name, id);
      recordOutcome(ctx, step, 'created', { engineId: id });
    } catch (err) {
      const error = reportCallFailure(ctx.options.report, err, `${kind}-create-failed`, `failed to create ${kind} ${step.name}`, { [kind]: step.name });
      recordOutcome(ctx, step, 'failed', { error });
      return 'stop';
    }
  }
  return 'continue';
}
