/**
 * Offsets ↔ LSP positions for one text. LSP positions are 0-based lines and UTF-16 code-unit
 * characters, which is what JavaScript string offsets already count, so no re-encoding is needed.
 */
import type { Position, Range } from 'vscode-languageserver';
import { TextLines } from '../diagnostics/text-lines.js';

/** Line starts of a text, for converting offsets and positions both ways (0-based, as LSP counts). */
export class LineIndex {
  private readonly lines: TextLines;

  constructor(readonly text: string) {
    this.lines = new TextLines(text);
  }

  /** Number of lines (a trailing newline opens one more, empty line). */
  get lineCount(): number {
    return this.lines.lineCount;
  }

  /** The 0-based position of an offset. */
  positionAt(offset: number): Position {
    const { line, column } = this.lines.position(Math.max(0, Math.min(offset, this.text.length)));
    return { line: line - 1, character: column - 1 };
  }

  /** The offset of a 0-based position, clamped to its line. */
  offsetAt(pos: Position): number {
    if (pos.line >= this.lineCount) return this.text.length;
    const line = Math.max(0, pos.line);
    return Math.min(this.lineStart(line) + Math.max(0, pos.character), this.lines.lineEnd(line + 1));
  }

  /** A range from offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The 0-based line's text, without its line break. */
  lineText(line: number): string {
    return this.lines.lineText(line + 1);
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.lines.lineStart(line + 1);
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
