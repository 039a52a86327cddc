/**
 * `ulimits` (stack-deploy.md §2.2, §7 item 11): docker's transformer copies the override's entry
 * over the base's, so each key is replaced wholesale, switching freely between the single-value
 * and `{soft, hard}` forms.
 */
import type { UlimitConfig } from '../model/stack-config.js';

/** Merge two ulimit maps: union, override entry wins per key. */
export function mergeUlimits(
  base: Record<string, UlimitConfig> | undefined,
  override: Record<string, UlimitConfig> | undefined,
): Record<string, UlimitConfig> | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  return { ...base, ...override };
}
