/**
 * `logging` (stack-deploy.md §2.2, §7 item 9).
 *
 * A nil side is simple: a missing override keeps the base, a missing base takes the override.
 * When the drivers differ (both non-empty) the override replaces the whole block, options
 * included (`{driver: syslog}` alone drops the base options). Otherwise the driver becomes the
 * non-empty one and the options are merged per key, override first, with docker's bug: the merge
 * writes into a copy of the base's options map, so when the base has no options map at all the
 * override's options are lost (verified: base `{driver: syslog}` + `{options: {tag: x}}` gives
 * `{driver: syslog}`).
 */
import type { ServiceConfig } from '../model/stack-config.js';

/** The model's logging block. */
export type LoggingConfig = NonNullable<ServiceConfig['logging']>;

/** Merge two logging blocks with docker's rules, including the option-loss bug. */
export function mergeLogging(
  base: LoggingConfig | undefined,
  override: LoggingConfig | undefined,
): LoggingConfig | undefined {
  if (override === undefined) return base;
  if (base === undefined) return override;
  const baseDriver = base.driver ?? '';
  const overDriver = override.driver ?? '';
  if (baseDriver !== overDriver && baseDriver !== '' && overDriver !== '') return override;

  const out: LoggingConfig = {};
  const driver = baseDriver !== '' ? baseDriver : overDriver;
  if (driver !== '') out.driver = driver;
  // Only a base that already has an options map receives the override's options.
  if (base.options !== undefined) out.options = { ...base.options, ...(override.options ?? {}) };
  return out;
}
