import type { AnyRule, LintSeverity } from './rule.js';
import { RULES } from './registry.js';

/** An enabled rule with its configured severity and options (defaults already applied). */
export interface ResolvedRule {
  readonly rule: AnyRule;
  readonly severity: LintSeverity;
  readonly options: unknown;
}

/** The effective lint configuration: the enabled rules, in registry order. */
export interface LintConfig {
  readonly rules: readonly ResolvedRule[];
}

/** Every rule at its default severity and options: the configuration when no file sets one. */
export function defaultLintConfig(): LintConfig {
  return { rules: RULES.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: rule.meta.defaultOptions ?? {} })) };
}
