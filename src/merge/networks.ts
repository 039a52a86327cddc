/**
 * Service `networks` entries (stack-deploy.md §2.2, §7 item 10).
 *
 * docker keeps a map of pointers and registers a transformer for non-nil pairs that replaces
 * `aliases` with the override's (so `aliases: []` or even `{}` removes them), replaces the
 * addresses only when the override's are non-empty, and never looks at the override's
 * `driver_opts`. A nil (null) base entry takes the override's entry as is; a null override entry
 * keeps the base, including a base `{}` (verified).
 */
import type { ServiceNetworkConfig } from '../model/stack-config.js';

/** A service's network attachments; `null` means attached with no options. */
export type ServiceNetworks = Record<string, ServiceNetworkConfig | null>;

/** Merge one attachment entry. */
export function mergeNetworkEntry(
  base: ServiceNetworkConfig | null | undefined,
  override: ServiceNetworkConfig | null | undefined,
): ServiceNetworkConfig | null | undefined {
  if (base === undefined || base === null) return override === undefined ? base : override;
  if (override === undefined || override === null) return base;
  const out: ServiceNetworkConfig = { ...base };
  delete out.aliases;
  if (override.aliases !== undefined && override.aliases.length > 0) out.aliases = override.aliases;
  if (override.ipv4_address) out.ipv4_address = override.ipv4_address;
  if (override.ipv6_address) out.ipv6_address = override.ipv6_address;
  return out;
}

/** Merge the `networks` maps of two services key by key. */
export function mergeServiceNetworks(
  base: ServiceNetworks | undefined,
  override: ServiceNetworks | undefined,
): ServiceNetworks | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  const out: ServiceNetworks = { ...base };
  for (const [name, entry] of Object.entries(override)) {
    const merged = mergeNetworkEntry(Object.hasOwn(base, name) ? base[name] : undefined, entry);
    if (merged !== undefined) out[name] = merged;
  }
  return out;
}
