/**
 * A {@link StackSink} that prints go-yaml v3's output with `SetIndent(2)`, as `docker stack config`
 * uses it: block style with sequence dashes indented two columns under their key
 * (`cap_add:\n  - ALL`), compact nesting after `- `, `{}`/`[]` for empty collections, explicit
 * `? key` form for keys over 128 bytes or spanning lines, and no line folding.
 *
 * The text is written as the events arrive. Only a collection's opening waits: its key (or dash)
 * is printed with its first entry, because until then it may still close empty and print `{}`,
 * or, with `omitEmpty`, print nothing at all.
 */

import { formatGoNumber } from './go-number.js';
import { isObviouslyPlain } from './plain-resolve.js';
import { analyzeScalar, isSimpleKey } from './scalar-style.js';
import { scalarLine } from './scalar-text.js';
import type { StackSink } from './sink.js';

const PADS: string[] = [];
function pad(n: number): string {
  let p = PADS[n];
  if (p === undefined) {
    p = ' '.repeat(n);
    PADS[n] = p;
  }
  return p;
}

const DASHES: string[] = [];
/** `<indent spaces>- `, cached: every sequence item starts with one. */
function dash(n: number): string {
  let d = DASHES[n];
  if (d === undefined) {
    d = pad(n) + '- ';
    DASHES[n] = d;
  }
  return d;
}

/** A simple key's line start, `<indent spaces><key>:`, as each kind of value continues it. */
interface KeyLine {
  /** Before a scalar or an empty collection on the same line. */
  readonly inline: string;
  /** Before the entries of a non-empty collection on the next lines. */
  readonly block: string;
}

/** Pieces gathered before they are joined into the text. */
const FLUSH_PARTS = 1024;

/** An open mapping or sequence. Frames are reused across the run: a stack has ~100,000 collections. */
interface Frame {
  isSeq: boolean;
  /** Column of this collection's keys or dashes. */
  indent: number;
  /** The first entry continues the parent's line (`- key: v`) instead of starting a new one. */
  inline: boolean;
  /** Whether the parent's key or dash and this collection's first line break are written. */
  started: boolean;
  /** Closed without entries, it prints nothing (a Go value struct with `omitempty`), not `{}`. */
  omitEmpty: boolean;
  /** This collection's key in the enclosing mapping. */
  key: string;
  /** Entries written so far. */
  count: number;
}

/** Writes one document as YAML text; caches quoting decisions per distinct string. */
export class YamlSink implements StackSink {
  /**
   * The text as pieces, joined in batches. Pieces are mostly strings that already exist (cached
   * key lines, model values), so the run allocates little besides this array; a rope built with
   * `+=` allocates a cell per piece, all of them live until the end.
   */
  private readonly parts: string[] = [];
  /** Finished text: a rope of flat strings, one per batch. */
  private text = '';
  private readonly frames: Frame[] = [];
  private depth = 0;
  private pendingKey = '';
  /** The start of a key's line per indentation, or `null` when the key needs the `? ` form. */
  private readonly keyLines: Map<string, KeyLine | null>[] = [];
  /** Single-line scalar text plus its line break, for strings whose text does not depend on indentation. */
  private readonly valueCache = new Map<string, string>();

  key(name: string): void {
    this.pendingKey = name;
  }

  string(value: string): void {
    const d = this.depth - 1;
    this.entry(d, this.pendingKey, false);
    if (isObviouslyPlain(value)) this.parts.push(value, '\n');
    else this.parts.push(this.stringLine(value, this.frames[d]!.indent + 2));
  }

  scalar(value: number | bigint | boolean | null): void {
    this.entry(this.depth - 1, this.pendingKey, false);
    this.parts.push(scalarText(value));
  }

  goFloat(text: string): void {
    this.entry(this.depth - 1, this.pendingKey, false);
    this.parts.push(text, '\n');
  }

  openMap(omitEmpty: boolean): void {
    this.open(false, omitEmpty);
  }

  closeMap(): void {
    this.close('{}\n');
  }

  openSeq(): void {
    this.open(true, false);
  }

  closeSeq(): void {
    this.close('[]\n');
  }

  /** The whole text, once the root mapping is closed. */
  result(): string {
    this.flush();
    return this.text;
  }

  private open(isSeq: boolean, omitEmpty: boolean): void {
    const d = this.depth++;
    let f = this.frames[d];
    if (f === undefined) {
      f = { isSeq, indent: 0, inline: false, started: false, omitEmpty, key: '', count: 0 };
      this.frames[d] = f;
    }
    f.isSeq = isSeq;
    f.omitEmpty = omitEmpty;
    f.key = this.pendingKey;
    f.count = 0;
    // The root mapping has no parent entry to wait for; its keys are at column 0.
    f.started = d === 0;
    f.inline = false;
    f.indent = d === 0 ? 0 : this.frames[d - 1]!.indent + 2;
  }

  private close(emptyText: string): void {
    const d = --this.depth;
    const f = this.frames[d]!;
    if (f.count > 0) return;
    if (d === 0) this.parts.push('{}\n');
    else if (!f.omitEmpty) {
      this.entry(d - 1, f.key, false);
      this.parts.push(emptyText);
    }
  }

  /**
   * Writes the start of the next entry of frame `d`, its key line or dash, after opening the frame
   * itself (and so its own parents) if nothing was written into it yet. The cursor is then just
   * past the space after the `:` or `-`, or, when `opensBlock` (a non-empty collection) and the
   * key is simple, at the start of the next line: the cached pieces carry that space or break,
   * one piece less per line. Returns whether the value continues the line (after `- ` or an
   * explicit `? key`).
   */
  private entry(d: number, key: string, opensBlock: boolean): boolean {
    const f = this.frames[d]!;
    if (!f.started) {
      f.inline = this.entry(d - 1, f.key, true);
      f.started = true;
    }
    const parts = this.parts;
    const first = f.count++ === 0 && f.inline;
    if (parts.length > FLUSH_PARTS) this.flush();
    if (f.isSeq) {
      parts.push(first ? '- ' : dash(f.indent));
      return true;
    }
    // An inline first key skips the indentation: its line is the one cached for indentation 0.
    const line = this.keyLine(key, first ? 0 : f.indent);
    if (line !== null) {
      parts.push(opensBlock ? line.block : line.inline);
      return false;
    }
    if (!first) parts.push(pad(f.indent));
    parts.push('? ', scalarLine(key, f.indent + 2, false), pad(f.indent), ': ');
    return true;
  }

  /** Moves the pending pieces into {@link text} as one flat string. */
  private flush(): void {
    this.text += this.parts.join('');
    this.parts.length = 0;
  }

  private stringLine(value: string, indent: number): string {
    const cached = this.valueCache.get(value);
    if (cached !== undefined) return cached;
    const analysis = analyzeScalar(value);
    const line = scalarLine(value, indent, false, analysis);
    // Literal blocks and single-quoted text with raw U+2028/9 breaks embed the indentation.
    if (!analysis.multiline) this.valueCache.set(value, line);
    return line;
  }

  private keyLine(key: string, indent: number): KeyLine | null {
    let lines = this.keyLines[indent];
    if (lines === undefined) {
      lines = new Map();
      this.keyLines[indent] = lines;
    }
    let line = lines.get(key);
    if (line === undefined) {
      const analysis = analyzeScalar(key);
      // A simple key is never multi-line, so its text ends with the one line break we drop.
      if (isSimpleKey(key, analysis)) {
        const bare = pad(indent) + scalarLine(key, 0, true, analysis).slice(0, -1) + ':';
        line = { inline: bare + ' ', block: bare + '\n' };
      } else line = null;
      lines.set(key, line);
    }
    return line;
  }
}

/** A non-string scalar's text and line break. */
function scalarText(value: number | bigint | boolean | null): string {
  if (value === null) return 'null\n';
  if (typeof value === 'boolean') return value ? 'true\n' : 'false\n';
  if (typeof value === 'number') return formatGoNumber(value) + '\n';
  return value.toString() + '\n';
}
