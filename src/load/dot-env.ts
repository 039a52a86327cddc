import type { Report } from '../diagnostics/diagnostic.js';

/**
 * Parse a `.env`-style variables file the way docker compose reads `--env-file`: `KEY=VALUE` lines,
 * optional `export `, `#` comments, single quotes literal, double quotes with `\n`-style escapes,
 * unquoted values trimmed and cut at ` #`. Problems are reported at their offset in `text`.
 * (Service `env_file` files are NOT read with this: docker stack reads those without any quote
 * handling; see normalize.)
 */
export function readDotEnv(text: string, file: string, report: Report): Record<string, string> {
  const vars: Record<string, string> = {};
  let offset = 0;
  for (const rawLine of text.replace(/^\uFEFF/, '').split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!m) {
      report({ code: 'load/env-file-syntax', severity: 'error', file, offset: [lineStart, lineStart + line.length],
        message: `invalid line in env file: ${JSON.stringify(trimmed)} (expected KEY=VALUE)` });
      continue;
    }
    vars[m[1]!] = m[2] === undefined ? '' : unquote(m[2]);
  }
  return vars;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith("'")) {
    const end = v.indexOf("'", 1);
    return end === -1 ? v.slice(1) : v.slice(1, end);
  }
  if (v.startsWith('"')) {
    let out = '';
    for (let i = 1; i < v.length; i++) {
      const c = v[i]!;
      if (c === '"') return out;
      if (c === '\\' && i + 1 < v.length) {
        const n = v[++i]!;
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
      } else out += c;
    }
    return out;
  }
  const comment = v.search(/\s#/);
  return (comment === -1 ? v : v.slice(0, comment)).trim();
}
