import { yamlLib } from './lazy-yaml.js';
import type { MergeTag } from './loaded-file.js';

/**
 * Find the compose-spec `!reset` / `!override` tags of a file and the document paths they sit on.
 * Only files that contain either tag pay for this second, positioned parse.
 */
export function findMergeTags(text: string): MergeTag[] {
  if (!text.includes('!reset') && !text.includes('!override')) return [];
  const { isMap, isPair, isScalar, isSeq, parseDocument, visit } = yamlLib();
  const tags: MergeTag[] = [];
  const doc = parseDocument(text, { merge: true, uniqueKeys: false });
  visit(doc, (_key, node, ancestors) => {
    if (!(isScalar(node) || isMap(node) || isSeq(node))) return;
    const tag = node.tag;
    if (tag !== '!reset' && tag !== '!override') return;
    const path: (string | number)[] = [];
    for (let i = 0; i < ancestors.length; i++) {
      const a = ancestors[i];
      if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
      else if (isSeq(a)) {
        const child = ancestors[i + 1] ?? node;
        path.push(a.items.indexOf(child as never));
      }
    }
    tags.push({ path, tag });
  });
  return tags;
}
