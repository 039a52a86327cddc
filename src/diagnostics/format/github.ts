import type { Diagnostic } from '../diagnostic.js';

/**
 * GitHub Actions workflow commands, one per diagnostic:
 * `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE::message`.
 * Escaping follows the runner's rules (actions/toolkit `command.ts`): in the message `%`, CR and
 * LF are percent-encoded; in properties also `:` and `,`. `info` becomes `notice`.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(command).join('');
}

function command(d: Diagnostic): string {
  const level = d.severity === 'info' ? 'notice' : d.severity;
  const props: [string, string | number | undefined][] = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', d.code],
  ];
  const text = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level}${text ? ' ' + text : ''}::${escapeData(d.message)}\n`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
