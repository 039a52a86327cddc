/**
 * `deploy:` in docker's struct order (stack-deploy.md §3.1): `mode, replicas, labels,
 * update_config, rollback_config, resources, restart_policy, placement, endpoint_mode`.
 */

import type { DeployConfig, ResourceLimit, ResourceReservation, UpdateConfig } from '../../model/stack-config.js';
import { Fields, type EmitContext } from './fields.js';
import { YMap } from './yaml-node.js';

/** `UpdateConfig` (pointer: an empty one prints `{}`); a zero `delay`/`monitor` is omitted. */
function updateConfig(ctx: EmitContext, u: UpdateConfig | undefined): YMap | undefined {
  if (!u) return undefined;
  return new Fields(ctx)
    .ptr('parallelism', u.parallelism)
    .duration('delay', u.delay)
    .str('failure_action', u.failure_action)
    .duration('monitor', u.monitor)
    .float32('max_failure_ratio', u.max_failure_ratio)
    .str('order', u.order).map;
}

function limits(ctx: EmitContext, l: ResourceLimit | undefined): YMap | undefined {
  if (!l) return undefined;
  return new Fields(ctx).str('cpus', l.cpus).bytes('memory', l.memory).int('pids', l.pids).map;
}

function reservations(ctx: EmitContext, r: ResourceReservation | undefined): YMap | undefined {
  if (!r) return undefined;
  return new Fields(ctx)
    .str('cpus', r.cpus)
    .bytes('memory', r.memory)
    .items('generic_resources', r.generic_resources, (g) => {
      const d = g.discrete_resource_spec;
      // `kind` and `value` have no omitempty: both always print.
      const spec = d ? new YMap().set('kind', ctx.str(d.kind ?? '')).set('value', d.value ?? 0) : undefined;
      return new Fields(ctx).node('discrete_resource_spec', spec).map;
    }).map;
}

/** The `deploy` mapping; empty when every field is zero (docker then omits `deploy`). */
export function deployFields(ctx: EmitContext, d: DeployConfig): YMap {
  const rp = d.restart_policy;
  const pl = d.placement;
  return new Fields(ctx)
    .str('mode', d.mode)
    .ptr('replicas', d.replicas)
    .stringMap('labels', d.labels)
    .node('update_config', updateConfig(ctx, d.update_config))
    .node('rollback_config', updateConfig(ctx, d.rollback_config))
    .struct(
      'resources',
      d.resources &&
        new Fields(ctx)
          .node('limits', limits(ctx, d.resources.limits))
          .node('reservations', reservations(ctx, d.resources.reservations)).map,
    )
    .node(
      'restart_policy',
      rp &&
        new Fields(ctx)
          .str('condition', rp.condition)
          .ptr('delay', rp.delay)
          .ptr('max_attempts', rp.max_attempts)
          .ptr('window', rp.window).map,
    )
    .struct(
      'placement',
      pl &&
        new Fields(ctx)
          .list('constraints', pl.constraints)
          .items('preferences', pl.preferences, (p) => new Fields(ctx).str('spread', p.spread).map)
          .int('max_replicas_per_node', pl.max_replicas_per_node).map,
    )
    .str('endpoint_mode', d.endpoint_mode).map;
}
