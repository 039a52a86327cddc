/**
 * JSON text with positions: `yaml` parses JSON (a subset of YAML 1.2) into nodes with ranges, so a
 * config problem can be reported at the exact key or value. `JSON.parse` decides validity, since
 * YAML would also accept things JSON does not (comments, unquoted keys).
 */
import type { Document, Node, Pair } from 'yaml';
import { yamlLib } from '../load/lazy-yaml.js';
import type { DocPath } from '../diagnostics/diagnostic.js';

/** Offsets [start, end) in the text. */
export type TextRange = readonly [number, number];

/** Parsed JSON text, or the first syntax error with its offset. */
export type JsonText =
  | { readonly ok: true; readonly data: unknown; rangeOf(path: DocPath, atKey?: boolean): TextRange }
  | { readonly ok: false; readonly message: string; readonly offset: TextRange };

/** Parses `text` as JSON, keeping a positioned view for {@link rangeOf}. */
export function parseJsonText(text: string): JsonText {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = errorOffset(text, message);
    return { ok: false, message: `invalid JSON: ${message}`, offset: [at, Math.min(at + 1, Math.max(text.length, at + 1))] };
  }
  // Positions are only needed when the configuration has a problem: parse them then.
  let doc: Document.Parsed | undefined;
  return {
    ok: true,
    data,
    rangeOf(path, atKey = false) {
      doc ??= yamlLib().parseDocument(text);
      let node: unknown = doc.contents;
      let keyRange: TextRange | undefined;
      for (const seg of path) {
        const next = child(node, seg);
        if (!next) break;
        node = next.value;
        keyRange = next.key;
      }
      if (atKey && keyRange) return keyRange;
      const range = (node as Node | null)?.range;
      return range ? [range[0], range[1]] : [0, Math.min(1, text.length)];
    },
  };
}

function child(node: unknown, seg: string | number): { value: unknown; key?: TextRange } | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isSeq(node) && typeof seg === 'number') return node.items[seg] === undefined ? undefined : { value: node.items[seg] };
  if (!isMap(node)) return undefined;
  for (const pair of node.items as Pair[]) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(seg)) {
      const r = pair.key.range;
      return { value: pair.value, key: r ? [r[0], r[1]] : undefined };
    }
  }
  return undefined;
}

/** V8 words syntax errors as "… at position N" (Node 20) or "… (line L column C)" (Node 22+). */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) {
    const lines = text.split('\n');
    const before = lines.slice(0, Number(lineCol[1]) - 1).reduce((n, l) => n + l.length + 1, 0);
    return before + Number(lineCol[2]) - 1;
  }
  // "Unexpected end of JSON input" and the like: the end of the text.
  return Math.max(0, text.length - 1);
}
