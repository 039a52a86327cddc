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
  if (diagnostics.length === 0) return '';
  // One string grown by appending (V8 keeps it as a rope until it is written), rather than an
  // array of lines per diagnostic joined twice: this output runs to megabytes on large projects.
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    out += formatOne(d, lines) + '\n';
  }
  return out + `${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}

/** One block; every line ends with a line break. */
function formatOne(d: Diagnostic, lines: LineSource): string {
  let out = `${d.severity}[${d.code}]: ${d.message}\n`;
  const where = d.file === undefined ? undefined : d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column}`;
  const path = d.path && d.path.length > 0 ? formatPath(d.path) : undefined;
  if (where) out += path === undefined ? `  --> ${where}\n` : `  --> ${where} (${path})\n`;
  else if (path !== undefined) out += `  --> ${path}\n`;
  if (d.file !== undefined && d.line !== undefined && d.column !== undefined) {
    const text = lines(d.file, d.line);
    if (text !== undefined) out += codeFrame(text, d);
  }
  return out;
}

function codeFrame(text: string, d: Diagnostic): string {
  const pad = ' '.repeat(String(d.line).length);
  const visible = text.includes('\t') ? text.replaceAll('\t', ' ') : text;
  const start = Math.max(1, d.column!);
  const endCol = d.endLine === d.line && d.endColumn !== undefined ? d.endColumn : visible.length + 1;
  const width = Math.max(1, Math.min(endCol, visible.length + 1) - start);
  const shown = visible.length > 160 ? visible.slice(0, 160) + '…' : visible;
  return ` ${pad} |\n ${d.line} | ${shown}\n ${pad} | ${' '.repeat(start - 1)}${'^'.repeat(Math.min(width, 160))}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
