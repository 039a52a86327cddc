/**
 * Network phase: list the stack's networks by label, create the ones missing. Existing networks
 * are left alone, as docker does (networks can't be updated in place).
 */
import type { PlanStep } from '../emit/plan/types.js';
import { recordOutcome, type ApplyContext, type PhaseResult } from './apply-types.js';
import { reportCallFailure } from './engine-diagnostics.js';
import { stackFilter } from './stack-label.js';

/**
 * `GET /networks?filters=<stack label>` (always, even with nothing to create), then
 * `POST /networks/create` for each step whose name is not in that list.
 */
export async function applyNetworks(ctx: ApplyContext, steps: readonly PlanStep[]): Promise<PhaseResult> {
  let existing;
  try {
    existing = await ctx.client.listNetworks(stackFilter(ctx.stack));
  } catch (err) {
    reportCallFailure(ctx.options.report, err, 'request-failed');
    return 'stop';
  }
  const byName = new Map((existing ?? []).map((n) => [n.Name, n.Id]));
  for (const step of steps) {
    const id = byName.get(step.name);
    if (id !== undefined) {
      recordOutcome(ctx, step, 'exists', { engineId: id });
      continue;
    }
    ctx.options.log(`Creating network ${step.name}`);
    try {
      const res = await ctx.client.createNetwork(step.body);
      recordOutcome(ctx, step, 'created', { engineId: res?.Id ?? res?.ID });
    } catch (err) {
      const error = reportCallFailure(ctx.options.report, err, 'network-create-failed', `failed to create network ${step.name}`, { network: step.name });
      recordOutcome(ctx, step, 'failed', { error });
      return 'stop';
    }
  }
  return 'continue';
}
