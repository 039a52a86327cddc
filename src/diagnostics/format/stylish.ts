import type { Diagnostic } from '../diagnostic.js';

/**
 * ESLint's "stylish" output: diagnostics grouped by file, one aligned row each
 * (`line:col  severity  message  code`), then a summary line. No colours: the CLI writes to pipes
 * and CI logs as often as to terminals.
 */
export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.file ?? '<project>';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: string[] = [];
  for (const [file, list] of groups) {
    const rows = list.map((d) => [d.line === undefined ? '0:0' : `${d.line}:${d.column ?? 0}`, d.severity, d.message.replace(/\s*\n\s*/g, ' '), d.code]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    out.push(file);
    for (const r of rows) out.push(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`.trimEnd());
    out.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;
  const mark = errors > 0 ? '✖' : '⚠';
  const parts = [`${plural(errors, 'error')}`, `${plural(warnings, 'warning')}`, ...(infos > 0 ? [plural(infos, 'info')] : [])];
  out.push(`${mark} ${plural(diagnostics.length, 'problem')} (${parts.join(', ')})`, '');
  return out.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}
