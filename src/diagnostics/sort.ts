import type { Diagnostic } from './diagnostic.js';

/**
 * Stable, deterministic order: by input file (in command-line order), then line, column, code and
 * message; exact duplicates removed. Unlocated diagnostics of a file come first.
 */
export function sortDiagnostics(list: readonly Diagnostic[], fileOrder: readonly string[]): Diagnostic[] {
  const rank = (f: string | undefined) => (f === undefined ? -1 : fileOrder.indexOf(f));
  const sorted = [...list].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
  const seen = new Set<string>();
  return sorted.filter((d) => {
    const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
