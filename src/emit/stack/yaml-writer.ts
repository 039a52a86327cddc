/**
 * A small block-style YAML writer reproducing go-yaml v3's output with `SetIndent(2)`, as
 * `docker stack config` uses it: mappings and sequences in block style with sequence dashes indented
 * two columns under their key (`cap_add:\n  - ALL`), compact nesting after `- `, `{}`/`[]` for
 * empty collections, explicit `? key` form for keys over 128 bytes or spanning lines, and no line
 * folding.
 */

import { formatGoNumber } from './go-number.js';
import { isObviouslyPlain } from './plain-resolve.js';
import { analyzeScalar, isSimpleKey } from './scalar-style.js';
import { scalarLine } from './scalar-text.js';
import { GoFloat, YMap, type YNode } from './yaml-node.js';

const PADS: string[] = [];
function pad(n: number): string {
  let p = PADS[n];
  if (p === undefined) {
    p = ' '.repeat(n);
    PADS[n] = p;
  }
  return p;
}

/** Pieces gathered before they are joined into the text. */
const FLUSH_PARTS = 1024;

/** One serialization run; caches quoting decisions per distinct string. */
class Writer {
  /**
   * The text as pieces, joined once at the end. Pieces are mostly strings that already exist
   * (cached key lines, model values), so the run allocates little besides this array; a rope built
   * with `+=` allocates a cell per piece, all of them live until the end.
   */
  readonly parts: string[] = [];
  /** Finished text: a rope of flat strings, one per flush. */
  text = '';
  /** `<indent spaces><key>:` per indentation, or `null` when the key needs the `? ` form. */
  private readonly keyLines: Map<string, string | null>[] = [];
  /** Single-line scalar text plus its line break, for strings whose text does not depend on indentation. */
  private readonly valueCache = new Map<string, string>();

  mapping(m: YMap, indent: number, firstInline: boolean): void {
    const parts = this.parts;
    const keys = m.entries;
    for (let i = 0; i < keys.length; i += 2) {
      const key = keys[i] as string;
      const line = this.keyLine(key, indent);
      if (line !== null) {
        // The cached line starts with the indentation, which an inline first key skips.
        parts.push(i === 0 && firstInline ? line.slice(indent) : line);
        this.value(keys[i + 1]!, indent, false);
      } else {
        if (i > 0 || !firstInline) parts.push(pad(indent));
        parts.push('? ', scalarLine(key, indent + 2, false), pad(indent), ':');
        this.value(keys[i + 1]!, indent, true);
      }
      if (parts.length > FLUSH_PARTS) this.flush();
    }
  }

  /** Moves the pending pieces into {@link text} as one flat string. */
  flush(): void {
    this.text += this.parts.join('');
    this.parts.length = 0;
  }

  sequence(items: readonly YNode[], indent: number, firstInline: boolean): void {
    const dash = pad(indent) + '-';
    for (let i = 0; i < items.length; i++) {
      this.parts.push(i === 0 && firstInline ? '-' : dash);
      this.value(items[i]!, indent, true);
    }
  }

  /**
   * Writes a node right after `key:` or `-` (cursor just past the indicator). `indent` is the
   * column of that key or dash. `compact` nests collections on the same line (`- a: 1`).
   */
  value(node: YNode, indent: number, compact: boolean): void {
    if (node instanceof YMap) {
      if (node.size === 0) this.parts.push(' {}\n');
      else {
        this.parts.push(compact ? ' ' : '\n');
        this.mapping(node, indent + 2, compact);
      }
      return;
    }
    if (Array.isArray(node)) {
      if (node.length === 0) this.parts.push(' []\n');
      else {
        this.parts.push(compact ? ' ' : '\n');
        this.sequence(node, indent + 2, compact);
      }
      return;
    }
    if (typeof node === 'string') {
      if (isObviouslyPlain(node)) this.parts.push(' ', node, '\n');
      else this.parts.push(' ', this.stringLine(node, indent + 2));
      return;
    }
    this.parts.push(' ', scalar(node));
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

  private keyLine(key: string, indent: number): string | null {
    let lines = this.keyLines[indent];
    if (lines === undefined) {
      lines = new Map();
      this.keyLines[indent] = lines;
    }
    let line = lines.get(key);
    if (line === undefined) {
      const analysis = analyzeScalar(key);
      // A simple key is never multi-line, so its text ends with the one line break we drop.
      line = isSimpleKey(key, analysis) ? pad(indent) + scalarLine(key, 0, true, analysis).slice(0, -1) + ':' : null;
      lines.set(key, line);
    }
    return line;
  }
}

/** A non-string scalar's text and line break. */
function scalar(node: Exclude<YNode, string | YMap | YNode[]>): string {
  if (node === null) return 'null\n';
  if (typeof node === 'boolean') return node ? 'true\n' : 'false\n';
  if (typeof node === 'number') return formatGoNumber(node) + '\n';
  if (typeof node === 'bigint') return node.toString() + '\n';
  if (node instanceof GoFloat) return node.text + '\n';
  throw new Error(`yaml-writer: unsupported node ${String(node)}`);
}

/** Serializes a document whose root is a mapping, as go-yaml v3 (indent 2) prints it. */
export function writeYamlDocument(root: YMap): string {
  if (root.size === 0) return '{}\n';
  const w = new Writer();
  w.mapping(root, 0, false);
  w.flush();
  return w.text;
}
