import type { Document, Node, Pair } from 'yaml';
import { yamlLib } from '../load/lazy-yaml.js';
import { EventTree } from './event-tree.js';
import { TextLines } from './text-lines.js';
import type { DocPath } from './diagnostic.js';

/** Offsets [start, end) in a file's text. */
export type Range = readonly [number, number];

/** Where a document path was found: the node's value range, its key range, and how deep it got. */
export interface FoundNode {
  readonly value?: Range;
  readonly key?: Range;
  /** Scalar style of the value, to map a position inside the string to the text. */
  readonly quoted: boolean;
  /** True when the whole path was found; false when this is the nearest ancestor. */
  readonly exact: boolean;
}

/**
 * A positioned view of one file, built on first use only: the fast loader keeps no positions, so
 * this parse is paid for by files that have something to report. It reads js-yaml's event
 * stream (cheap); a file js-yaml refuses but docker accepts is indexed with `yaml` instead.
 */
export class SourceIndex {
  private doc?: Document.Parsed;
  private tree?: EventTree | null;
  private readonly lines: TextLines;

  /**
   * @param events js-yaml's events of `text`, when the loader kept them
   * @param lines the lines of `text`, when someone else has them already
   */
  constructor(readonly text: string, private readonly events?: readonly unknown[], lines?: TextLines) {
    this.lines = lines ?? new TextLines(text);
  }

  /** Find `path` in the document, following aliases and `<<` merge keys; nearest ancestor otherwise. */
  find(path: DocPath): FoundNode {
    if (this.tree === undefined) {
      try {
        this.tree = new EventTree(this.text, this.events as ConstructorParameters<typeof EventTree>[1]);
      } catch {
        this.tree = null;
      }
    }
    if (this.tree) return this.tree.find(path);
    return this.findWithYaml(path);
  }

  private findWithYaml(path: DocPath): FoundNode {
    this.doc ??= yamlLib().parseDocument(this.text, { merge: true, uniqueKeys: false, keepSourceTokens: false });
    let node: unknown = this.doc.contents;
    let keyRange: Range | undefined;
    for (let i = 0; i < path.length; i++) {
      const next = this.child(node, path[i]!);
      if (!next) return { ...this.describe(node, keyRange), exact: false };
      node = next.value;
      keyRange = next.key;
    }
    return { ...this.describe(node, keyRange), exact: true };
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  private describe(node: unknown, key: Range | undefined): Omit<FoundNode, 'exact'> {
    const { isScalar } = yamlLib();
    const n = node as Node | null | undefined;
    const value = n?.range ? ([n.range[0], n.range[1]] as const) : undefined;
    const quoted = isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE');
    return { value, key, quoted };
  }

  private child(node: unknown, seg: string | number): { value: unknown; key?: Range } | undefined {
    const { isMap, isSeq } = yamlLib();
    const resolved = this.deref(node);
    if (isSeq(resolved) && typeof seg === 'number') {
      const item = resolved.items[seg];
      return item === undefined ? undefined : { value: item };
    }
    if (isMap(resolved)) return this.mapChild(resolved.items as Pair[], String(seg), 0);
    return undefined;
  }

  private mapChild(items: Pair[], key: string, depth: number): { value: unknown; key?: Range } | undefined {
    const { isMap, isPair, isScalar, isSeq } = yamlLib();
    for (const pair of items) {
      if (isPair(pair) && isScalar(pair.key) && typeof pair.key.value !== 'symbol' && String(pair.key.value) === key) {
        const k = pair.key.range;
        return { value: pair.value, key: k ? [k[0], k[1]] : undefined };
      }
    }
    if (depth > 8) return undefined;
    // Keys merged in with `<<`: report at the anchor's definition, where the text is.
    for (const pair of items) {
      // With `merge: true`, yaml marks a merge key with a symbol value; its source is `<<`.
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.source !== '<<') continue;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const src of sources) {
        const target = this.deref(src);
        if (isMap(target)) {
          const found = this.mapChild(target.items as Pair[], key, depth + 1);
          if (found) return found;
        }
      }
    }
    return undefined;
  }

  private deref(node: unknown): unknown {
    const { isAlias } = yamlLib();
    let n = node;
    for (let i = 0; i < 16 && isAlias(n) && this.doc; i++) n = n.resolve(this.doc);
    return n;
  }
}
