import type { Diagnostic, DiagnosticInput } from './diagnostic.js';
import { SourceIndex, type Range } from './source-index.js';
import { linesOf } from './text-lines.js';

/**
 * Turns reported (file, path) pairs into 1-based line/column ranges, once, at the edge of the
 * pipeline. Stages only know document paths; this is the one place that knows text positions.
 */
export class Locator {
  private readonly indexes = new Map<string, SourceIndex>();

  /**
   * @param texts the decoded text of each input file, by display name
   * @param events the loader's js-yaml events of a file, when kept, so it is not parsed again
   */
  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly events: ReadonlyMap<string, readonly unknown[]> = new Map(),
  ) {}

  /** The positioned index of a file (built lazily), for code frames. */
  index(file: string): SourceIndex | undefined {
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    let idx = this.indexes.get(file);
    if (!idx) {
      idx = new SourceIndex(text, this.events.get(file), linesOf(this.texts, file));
      this.indexes.set(file, idx);
    }
    return idx;
  }

  /** Locate one diagnostic; without a file or a findable node it is returned unlocated. */
  locate(d: DiagnosticInput): Diagnostic {
    if (d.file === undefined) return d;
    const idx = this.index(d.file);
    if (!idx) return d;
    const range = d.offset ?? (d.path ? this.rangeOf(idx, d) : undefined);
    if (!range) return d;
    const start = idx.position(range[0]);
    const end = idx.position(Math.max(range[0], range[1]));
    // Not `{ ...d, line, ... }`: in V8 a spread copy that adds properties costs several µs, and
    // sorting such copies was 4× slower, which dominated a few thousand findings. `Object.assign`
    // onto a literal gives the same keys in the same order.
    return Object.assign({}, d, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
  }

  private rangeOf(idx: SourceIndex, d: DiagnosticInput): Range | undefined {
    const found = idx.find(d.path!);
    if (!found.exact) return found.key ?? found.value;
    if (d.atKey && found.key) return found.key;
    const value = found.value ?? found.key;
    if (!value || !d.inner) return value;
    // A problem inside a string (a `${...}`): shift by the opening quote; escapes are rare
    // enough in compose files that the plain offset is right in practice.
    const open = found.quoted ? 1 : 0;
    const start = Math.min(value[0] + open + d.inner[0], value[1]);
    const end = Math.min(value[0] + open + d.inner[1], value[1]);
    return [start, Math.max(end, start + 1)];
  }
}
