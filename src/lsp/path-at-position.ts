/**
 * The document path under a position: which mapping key or value the cursor is on, found by
 * descending the YAML tree through the nodes whose source range contains the offset.
 */
import type { Document, Node, Pair } from 'yaml';
import type { DocPath } from '../diagnostics/diagnostic.js';
import { yamlLib } from '../load/lazy-yaml.js';

/** Where an offset is: on a mapping key, on a scalar value, or inside a collection's whitespace. */
export interface PathAt {
  readonly path: DocPath;
  readonly on: 'key' | 'value' | 'inside';
  /** Source range [start, end) of the key or scalar under the cursor. */
  readonly range?: readonly [number, number];
}

/** True when `offset` touches [start, end]: a cursor right after a word is still on it. */
function touches(range: readonly number[] | null | undefined, offset: number): boolean {
  return !!range && range[0]! <= offset && offset <= range[1]!;
}

/** The path at `offset` in `doc`, or undefined when the offset is outside the document's content. */
export function pathAtOffset(doc: Document, offset: number): PathAt | undefined {
  const { isMap, isSeq, isScalar, isPair } = yamlLib();
  let node: unknown = doc.contents;
  const path: (string | number)[] = [];
  if (!touches((node as Node | null)?.range, offset)) return undefined;
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items as Pair[]) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : undefined;
        if (name === undefined) continue;
        if (touches(key?.range, offset)) return { path: [...path, name], on: 'key', range: [key!.range![0], key!.range![1]] };
        const value = pair.value as Node | null;
        if (value && touches(value.range, offset) && !(isScalar(value) && value.value === null && value.range![0] === value.range![1])) {
          path.push(name);
          next = value;
          break;
        }
      }
      if (next === undefined) return { path, on: 'inside' };
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => touches((item as Node | null)?.range, offset));
      if (i === -1) return { path, on: 'inside' };
      path.push(i);
      node = node.items[i];
    } else if (isScalar(node)) {
      return { path, on: 'value', range: [node.range![0], node.range![1]] };
    } else {
      return { path, on: 'value' };
    }
  }
  return { path, on: 'inside' };
}
