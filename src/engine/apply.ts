/**
 * `applyPlan`: deploy a plan to a live swarm the way `docker stack deploy --resolve-image never`
 * does, in its order (stack-deploy.md §5.2): manager check, external networks, networks, secrets,
 * configs, services. Every object is inspected before it is written, so running the same plan
 * again updates instead of duplicating, and a deploy cut short can simply be rerun.
 */
import type { Plan, PlanKind, PlanStep } from '../emit/plan/types.js';
import { checkSwarmManager, validateExternalNetworks, validateExternalObjects } from './apply-preflight.js';
import { applyNetworks } from './apply-networks.js';
import { applyObjects } from './apply-objects.js';
import { applyServices } from './apply-services.js';
import type { ApplyContext, ApplyOptions, ApplyResult, PhaseResult, StepResult } from './apply-types.js';
import type { EngineClient } from './client.js';
import { reportEngineError } from './engine-diagnostics.js';

export type { ApplyOptions, ApplyResult, StepOutcome, StepResult } from './apply-types.js';

/**
 * Apply `plan` through `client`. Never throws for engine trouble: errors are reported as
 * `engine/<slug>` diagnostics, the deploy stops at the first one (nothing is rolled back, as with
 * docker), and the result lists what happened to every step.
 */
export async function applyPlan(plan: Plan, client: EngineClient, options: ApplyOptions): Promise<ApplyResult> {
  const ctx: ApplyContext = {
    client,
    options,
    stack: plan.stack,
    outcomes: new Map(),
    ids: { secret: new Map(), config: new Map() },
  };
  let failed = false;
  const report = options.report;
  const watched: ApplyOptions = {
    ...options,
    report: (d) => {
      if (d.severity === 'error') failed = true;
      report(d);
    },
  };
  const watchedCtx: ApplyContext = { ...ctx, options: watched };
  try {
    await runPhases(watchedCtx, plan);
  } catch (err) {
    // A bug of ours, not the engine's: still a diagnostic, never a stack trace.
    reportEngineError(watched.report, 'internal-error', `stackc: internal error during deploy: ${(err as Error)?.message ?? String(err)}`);
  }
  const steps: StepResult[] = plan.steps.map(
    (s) => ctx.outcomes.get(s.id) ?? { id: s.id, kind: s.kind, name: s.name, outcome: 'not-run' },
  );
  return { ok: !failed && steps.every((s) => s.outcome !== 'failed' && s.outcome !== 'not-run'), steps };
}

async function runPhases(ctx: ApplyContext, plan: Plan): Promise<void> {
  const of = (kind: PlanKind): PlanStep[] => plan.steps.filter((s) => s.kind === kind);
  const phases: (() => Promise<PhaseResult>)[] = [
    () => checkSwarmManager(ctx),
    () => validateExternalNetworks(ctx, plan.externals.networks),
    () => validateExternalObjects(ctx, plan.externals.secrets, plan.externals.configs),
    () => applyNetworks(ctx, of('network')),
    () => applyObjects(ctx, 'secret', of('secret')),
    () => applyObjects(ctx, 'config', of('config')),
    () => applyServices(ctx, of('service')),
  ];
  for (const phase of phases) {
    if ((await phase()) === 'stop') return;
  }
}
