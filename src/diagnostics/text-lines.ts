/** Offsets ↔ 1-based lines and columns of one text; line starts are found on first use. */
export class TextLines {
  private starts?: number[];

  constructor(readonly text: string) {}

  /** Number of lines (a trailing newline opens one more, empty line). */
  get lineCount(): number {
    return (this.starts ??= lineStarts(this.text)).length;
  }

  /** Offset where a 1-based line starts; the text's length past the last line. */
  lineStart(line: number): number {
    return (this.starts ??= lineStarts(this.text))[line - 1] ?? this.text.length;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line break (`\n` or `\r\n`). */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Offset where a 1-based line's text ends, before its line break (`\n` or `\r\n`). */
  lineEnd(line: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    const start = starts[line - 1] ?? this.text.length;
    let end = starts[line];
    if (end === undefined) return this.text.length;
    if (end > start) end--; // the `\n` that starts the next line
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

const shared = new WeakMap<ReadonlyMap<string, string>, Map<string, TextLines>>();

/**
 * The lines of `file` in `sources`, shared by everything that reads the same sources map: the
 * locator and then the printer of code frames both need them, and finding the line starts of a
 * large file takes milliseconds. Held no longer than the map.
 */
export function linesOf(sources: ReadonlyMap<string, string>, file: string): TextLines | undefined {
  const text = sources.get(file);
  if (text === undefined) return undefined;
  let byFile = shared.get(sources);
  if (!byFile) {
    byFile = new Map();
    shared.set(sources, byFile);
  }
  let lines = byFile.get(file);
  if (lines?.text !== text) {
    lines = new TextLines(text);
    byFile.set(file, lines);
  }
  return lines;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
