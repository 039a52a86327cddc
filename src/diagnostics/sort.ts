import type { Diagnostic } from './diagnostic.js';

/**
 * Stable, deterministic order: by input file (in command-line order), then line, column, code and
 * message; exact duplicates removed. Unlocated diagnostics of a file come first.
 */
export function sortDiagnostics(list: readonly Diagnostic[], fileOrder: readonly string[]): Diagnostic[] {
  // The numeric keys are read once, not on each of the n·log n comparisons.
  const n = list.length;
  const ranks = new Int32Array(n);
  const lines = new Float64Array(n);
  const columns = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = list[i]!;
    ranks[i] = d.file === undefined ? -1 : fileOrder.indexOf(d.file);
    lines[i] = d.line ?? 0;
    columns[i] = d.column ?? 0;
    order[i] = i;
  }
  // Array#sort is stable: ties keep their reported order.
  order.sort((a, b) => ranks[a]! - ranks[b]! || lines[a]! - lines[b]! || columns[a]! - columns[b]! || cmp(list[a]!.code, list[b]!.code) || cmp(list[a]!.message, list[b]!.message));
  const out: Diagnostic[] = [];
  let block = 0; // start, in `out`, of the run of kept diagnostics that compare equal to the current one
  for (let i = 0; i < n; i++) {
    const d = list[order[i]!]!;
    const prev = out[out.length - 1];
    if (prev === undefined || !sameSortKey(prev, d)) block = out.length;
    // Duplicates compare equal, so they are in one run (a run can span files, hence the check).
    else if (isDuplicate(out, block, d)) continue;
    out.push(d);
  }
  return out;
}

/** Equal for the sort, files aside: same line, column, code and message. */
function sameSortKey(a: Diagnostic, b: Diagnostic): boolean {
  return (a.line ?? 0) === (b.line ?? 0) && (a.column ?? 0) === (b.column ?? 0) && a.code === b.code && a.message === b.message;
}

/** Whether `d` repeats one of `out[from..]`: same file, line, column, code and message. */
function isDuplicate(out: readonly Diagnostic[], from: number, d: Diagnostic): boolean {
  for (let j = from; j < out.length; j++) {
    const o = out[j]!;
    if (String(o.file) === String(d.file) && o.line === d.line && o.column === d.column) return true;
  }
  return false;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
