/**
 * `!reset` / `!override` inside a service that extends another (compose-spec.md §2.6): the tagged
 * attribute is removed from the inherited copy, and a `!reset` node is also dropped from the
 * extending service itself, so `command: !reset` leaves no command and `ports: !override [...]`
 * replaces the inherited ports instead of appending to them.
 */
import type { MergeTag } from '../load/index.js';
import { cloneValue, isMapping, type Mapping } from './extends-values.js';

/** Delete the node at `path` (a key, or a list item) inside `root`, which is modified. */
function deleteAt(root: unknown, path: readonly (string | number)[]): void {
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isMapping(node) && typeof seg === 'string' && Object.hasOwn(node, seg)) node = node[seg];
    else return;
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (isMapping(node) && typeof last === 'string') delete node[last];
}

/**
 * Apply the tags of `services.<name>` to an inherited `base` and the extending `local` service;
 * returns new values. Inherited list items are never removed one by one (compose-go can't either):
 * only paths made of mapping keys touch the base.
 */
export function applyMergeTags(
  tags: readonly MergeTag[],
  name: string,
  base: Mapping,
  local: Mapping,
): { base: Mapping; local: Mapping } {
  const mine = tags.filter((t) => t.path.length > 2 && t.path[0] === 'services' && t.path[1] === name);
  if (mine.length === 0) return { base, local };
  const b = cloneValue(base);
  const l = cloneValue(local);
  // Deepest and last first, so removing a list item does not shift the indexes of the next one.
  const ordered = [...mine].sort((x, y) => compareDesc(x.path, y.path));
  for (const tag of ordered) {
    const rest = tag.path.slice(2);
    if (rest.every((s) => typeof s === 'string')) deleteAt(b, rest);
    if (tag.tag === '!reset') deleteAt(l, rest);
  }
  return { base: b, local: l };
}

function compareDesc(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return 0;
  }
  return b.length - a.length;
}
