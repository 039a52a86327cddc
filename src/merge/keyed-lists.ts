/**
 * The keyed merge docker applies to `ports`, service `volumes`, `secrets` and `configs`
 * (stack-deploy.md §2.2, "The keyed merge"; §7 items 3, 4 and 13).
 *
 * docker's transformer only runs when the base service has the list at all (a non-nil slice,
 * which includes an explicit `ports: []`). It then turns both lists into maps by key (later
 * items win, also within the base), lets each override item replace the base item wholesale and
 * writes the map back sorted by key. Because it runs even when the override has no such list, any
 * later file that mentions the service collapses the base's duplicates (verified).
 */
import { compareGoStrings } from './go-order.js';
import type { FileReference, PortConfig, ServiceVolumeConfig } from '../model/stack-config.js';

/**
 * Generic keyed merge. `base === undefined` means docker's nil slice: the override is taken
 * verbatim (unsorted, duplicates kept). Keys are unique after the merge, so the sort is total.
 */
export function keyedMerge<T, K>(
  base: T[] | undefined,
  override: T[] | undefined,
  keyOf: (item: T) => K,
  compare: (a: K, b: K) => number,
): T[] | undefined {
  if (base === undefined) return override;
  const byKey = new Map<K, T>();
  for (let i = 0; i < base.length; i++) byKey.set(keyOf(base[i]!), base[i]!);
  if (override !== undefined) for (let i = 0; i < override.length; i++) byKey.set(keyOf(override[i]!), override[i]!);
  // An empty result (empty base, no override) is a zero value docker omits.
  if (byKey.size === 0) return undefined;
  const keys = Array.from(byKey.keys()).sort(compare);
  return keys.map((key) => byKey.get(key)!);
}

/** Ports keyed by published port (0 when unpublished), sorted numerically. */
export function mergePorts(base: PortConfig[] | undefined, override: PortConfig[] | undefined): PortConfig[] | undefined {
  return keyedMerge(base, override, (p) => p.published ?? 0, (a, b) => a - b);
}

/** Service volumes keyed by target, sorted in Go string order. */
export function mergeServiceVolumes(
  base: ServiceVolumeConfig[] | undefined,
  override: ServiceVolumeConfig[] | undefined,
): ServiceVolumeConfig[] | undefined {
  return keyedMerge(base, override, (v) => v.target ?? '', compareGoStrings);
}

/** Service secret and config references keyed by source, sorted in Go string order. */
export function mergeFileReferences(
  base: FileReference[] | undefined,
  override: FileReference[] | undefined,
): FileReference[] | undefined {
  return keyedMerge(base, override, (r) => r.source ?? '', compareGoStrings);
}
