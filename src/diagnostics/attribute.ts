import type { DiagnosticInput, DocPath } from './diagnostic.js';

/**
 * Later stages (plan conversion, lint) work on the merged stack and report only a document path.
 * Attribute such a finding to the file that wrote that path: the last file (the one whose value
 * won the merge) that contains the longest prefix of it. A finding that already names a file,
 * or has no path, is returned unchanged.
 */
export function attributeToFile(d: DiagnosticInput, documents: readonly { file: string; data: unknown }[]): DiagnosticInput {
  if (d.file !== undefined || d.path === undefined || documents.length === 0) return d;
  let file = documents[0]!.file;
  let best = -1;
  for (const doc of documents) {
    const depth = matchedDepth(doc.data, d.path);
    if (depth >= best) {
      file = doc.file;
      best = depth;
    }
  }
  // `Object.assign`, not a spread: see `Locator.locate`.
  return Object.assign({}, d, { file });
}

function matchedDepth(data: unknown, path: DocPath): number {
  let node = data;
  let depth = 0;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') break;
    const next = (node as Record<string | number, unknown>)[seg];
    if (next === undefined) break;
    node = next;
    depth++;
  }
  return depth;
}
