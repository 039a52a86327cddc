/**
 * Service `deploy`: durations canonicalized, memory sizes parsed to bytes, labels mapped, zero
 * values dropped where docker's struct tags drop them (§1.8.3, §3.1).
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { DeployConfig, ResourceLimit, ResourceReservation, UpdateConfig } from '../model/stack-config.js';
import { readDuration } from './duration-field.js';
import { nonEmptyString, toPlainList, toStringMap } from './mappings.js';
import { decodeErrorText, isRecord, reportError, type Scope } from './scope.js';
import { parseRamInBytes } from './sizes.js';

const int = (v: unknown): number | undefined => (typeof v === 'number' ? Math.trunc(v) : undefined);

function updateConfig(v: Record<string, unknown>, path: DocPath, scope: Scope, goName: string): UpdateConfig {
  const out: UpdateConfig = {};
  const parallelism = int(v.parallelism);
  if (parallelism !== undefined) out.parallelism = parallelism; // *uint64: 0 is printed
  // delay and monitor are plain Durations with omitempty: a zero duration disappears.
  const delay = readDuration(v.delay, [...path, 'delay'], scope, `Deploy.${goName}.Delay`);
  if (delay && !delay.zero) out.delay = delay.text;
  const failure = nonEmptyString(v.failure_action);
  if (failure) out.failure_action = failure;
  const monitor = readDuration(v.monitor, [...path, 'monitor'], scope, `Deploy.${goName}.Monitor`);
  if (monitor && !monitor.zero) out.monitor = monitor.text;
  if (typeof v.max_failure_ratio === 'number' && v.max_failure_ratio !== 0) {
    // A float32 in docker, printed with float32 shortest digits: the given number prints the same.
    out.max_failure_ratio = v.max_failure_ratio;
  }
  const order = nonEmptyString(v.order);
  if (order) out.order = order;
  return out;
}

/** A memory field: a size string parsed with binary units, an int taken as bytes. */
function memory(value: unknown, path: DocPath, scope: Scope, goPath: string): number | undefined {
  if (typeof value === 'number') return Math.trunc(value) || undefined;
  if (typeof value !== 'string') return undefined;
  const parsed = parseRamInBytes(value);
  if (!parsed.ok) {
    reportError(scope, 'invalid-size', path, parsed.error, { dockerMessage: decodeErrorText(goPath, parsed.error) });
    return undefined;
  }
  return parsed.bytes || undefined;
}

function limits(v: Record<string, unknown>, path: DocPath, scope: Scope): ResourceLimit {
  const out: ResourceLimit = {};
  const cpus = nonEmptyString(v.cpus);
  if (cpus) out.cpus = cpus;
  const mem = memory(v.memory, [...path, 'memory'], scope, 'Deploy.Resources.Limits.memory');
  if (mem !== undefined) out.memory = mem;
  const pids = int(v.pids);
  if (pids) out.pids = pids;
  return out;
}

function reservations(v: Record<string, unknown>, path: DocPath, scope: Scope): ResourceReservation {
  const out: ResourceReservation = {};
  const cpus = nonEmptyString(v.cpus);
  if (cpus) out.cpus = cpus;
  const mem = memory(v.memory, [...path, 'memory'], scope, 'Deploy.Resources.Reservations.memory');
  if (mem !== undefined) out.memory = mem;
  if (Array.isArray(v.generic_resources) && v.generic_resources.length > 0) {
    out.generic_resources = v.generic_resources.map((item) => {
      const spec = isRecord(item) ? item.discrete_resource_spec : undefined;
      if (!isRecord(spec)) return {};
      // kind and value have no omitempty: always printed.
      return {
        discrete_resource_spec: {
          kind: typeof spec.kind === 'string' ? spec.kind : '',
          value: int(spec.value) ?? 0,
        },
      };
    });
  }
  return out;
}

/** Normalizes `deploy`; `undefined` when every field is zero (docker omits it). */
export function normalizeDeploy(value: unknown, path: DocPath, scope: Scope): DeployConfig | undefined {
  if (!isRecord(value)) return undefined;
  const out: DeployConfig = {};
  const mode = nonEmptyString(value.mode);
  if (mode) out.mode = mode;
  const replicas = int(value.replicas);
  if (replicas !== undefined) out.replicas = replicas; // *uint64: replicas: 0 is printed
  const labels = toStringMap(value.labels);
  if (labels) out.labels = labels;
  if (isRecord(value.update_config)) {
    out.update_config = updateConfig(value.update_config, [...path, 'update_config'], scope, 'update_config');
  }
  if (isRecord(value.rollback_config)) {
    out.rollback_config = updateConfig(value.rollback_config, [...path, 'rollback_config'], scope, 'rollback_config');
  }
  if (isRecord(value.resources)) {
    const res: NonNullable<DeployConfig['resources']> = {};
    const rPath = [...path, 'resources'];
    if (isRecord(value.resources.limits)) res.limits = limits(value.resources.limits, [...rPath, 'limits'], scope);
    if (isRecord(value.resources.reservations)) {
      res.reservations = reservations(value.resources.reservations, [...rPath, 'reservations'], scope);
    }
    if (res.limits || res.reservations) out.resources = res;
  }
  if (isRecord(value.restart_policy)) {
    const rp = value.restart_policy;
    const rpPath = [...path, 'restart_policy'];
    const policy: NonNullable<DeployConfig['restart_policy']> = {};
    const condition = nonEmptyString(rp.condition);
    if (condition) policy.condition = condition;
    // delay and window are *Duration: `0s` is printed.
    const delay = readDuration(rp.delay, [...rpPath, 'delay'], scope, 'Deploy.restart_policy.Delay');
    if (delay) policy.delay = delay.text;
    const attempts = int(rp.max_attempts);
    if (attempts !== undefined) policy.max_attempts = attempts;
    const window = readDuration(rp.window, [...rpPath, 'window'], scope, 'Deploy.restart_policy.Window');
    if (window) policy.window = window.text;
    out.restart_policy = policy;
  }
  if (isRecord(value.placement)) {
    const pl = value.placement;
    const placement: NonNullable<DeployConfig['placement']> = {};
    const constraints = toPlainList(pl.constraints);
    if (constraints) placement.constraints = constraints;
    if (Array.isArray(pl.preferences) && pl.preferences.length > 0) {
      placement.preferences = pl.preferences.map((p) =>
        isRecord(p) && typeof p.spread === 'string' && p.spread !== '' ? { spread: p.spread } : {},
      );
    }
    const max = int(pl.max_replicas_per_node);
    if (max) placement.max_replicas_per_node = max;
    if (Object.keys(placement).length > 0) out.placement = placement;
  }
  const endpoint = nonEmptyString(value.endpoint_mode);
  if (endpoint) out.endpoint_mode = endpoint;
  return Object.keys(out).length > 0 ? out : undefined;
}
