/**
 * Converts the emitter's node tree to plain JSON-ready data. Object key insertion order is the
 * print order, except that JavaScript always lists integer-like keys (`"80"`) first.
 */

import { GoFloat, YMap, type YNode } from './yaml-node.js';

/** Plain data for a node: mappings become objects, Go floats numbers, big integers numbers or strings. */
export function toPlain(node: YNode): unknown {
  if (node instanceof YMap) {
    const out: Record<string, unknown> = {};
    const e = node.entries;
    for (let i = 0; i < e.length; i += 2) out[e[i] as string] = toPlain(e[i + 1]!);
    return out;
  }
  if (Array.isArray(node)) return node.map(toPlain);
  if (node instanceof GoFloat) return Number(node.text);
  if (typeof node === 'bigint') return Number.isSafeInteger(Number(node)) ? Number(node) : node.toString();
  return node;
}
