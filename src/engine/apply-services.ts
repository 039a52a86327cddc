/**
 * Service phase, in docker's two passes: first every service's secret and config references are
 * looked up by name (a missing one stops the deploy before any service changes), then the stack's
 * services are listed by label and each is updated in place or created.
 */
import type { PlanStep } from '../emit/plan/types.js';
import { recordOutcome, type ApplyContext, type PhaseResult } from './apply-types.js';
import type { ServiceInspect } from './engine-types.js';
import { reportCallFailure, reportEngineError } from './engine-diagnostics.js';
import { collectRefs, substituteRefs } from './placeholders.js';
import { STACK_IMAGE_LABEL, stackFilter } from './stack-label.js';

type Spec = Record<string, unknown>;

/** Run the service phase. */
export async function applyServices(ctx: ApplyContext, steps: readonly PlanStep[]): Promise<PhaseResult> {
  const specs: Spec[] = [];
  for (const step of steps) {
    const spec = await resolveServiceRefs(ctx, step);
    if (!spec) return 'stop';
    specs.push(spec);
  }
  let existing: ServiceInspect[];
  try {
    existing = (await ctx.client.listServices(stackFilter(ctx.stack))) ?? [];
  } catch (err) {
    reportCallFailure(ctx.options.report, err, 'request-failed');
    return 'stop';
  }
  const byName = new Map(existing.map((s) => [s.Spec.Name, s]));
  for (const [i, step] of steps.entries()) {
    const current = byName.get(step.name);
    const ok = current ? await updateService(ctx, step, specs[i]!, current) : await createService(ctx, step, specs[i]!);
    if (!ok) return 'stop';
  }
  return 'continue';
}

/** The service name without its `<stack>_` prefix, as docker's conversion errors name it. */
function shortName(ctx: ApplyContext, name: string): string {
  return name.startsWith(`${ctx.stack}_`) ? name.slice(ctx.stack.length + 1) : name;
}

/**
 * `GET /secrets?filters={"name":…}` and `GET /configs?filters=…` for the service's references,
 * then the spec with IDs in place. The name filter matches by prefix, so results are matched
 * exactly by name, as docker does. `undefined` (after reporting) when a reference is missing.
 */
async function resolveServiceRefs(ctx: ApplyContext, step: PlanStep): Promise<Spec | undefined> {
  const refs = collectRefs(step.body);
  const ids = { secret: new Map<string, string>(), config: new Map<string, string>() };
  for (const kind of ['secret', 'config'] as const) {
    const names = refs[kind];
    if (names.length === 0) continue;
    let found;
    try {
      found = (await ctx.client.listObjects(kind === 'secret' ? 'secrets' : 'configs', { name: names })) ?? [];
    } catch (err) {
      const error = reportCallFailure(ctx.options.report, err, 'request-failed', `service ${shortName(ctx, step.name)}`, { service: step.name });
      recordOutcome(ctx, step, 'failed', { error });
      return undefined;
    }
    for (const o of found) if (names.includes(o.Spec.Name)) ids[kind].set(o.Spec.Name, o.ID);
    for (const name of names) {
      // The create/update responses of this run are a fallback: the list is authoritative.
      const id = ids[kind].get(name) ?? ctx.ids[kind].get(name);
      if (id === undefined) {
        const error = `service ${shortName(ctx, step.name)}: ${kind} not found: ${name}`;
        reportEngineError(ctx.options.report, `${kind}-not-found`, error, { service: step.name, [kind]: name });
        recordOutcome(ctx, step, 'failed', { error });
        return undefined;
      }
      ids[kind].set(name, id);
    }
  }
  return substituteRefs(step.body as Spec, ids);
}

async function createService(ctx: ApplyContext, step: PlanStep, spec: Spec): Promise<boolean> {
  ctx.options.log(`Creating service ${step.name}`);
  try {
    // docker discards create warnings; so do we
    const res = await ctx.client.createService(spec);
    recordOutcome(ctx, step, 'created', { engineId: res?.ID });
    return true;
  } catch (err) {
    const error = reportCallFailure(ctx.options.report, err, 'service-create-failed', `failed to create service ${step.name}`, { service: step.name });
    recordOutcome(ctx, step, 'failed', { error });
    return false;
  }
}

/**
 * `POST /services/<id>/update?version=N` with the new spec, adjusted as docker does: the existing
 * `ForceUpdate` is kept (a redeploy must not restart tasks), and under `--resolve-image never`
 * an image written the same as last time keeps the existing (possibly digest-pinned) reference.
 */
async function updateService(ctx: ApplyContext, step: PlanStep, spec: Spec, current: ServiceInspect): Promise<boolean> {
  ctx.options.log(`Updating service ${step.name} (id: ${current.ID})`);
  const task = { ...((spec['TaskTemplate'] as Spec | undefined) ?? {}) };
  const labels = (spec['Labels'] as Record<string, string> | undefined) ?? {};
  const currentImage = current.Spec.TaskTemplate?.ContainerSpec?.Image;
  if (labels[STACK_IMAGE_LABEL] === (current.Spec.Labels ?? {})[STACK_IMAGE_LABEL] && currentImage !== undefined && task['ContainerSpec']) {
    task['ContainerSpec'] = { ...(task['ContainerSpec'] as Spec), Image: currentImage };
  }
  task['ForceUpdate'] = current.Spec.TaskTemplate?.ForceUpdate ?? 0;
  try {
    const res = await ctx.client.updateService(current.ID, current.Version.Index, { ...spec, TaskTemplate: task });
    for (const warning of res?.Warnings ?? []) {
      ctx.options.report({ code: 'engine/service-update-warning', severity: 'warning', message: warning, data: { service: step.name } });
    }
    recordOutcome(ctx, step, 'updated', { engineId: current.ID });
    return true;
  } catch (err) {
    const error = reportCallFailure(ctx.options.report, err, 'service-update-failed', `failed to update service ${step.name}`, { service: step.name });
    recordOutcome(ctx, step, 'failed', { engineId: current.ID, error });
    return false;
  }
}
