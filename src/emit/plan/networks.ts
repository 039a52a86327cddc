/**
 * Networks (stack-deploy.md §4.2): only the networks services use are considered — `default`
 * for a service that lists none — externals are only checked, the others are created with the
 * body docker's 28.2.2 client sends to this machine's API 1.41 engine (recorded).
 */
import type { NetworkConfig, ServiceConfig, StackConfig } from '../../model/stack-config.js';
import { compact, compareGoStrings, optionalGoJsonMap } from './go-order.js';
import { isUserDefinedNetwork, objectName, withStackLabel } from './namespace.js';
import type { ServiceProblems } from './problems.js';
import type { PlanStep } from './types.js';

const DEFAULT_NETWORK = 'default';

/** The network keys a service attaches to: its `networks`, or `default`. */
export function serviceNetworkKeys(service: ServiceConfig): string[] {
  const keys = Object.keys(service.networks ?? {});
  return keys.length === 0 ? [DEFAULT_NETWORK] : keys;
}

/** What the network phase produces: create steps (sorted by name) and external names to check. */
export interface NetworkPhase {
  readonly steps: PlanStep[];
  readonly externals: string[];
}

/** The `IPAM` member: set only when an IPAM driver or subnets are given. */
function ipamBody(def: NetworkConfig): Record<string, unknown> | null {
  const ipam = def.ipam;
  if (!ipam || ((ipam.driver ?? '') === '' && (ipam.config ?? []).length === 0)) return null;
  const config = (ipam.config ?? []).map((c) => compact({ Subnet: c.subnet === '' ? undefined : c.subnet }));
  return { Driver: ipam.driver ?? '', Options: null, Config: config.length > 0 ? config : null };
}

/**
 * The network phase. Undeclared keys count as empty definitions here (docker creates
 * `<stack>_<key>` before it notices); {@link convertServiceNetworks} reports them.
 */
export function planNetworks(config: StackConfig, stack: string): NetworkPhase {
  const keys = new Set<string>();
  for (const service of Object.values(config.services)) for (const key of serviceNetworkKeys(service)) keys.add(key);
  const byName = new Map<string, PlanStep>();
  const externals = new Set<string>();
  for (const key of [...keys].sort(compareGoStrings)) {
    const def: NetworkConfig = config.networks?.[key] ?? {};
    if (def.external === true) {
      // Docker checks (GET /networks/<name>) only user-defined externals.
      const name = def.name ?? key;
      if (isUserDefinedNetwork(name)) externals.add(name);
      continue;
    }
    const name = objectName(stack, key, def);
    if (byName.has(name)) continue;
    // Key order and CheckDuplicate as recorded from docker 28.2.2 against API 1.41.
    const body = {
      Driver: def.driver !== undefined && def.driver !== '' ? def.driver : 'overlay',
      Scope: '',
      IPAM: ipamBody(def),
      Internal: def.internal === true,
      Attachable: def.attachable === true,
      Ingress: false,
      ConfigOnly: false,
      ConfigFrom: null,
      Options: optionalGoJsonMap(def.driver_opts) ?? null,
      Labels: withStackLabel(stack, def.labels),
      Name: name,
      CheckDuplicate: true,
    };
    byName.set(name, { id: `network:${name}`, kind: 'network', name, action: 'create', method: 'POST', path: '/networks/create', body });
  }
  const steps = [...byName.values()].sort((a, b) => compareGoStrings(a.name, b.name));
  return { steps, externals: [...externals].sort(compareGoStrings) };
}

/**
 * `TaskTemplate.Networks`: one attachment per key, aliases plus the service name on
 * user-defined networks, sorted by target. Reports `plan/undefined-network`.
 */
export function convertServiceNetworks(
  service: ServiceConfig,
  config: StackConfig,
  stack: string,
  problems: ServiceProblems,
): Record<string, unknown>[] {
  const entries = Object.entries(service.networks ?? {});
  const list = entries.length === 0 ? [[DEFAULT_NETWORK, null] as const] : entries;
  const attachments: Record<string, unknown>[] = [];
  for (const [key, attach] of list) {
    const def = config.networks?.[key];
    if (def === undefined && key !== DEFAULT_NETWORK) {
      problems.fail('undefined-network', ['networks', key], `network "${key}" is not declared in the top-level networks`,
        `undefined network "${key}"`, { network: key });
      continue;
    }
    const target = def?.external === true ? (def.name ?? key) : objectName(stack, key, def);
    const aliases = [...(attach?.aliases ?? [])];
    if (isUserDefinedNetwork(target)) aliases.push(problems.service);
    attachments.push(compact({
      Target: target,
      Aliases: aliases.length > 0 ? aliases : undefined,
      DriverOpts: attach?.driver_opts && Object.keys(attach.driver_opts).length > 0 ? optionalGoJsonMap(attach.driver_opts) : undefined,
    }));
  }
  // Go's sort.Slice by Target; targets are distinct in practice, so stability doesn't matter.
  return attachments.sort((a, b) => compareGoStrings(a.Target as string, b.Target as string));
}
