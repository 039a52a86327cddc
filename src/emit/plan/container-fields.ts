/**
 * Small `ContainerSpec` converters (stack-deploy.md §4.5, §4.11, §4.12): environment, hosts,
 * DNS, ulimits, capabilities and healthcheck.
 */
import type { HealthCheckConfig, ServiceConfig, UlimitConfig } from '../../model/stack-config.js';
import { compact, compareGoStrings, nonEmpty } from './go-order.js';
import { durationNanos } from './durations.js';
import type { ServiceProblems } from './problems.js';

/** `Env`: `K=V`, or a bare `K` for a null value, sorted by the whole string. */
export function convertEnvironment(env: Readonly<Record<string, string | null>> | undefined): string[] | undefined {
  const list = Object.entries(env ?? {}).map(([k, v]) => (v === null ? k : `${k}=${v}`));
  return nonEmpty(list.sort(compareGoStrings));
}

/** `Hosts`: each `host:ip` becomes `ip host` (split at the first colon, so IPv6 survives). */
export function convertHosts(extraHosts: readonly string[] | undefined): string[] | undefined {
  const hosts: string[] = [];
  for (const entry of extraHosts ?? []) {
    const colon = entry.indexOf(':');
    if (colon >= 0) hosts.push(`${entry.slice(colon + 1)} ${entry.slice(0, colon)}`);
  }
  return nonEmpty(hosts);
}

/**
 * `DNSConfig`: present when either list is given, even empty (docker tests for nil, recorded:
 * `dns: []` sends `{}`). Nameservers go verbatim, as 28.2.2 sends them.
 */
export function convertDnsConfig(service: ServiceConfig): Record<string, unknown> | undefined {
  if (service.dns === undefined && service.dns_search === undefined) return undefined;
  return compact({ Nameservers: nonEmpty(service.dns), Search: nonEmpty(service.dns_search) });
}

/** `Ulimits`: `{Name, Hard, Soft}` sorted by name; a single value sets both. */
export function convertUlimits(ulimits: Readonly<Record<string, UlimitConfig>> | undefined): Record<string, unknown>[] | undefined {
  const names = Object.keys(ulimits ?? {}).sort(compareGoStrings);
  return nonEmpty(names.map((name) => {
    const u = ulimits![name]!;
    return typeof u === 'number' && u !== 0 ? { Name: name, Hard: u, Soft: u } : {
      Name: name,
      Hard: typeof u === 'number' ? 0 : (u.hard ?? 0),
      Soft: typeof u === 'number' ? 0 : (u.soft ?? 0),
    };
  }));
}

function normalizeCapability(cap: string): string {
  const upper = cap.trim().toUpperCase();
  return upper === 'ALL' || upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
}

function capabilitySet(caps: readonly string[] | undefined): string[] {
  return [...new Set((caps ?? []).map(normalizeCapability))].sort(compareGoStrings);
}

/**
 * `CapabilityAdd` / `CapabilityDrop`: normalized, deduplicated, sorted; `ALL` collapses a list,
 * and a capability that is added is not dropped (unless the add list collapsed to `ALL`).
 */
export function convertCapabilities(service: ServiceConfig): { add?: string[]; drop?: string[] } {
  const addSet = capabilitySet(service.cap_add);
  const dropSet = capabilitySet(service.cap_drop);
  const add = addSet.includes('ALL') ? ['ALL'] : addSet;
  const drop = dropSet.includes('ALL') ? ['ALL'] : dropSet.filter((c) => !add.includes(c));
  return { add: nonEmpty(add), drop: nonEmpty(drop) };
}

/** `Healthcheck`. Reports `plan/healthcheck-disable-conflict`. */
export function convertHealthcheck(hc: HealthCheckConfig | undefined, problems: ServiceProblems): Record<string, unknown> | undefined {
  if (hc === undefined) return undefined;
  if (hc.disable === true) {
    if ((hc.test ?? []).length > 0) {
      const text = "test and disable can't be set at the same time";
      problems.fail('healthcheck-disable-conflict', ['healthcheck'], `healthcheck: ${text}`, text);
    }
    return { Test: ['NONE'] };
  }
  const path = (k: string) => ['healthcheck', k];
  const ns = (v: string | undefined, k: string) => {
    const n = durationNanos(v, path(k), problems);
    return n === 0 ? undefined : n;
  };
  return compact({
    Test: nonEmpty(hc.test),
    Interval: ns(hc.interval, 'interval'),
    Timeout: ns(hc.timeout, 'timeout'),
    StartPeriod: ns(hc.start_period, 'start_period'),
    StartInterval: ns(hc.start_interval, 'start_interval'),
    Retries: hc.retries === 0 ? undefined : hc.retries,
  });
}
