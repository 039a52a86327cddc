/**
 * Inline suppressions in compose files, ESLint-style:
 * `# stackc-disable-next-line rule-a, rule-b` on its own line silences those rules (all rules
 * without ids) on the next line; `# stackc-disable-line ...` at the end of a line silences that
 * line. Only `lint/*` diagnostics can be silenced: compile errors are facts about the file.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Rule ids suppressed per 1-based line; `'*'` for all. */
type Suppressions = Map<number, Set<string>>;

const DIRECTIVE = /(?:^|\s)#\s*stackc-disable-(next-line|line)(?=\s|$)([^#]*)/;

/** Drops located lint diagnostics that a disable comment covers. */
export function applyDisableComments(diagnostics: Diagnostic[], sources: ReadonlyMap<string, string>): Diagnostic[] {
  const byFile = new Map<string, Suppressions>();
  return diagnostics.filter((d) => {
    if (!d.code.startsWith('lint/') || d.file === undefined || d.line === undefined) return true;
    let suppressions = byFile.get(d.file);
    if (!suppressions) {
      const text = sources.get(d.file);
      if (text === undefined) return true;
      suppressions = parseDirectives(text);
      byFile.set(d.file, suppressions);
    }
    const ids = suppressions.get(d.line);
    return !(ids && (ids.has('*') || ids.has(d.code.slice('lint/'.length))));
  });
}

function parseDirectives(text: string): Suppressions {
  const out: Suppressions = new Map();
  // Most files have no directive: don't split and scan a large file line by line for nothing.
  if (!text.includes('stackc-disable')) return out;
  text.split('\n').forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw.replace(/\r$/, ''));
    if (!m) return;
    const line = m[1] === 'next-line' ? i + 2 : i + 1;
    // Ids may be separated by commas and/or spaces, and written with the `lint/` prefix; text
    // after ` -- ` is a reason, as in ESLint.
    const list = m[2]!.split(/\s--\s/)[0]!;
    const ids = list.split(/[\s,]+/).filter((s) => s !== '').map((s) => s.replace(/^lint\//, ''));
    const set = out.get(line) ?? new Set<string>();
    for (const id of ids.length === 0 ? ['*'] : ids) set.add(id);
    out.set(line, set);
  });
  return out;
}
