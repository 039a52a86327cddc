/**
 * What the cursor is completing: a mapping key (and under which path) or the value of a key.
 *
 * While a key is being typed the YAML is usually broken (`    dep` under `image: x` even reads as
 * a continuation of `x`), so the tree can't say where the cursor is. The site is found from the
 * text instead, by indentation, as a human reads it; the tree (of the text with the cursor's line
 * blanked, so it parses) only names the paths of the earlier, finished lines.
 */
import type { Position } from 'vscode-languageserver';
import type { DocPath } from '../diagnostics/diagnostic.js';
import { ParsedText } from './parsed-text.js';
import { pathAtOffset } from './path-at-position.js';

/** A key being typed in the mapping at `parent`, or a value being typed for the key at `path`. */
export type CompletionSite =
  | { readonly kind: 'key'; readonly parent: DocPath; readonly present: readonly string[]; readonly prefix: string; readonly replace: readonly [number, number] }
  | { readonly kind: 'value'; readonly path: DocPath; readonly prefix: string; readonly replace: readonly [number, number] };

/** A line split into indentation, sequence dashes and content. */
interface LineShape {
  readonly indent: number;
  readonly dashes: string;
  /** Column where the content (a key or a scalar) starts. */
  readonly contentColumn: number;
  readonly content: string;
}

function shape(line: string): LineShape {
  const m = /^(\s*)((?:-(?:[ \t]+|$))*)(.*)$/.exec(line)!;
  return { indent: m[1]!.length, dashes: m[2]!, contentColumn: m[1]!.length + m[2]!.length, content: m[3]! };
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}][^#]*?)[ \t]*:(?:[ \t]+(.*))?$/;

/** The key of a `key: value` content, and whether a value (not a comment) follows on the line. */
function keyOf(content: string): { key: string; hasValue: boolean } | undefined {
  const m = KEY.exec(content.trimEnd());
  if (!m) return undefined;
  const rest = (m[2] ?? '').trim();
  return { key: unquote(m[1]!), hasValue: rest !== '' && !rest.startsWith('#') };
}

function unquote(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1');
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

/** Finds the completion site at `position` in `text`. */
export function completionSiteAt(text: string, position: Position): CompletionSite | undefined {
  const source = new ParsedText(text);
  const lineText = source.lines.lineText(position.line);
  const lineStart = source.lines.lineStart(position.line);
  const before = lineText.slice(0, position.character);
  const wordAfter = /^[\w.-]*/.exec(lineText.slice(position.character))![0].length;
  const cursor = lineStart + before.length;
  // The same text with the cursor's line blanked (same length, so offsets still agree).
  const blanked = new ParsedText(text.slice(0, lineStart) + ' '.repeat(lineText.length) + text.slice(lineStart + lineText.length));
  const finder = new ParentFinder(blanked);
  const s = shape(before);

  const keyMatch = /^[\w.-]*$/.exec(s.content);
  if (keyMatch && !s.content.startsWith('-')) {
    const parent = s.dashes ? finder.newItem(s.indent, position.line) : finder.parentAt(s.contentColumn, position.line);
    if (!parent) return undefined;
    const present = s.dashes ? [] : finder.keysAround(s.contentColumn, position.line);
    return { kind: 'key', parent, present, prefix: s.content, replace: [cursor - s.content.length, cursor + wordAfter] };
  }
  const valueMatch = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}][^#:]*?)[ \t]*:[ \t]+([^\s#]*)$/.exec(s.content);
  if (valueMatch) {
    const parent = s.dashes ? finder.newItem(s.indent, position.line) : finder.parentAt(s.contentColumn, position.line);
    if (!parent) return undefined;
    const prefix = valueMatch[2]!;
    return { kind: 'value', path: [...parent, unquote(valueMatch[1]!)], prefix, replace: [cursor - prefix.length, cursor + wordAfter] };
  }
  return undefined;
}

/** Reads the structure above a line: which mapping a column belongs to. */
class ParentFinder {
  constructor(private readonly source: ParsedText) {}

  /**
   * The path of the mapping a key at `column` on `line` belongs to: the nearest earlier line
   * with less indentation whose key has no inline value, or a same-column sibling key's parent.
   */
  parentAt(column: number, line: number, forSequence = false): DocPath | undefined {
    for (let l = line - 1; l >= 0; l--) {
      const text = this.source.lines.lineText(l);
      if (/^(---|\.\.\.)(\s|$)/.test(text)) break;
      const s = shape(text);
      if ((s.content.trim() === '' && !s.dashes) || s.content.startsWith('#')) continue;
      if (s.contentColumn > column) continue;
      const k = keyOf(s.content);
      // A half-typed sibling (`dep`) or a scalar item says nothing about the parent: look further up.
      if (!k) {
        if (s.contentColumn === column) continue;
        return undefined;
      }
      const keyPath = this.keyPathAt(l, s, k.key);
      if (!keyPath) return undefined;
      // A sequence may sit at its key's own indentation (`ports:\n- 80`).
      if (s.contentColumn === column && !(forSequence && !k.hasValue)) return keyPath.slice(0, -1);
      return k.hasValue ? undefined : keyPath;
    }
    return column === 0 || forSequence ? [] : undefined;
  }

  /** The path of a new sequence item whose dash is at `dashColumn`: the sequence's path plus the next index. */
  newItem(dashColumn: number, line: number): DocPath | undefined {
    const seq = this.parentAt(dashColumn, line, true);
    return seq && [...seq, this.itemsAbove(line, dashColumn)];
  }

  /**
   * Keys already written in the mapping whose keys sit at `column` around `line` (read from the
   * text: a half-typed line elsewhere must not hide them).
   */
  keysAround(column: number, line: number): string[] {
    const keys: string[] = [];
    const visit = (l: number, upward: boolean): boolean => {
      const s = shape(this.source.lines.lineText(l));
      if ((s.content.trim() === '' && !s.dashes) || s.content.startsWith('#')) return true;
      if (s.contentColumn < column) return false;
      if (s.contentColumn > column) return true;
      // Going down, a dash at this column starts the next sequence item.
      if (!upward && s.dashes) return false;
      const k = keyOf(s.content);
      if (k) keys.push(k.key);
      // Going up, a dash starts this sequence item: nothing above belongs to it.
      return !s.dashes;
    };
    for (let l = line - 1; l >= 0 && visit(l, true); l--);
    for (let l = line + 1; l < this.source.lines.lineCount && visit(l, false); l++);
    return keys;
  }

  /**
   * The path of the key `key` written on `line`: from the tree when it parsed cleanly and agrees
   * with the text, else from the indentation above it.
   */
  private keyPathAt(line: number, s: LineShape, key: string): DocPath | undefined {
    // With another broken line, the tree may have glued keys together (`dep\n deploy:`).
    if (this.source.doc.errors.length === 0) {
      const at = pathAtOffset(this.source.doc, this.source.lines.lineStart(line) + s.contentColumn);
      if (at?.on === 'key' && at.path[at.path.length - 1] === key) return at.path;
    }
    if (!s.dashes) {
      const parent = this.parentAt(s.contentColumn, line);
      return parent && [...parent, key];
    }
    const seq = this.parentAt(s.indent, line, true);
    return seq && [...seq, this.itemsAbove(line, s.indent), key];
  }

  /** How many items of the sequence whose dashes are at `dashColumn` start above `line`. */
  private itemsAbove(line: number, dashColumn: number): number {
    let count = 0;
    for (let l = line - 1; l >= 0; l--) {
      const s = shape(this.source.lines.lineText(l));
      if ((s.content.trim() === '' && !s.dashes) || s.content.startsWith('#')) continue;
      if (s.indent < dashColumn || (!s.dashes && s.indent <= dashColumn)) break;
      if (s.indent === dashColumn && s.dashes) count++;
    }
    return count;
  }
}
