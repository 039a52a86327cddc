/**
 * `deploy:` in docker's struct order (stack-deploy.md §3.1): `mode, replicas, labels,
 * update_config, rollback_config, resources, restart_policy, placement, endpoint_mode`.
 */

import type { DeployConfig, ResourceLimit, ResourceReservation, UpdateConfig } from '../../model/stack-config.js';
import type { Fields } from './fields.js';

type Resources = NonNullable<DeployConfig['resources']>;
type RestartPolicy = NonNullable<DeployConfig['restart_policy']>;
type Placement = NonNullable<DeployConfig['placement']>;
type GenericResource = NonNullable<ResourceReservation['generic_resources']>[number];
type DiscreteResourceSpec = NonNullable<GenericResource['discrete_resource_spec']>;

/** `UpdateConfig` (pointer: an empty one prints `{}`); a zero `delay`/`monitor` is omitted. */
function updateConfig(f: Fields, u: UpdateConfig): void {
  f.ptr('parallelism', u.parallelism)
    .duration('delay', u.delay)
    .str('failure_action', u.failure_action)
    .duration('monitor', u.monitor)
    .float32('max_failure_ratio', u.max_failure_ratio)
    .str('order', u.order);
}

function limits(f: Fields, l: ResourceLimit): void {
  f.str('cpus', l.cpus).bytes('memory', l.memory).int('pids', l.pids);
}

function discreteResourceSpec(f: Fields, d: DiscreteResourceSpec): void {
  // `kind` and `value` have no omitempty: both always print.
  f.out.key('kind');
  f.string(d.kind ?? '');
  f.always('value', d.value ?? 0);
}

function genericResource(f: Fields, g: GenericResource): void {
  f.out.openMap(false);
  f.map('discrete_resource_spec', g.discrete_resource_spec, discreteResourceSpec);
  f.out.closeMap();
}

function reservations(f: Fields, r: ResourceReservation): void {
  f.str('cpus', r.cpus).bytes('memory', r.memory).items('generic_resources', r.generic_resources, genericResource);
}

function resources(f: Fields, r: Resources): void {
  f.map('limits', r.limits, limits).map('reservations', r.reservations, reservations);
}

function restartPolicy(f: Fields, rp: RestartPolicy): void {
  f.str('condition', rp.condition).ptr('delay', rp.delay).ptr('max_attempts', rp.max_attempts).ptr('window', rp.window);
}

function preference(f: Fields, p: { spread?: string }): void {
  f.out.openMap(false);
  f.str('spread', p.spread);
  f.out.closeMap();
}

function placement(f: Fields, pl: Placement): void {
  f.list('constraints', pl.constraints)
    .items('preferences', pl.preferences, preference)
    .int('max_replicas_per_node', pl.max_replicas_per_node);
}

/** The fields of `deploy`; none when every field is zero (docker then omits `deploy`). */
export function deployFields(f: Fields, d: DeployConfig): void {
  f.str('mode', d.mode)
    .ptr('replicas', d.replicas)
    .stringMap('labels', d.labels)
    .map('update_config', d.update_config, updateConfig)
    .map('rollback_config', d.rollback_config, updateConfig)
    .struct('resources', d.resources, resources)
    .map('restart_policy', d.restart_policy, restartPolicy)
    .struct('placement', d.placement, placement)
    .str('endpoint_mode', d.endpoint_mode);
}
