/**
 * The merge stage: folds several loaded `StackConfig`s into one with docker stack's rules
 * (stack-deploy.md §2). Callers fold left to right: `((f1 ⊕ f2) ⊕ f3)…`.
 */
import type { Report } from '../diagnostics/diagnostic.js';
import type { StackConfig } from '../model/stack-config.js';
import { mergeServices } from './services.js';
import { mergeTopLevel } from './top-level.js';

/** Optional inputs of {@link mergeStackConfigs}. */
export interface MergeOptions {
  /**
   * Sink for merge errors. The only one docker can hit is appending a service `x-*` list to a
   * non-list base value (`merge/extension-type-conflict`); docker aborts there, we report and keep
   * the base value.
   */
  readonly report?: Report;
  /** Display name of the override file, used in messages and as the diagnostic's `file`. */
  readonly file?: string;
}

/**
 * Fold `override` onto `base` with docker stack's rules (§2). Returns a new value and leaves the
 * inputs untouched. Parts that only one side has are shared with that input, not copied (a large
 * base file's untouched services cost nothing): treat the result as read-only.
 */
export function mergeStackConfigs(base: StackConfig, override: StackConfig, options: MergeOptions = {}): StackConfig {
  const ctx = { report: options.report, file: options.file, service: '', path: [] };
  const { version, ...rest } = mergeTopLevel(base, override);
  return { version, services: mergeServices(base.services, override.services, ctx), ...rest };
}

export type { MergeContext } from './context.js';
