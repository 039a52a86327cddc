/**
 * The lint stage: swarm-specific rules over the merged stack (and the raw documents, for what the
 * merge erases). Rules report document paths; the caller locates them like any other diagnostic.
 */
import { attributeToFile } from '../diagnostics/attribute.js';
import type { Diagnostic, DiagnosticInput, Report } from '../diagnostics/diagnostic.js';
import { Locator } from '../diagnostics/locate.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { StackConfig } from '../model/stack-config.js';
import { formatMessage } from './message.js';
import type { ResolvedRule, LintConfig } from './resolved-rule.js';
import type { Fix, MessageData, RawDocument, Where } from './rule.js';

export { RULES } from './registry.js';
export { defineRule } from './rule.js';
export type { AnyRule, Fix, FixEdit, LintSeverity, RawDocument, Rule, RuleContext, RuleMeta, Where } from './rule.js';
export { defaultLintConfig, type LintConfig, type ResolvedRule } from './resolved-rule.js';
export { loadLintConfig, type ConfigFs, type LoadedLintConfig } from './config.js';
export { applyDisableComments } from './disable-comments.js';

/** What the rules read: the merged stack and the raw documents it came from. */
export interface LintInput {
  readonly stack: StackConfig;
  readonly documents: readonly RawDocument[];
}

/** Runs every enabled rule of `config`, in registry order, reporting `lint/<id>` diagnostics. */
export function lintStack(input: LintInput, config: LintConfig, report: Report): void {
  for (const resolved of config.rules) runRule(resolved, input, report);
}

/**
 * Lint a compile result: nothing to do when compilation failed (no stack). For `compile` and the
 * language server, which already have the result and its documents.
 */
export function lintCompiled(result: { readonly stack?: StackConfig }, documents: readonly RawDocument[], config: LintConfig, report: Report): void {
  if (result.stack) lintStack({ stack: result.stack, documents }, config, report);
}

/**
 * Attribute lint findings to files, locate and sort them, as the pipeline does for its own stages.
 * For callers that lint after `compile` returned (its diagnostics are already located).
 */
export function locateLintDiagnostics(
  reported: readonly DiagnosticInput[],
  documents: readonly RawDocument[],
  sources: ReadonlyMap<string, string>,
  fileOrder: readonly string[],
): Diagnostic[] {
  const locator = new Locator(sources);
  return sortDiagnostics(reported.map((d) => locator.locate(attributeToFile(d, documents))), fileOrder);
}

function runRule({ rule, severity, options }: ResolvedRule, input: LintInput, report: Report): void {
  const { meta } = rule;
  const code = `lint/${meta.id}`;
  const messages = meta.messages as Record<string, string>;
  // Called once per finding (thousands on a large project): the diagnostic is built field by
  // field, in the order the spread-based literal had, without temporary objects.
  const emit = (messageId: string, where: Where, data: MessageData = {}, fix?: Fix) => {
    const template = messages[messageId];
    const d: { -readonly [K in keyof DiagnosticInput]: DiagnosticInput[K] } = {
      code,
      severity,
      message: template === undefined ? `${meta.id}: ${messageId}` : formatMessage(template, data),
    };
    if (isPath(where)) d.path = where;
    else {
      if (where.file !== undefined) d.file = where.file;
      d.path = where.path;
      if (where.atKey) d.atKey = true;
    }
    const full: Record<string, unknown> = { ...data, messageId };
    if (fix) full.fixes = [fix];
    d.data = full;
    report(d);
  };
  try {
    rule.check({ stack: input.stack, documents: input.documents, options, report: emit });
  } catch (err) {
    // A rule bug must not hide the other rules' findings, nor the compile result.
    report({ code: 'lint/internal-error', severity: 'error', message: `rule ${meta.id} failed: ${(err as Error)?.message ?? String(err)}` });
  }
}

function isPath(where: Where): where is readonly (string | number)[] {
  return Array.isArray(where);
}
