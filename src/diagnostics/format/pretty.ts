import { formatPath, type Diagnostic } from '../diagnostic.js';

/** Gives the text of a line of a file, for code frames. */
export type LineSource = (file: string, line: number) => string | undefined;

/**
 * Human output, one block per diagnostic, rustc-like:
 *
 * ```
 * error[validate/format]: Does not match format 'ports'
 *   --> compose.yml:5:9 (services.web.ports[0])
 *    |
 *  5 |       - "80:80:80"
 *    |         ^^^^^^^^^^
 * ```
 * followed by a one-line summary.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], lines: LineSource): string {
  const blocks = diagnostics.map((d) => formatOne(d, lines));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (diagnostics.length === 0) return '';
  blocks.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  return blocks.join('\n');
}

function formatOne(d: Diagnostic, lines: LineSource): string {
  const out = [`${d.severity}[${d.code}]: ${d.message}`];
  const where = d.file === undefined ? undefined : d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column}`;
  const path = d.path && d.path.length > 0 ? ` (${formatPath(d.path)})` : '';
  if (where) out.push(`  --> ${where}${path}`);
  else if (path) out.push(`  --> ${path.slice(2, -1)}`);
  if (d.file !== undefined && d.line !== undefined && d.column !== undefined) {
    const text = lines(d.file, d.line);
    if (text !== undefined) out.push(...codeFrame(text, d));
  }
  return out.join('\n') + '\n';
}

function codeFrame(text: string, d: Diagnostic): string[] {
  const gutter = String(d.line).length;
  const pad = ' '.repeat(gutter);
  const visible = text.replace(/\t/g, ' ');
  const start = Math.max(1, d.column!);
  const endCol = d.endLine === d.line && d.endColumn !== undefined ? d.endColumn : visible.length + 1;
  const width = Math.max(1, Math.min(endCol, visible.length + 1) - start);
  const shown = visible.length > 160 ? visible.slice(0, 160) + '…' : visible;
  return [
    ` ${pad} |`,
    ` ${d.line} | ${shown}`,
    ` ${pad} | ${' '.repeat(start - 1)}${'^'.repeat(Math.min(width, 160))}`,
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
