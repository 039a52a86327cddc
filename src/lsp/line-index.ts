/**
 * Offsets ↔ LSP positions for one text. LSP positions are 0-based lines and UTF-16 code-unit
 * characters, which is what JavaScript string offsets already count, so no re-encoding is needed.
 */
import type { Position, Range } from 'vscode-languageserver';

/** Line starts of a text, for converting offsets and positions both ways. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Number of lines (a trailing newline opens one more, empty line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based position of an offset. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /** The offset of a 0-based position, clamped to its line. */
  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)]!;
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** A range from offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The 0-based line's text, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line] ?? this.text.length, this.lineEnd(line));
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === '\r' ? next - 2 : next - 1;
  }
}

/**
 * Our 1-based, inclusive-start / exclusive-end line:column range as an LSP range. A diagnostic
 * without a location points at the start of the file; one without an end covers its start only.
 */
export function toLspRange(d: { line?: number; column?: number; endLine?: number; endColumn?: number }): Range {
  if (d.line === undefined || d.column === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = { line: d.line - 1, character: d.column - 1 };
  const end = d.endLine !== undefined && d.endColumn !== undefined ? { line: d.endLine - 1, character: d.endColumn - 1 } : start;
  return { start, end };
}
