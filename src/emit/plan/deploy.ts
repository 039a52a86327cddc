/**
 * The `deploy:` section → service mode, endpoint, update/rollback config, resources and
 * placement (stack-deploy.md §4.8–4.10), with the zero values docker's JSON keeps (recorded).
 */
import type { DeployConfig, PortConfig, ResourceLimit, ResourceReservation, UpdateConfig } from '../../model/stack-config.js';
import { compact, nonEmpty, nonZero } from './go-order.js';
import { durationNanos } from './durations.js';
import type { ServiceProblems } from './problems.js';
import { parseNanoCpus } from './rational.js';

/** `Mode`. Reports `plan/unknown-mode`, `plan/replicas-with-global`. */
export function convertMode(deploy: DeployConfig | undefined, problems: ServiceProblems): Record<string, unknown> {
  const mode = deploy?.mode ?? '';
  const replicas = deploy?.replicas;
  switch (mode) {
    case '':
    case 'replicated':
      return { Replicated: compact({ Replicas: replicas }) };
    case 'replicated-job':
      return { ReplicatedJob: compact({ MaxConcurrent: replicas, TotalCompletions: replicas }) };
    case 'global':
    case 'global-job':
      if (replicas !== undefined) {
        const text = 'replicas can only be used with replicated or replicated-job mode';
        problems.fail('replicas-with-global', ['deploy', 'replicas'], `${text} (mode is ${mode})`, text, { mode });
      }
      return mode === 'global' ? { Global: {} } : { GlobalJob: {} };
    default:
      // 28.2.2 wording; newer CLIs say `unknown mode`.
      problems.fail('unknown-mode', ['deploy', 'mode'],
        `unknown mode "${mode}" (use replicated, global, replicated-job or global-job)`, `Unknown mode: ${mode}`, { mode });
      return {};
  }
}

/**
 * `EndpointSpec`: always present. Ports are sorted by published port with a stable sort — what
 * the 28.2.2 CLI's `sort.Slice` does for up to 12 ports; longer lists are unstable there.
 */
export function convertEndpoint(deploy: DeployConfig | undefined, ports: readonly PortConfig[] | undefined): Record<string, unknown> {
  const converted = (ports ?? []).map((p) => compact({
    Protocol: nonZero(p.protocol),
    TargetPort: nonZero(p.target),
    PublishedPort: nonZero(p.published),
    PublishMode: nonZero(p.mode),
  }));
  converted.sort((a, b) => ((a.PublishedPort as number | undefined) ?? 0) - ((b.PublishedPort as number | undefined) ?? 0));
  return compact({ Mode: nonZero(deploy?.endpoint_mode?.toLowerCase()), Ports: nonEmpty(converted) });
}

/** `UpdateConfig` / `RollbackConfig`: only when given; parallelism defaults to 1. */
export function convertUpdateConfig(
  source: UpdateConfig | undefined,
  key: 'update_config' | 'rollback_config',
  problems: ServiceProblems,
): Record<string, unknown> | undefined {
  if (source === undefined) return undefined;
  const path = ['deploy', key];
  return compact({
    Parallelism: source.parallelism ?? 1,
    Delay: nonZero(durationNanos(source.delay, [...path, 'delay'], problems)),
    FailureAction: nonZero(source.failure_action),
    Monitor: nonZero(durationNanos(source.monitor, [...path, 'monitor'], problems)),
    MaxFailureRatio: source.max_failure_ratio ?? 0,
    Order: source.order ?? '',
  });
}

function nanoCpus(cpus: string | undefined, path: (string | number)[], problems: ServiceProblems): number | undefined {
  if (cpus === undefined || cpus === '') return undefined;
  const parsed = parseNanoCpus(cpus);
  if (parsed.ok) return nonZero(parsed.nanoCpus);
  problems.fail('invalid-cpus', path, `cpus "${cpus}": ${parsed.error}`, parsed.error, { cpus });
  return undefined;
}

function limits(source: ResourceLimit, problems: ServiceProblems): Record<string, unknown> {
  return compact({
    NanoCPUs: nanoCpus(source.cpus, ['deploy', 'resources', 'limits', 'cpus'], problems),
    MemoryBytes: nonZero(source.memory),
    Pids: nonZero(source.pids),
  });
}

function reservations(source: ResourceReservation, problems: ServiceProblems): Record<string, unknown> {
  const generic = (source.generic_resources ?? []).map((r) => {
    const spec = r.discrete_resource_spec;
    return spec === undefined ? {} : { DiscreteResourceSpec: compact({ Kind: nonZero(spec.kind), Value: nonZero(spec.value) }) };
  });
  return compact({
    NanoCPUs: nanoCpus(source.cpus, ['deploy', 'resources', 'reservations', 'cpus'], problems),
    MemoryBytes: nonZero(source.memory),
    GenericResources: nonEmpty(generic),
  });
}

/** `TaskTemplate.Resources`: always an object. Reports `plan/invalid-cpus`. */
export function convertResources(deploy: DeployConfig | undefined, problems: ServiceProblems): Record<string, unknown> {
  const source = deploy?.resources;
  return compact({
    Limits: source?.limits === undefined ? undefined : limits(source.limits, problems),
    Reservations: source?.reservations === undefined ? undefined : reservations(source.reservations, problems),
  });
}

/** `TaskTemplate.Placement`: always an object (platforms only come from registry resolution). */
export function convertPlacement(deploy: DeployConfig | undefined): Record<string, unknown> {
  const placement = deploy?.placement;
  const preferences = (placement?.preferences ?? []).map((p) => ({ Spread: { SpreadDescriptor: p.spread ?? '' } }));
  return compact({
    Constraints: nonEmpty(placement?.constraints),
    Preferences: nonEmpty(preferences),
    MaxReplicas: nonZero(placement?.max_replicas_per_node),
  });
}
