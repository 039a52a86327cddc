import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import type { MergeTag } from '../load/loaded-file.js';
import { applyMergeTags } from './extends-tags.js';
import { mergeDocuments } from './include-merge.js';
import type { RawDocument } from './types.js';

/**
 * docker compose's merge of `-f` files (compose-spec.md §2): the same per-attribute rules as
 * `extends`, applied left to right, with each override file's `!reset`/`!override` tags acting on
 * what the files before it set. Values whose forms can't be merged (a mapping over a list) are
 * reported where the override writes them.
 */
export function mergeComposeFiles(documents: readonly RawDocument[], tagsOf: (index: number) => readonly MergeTag[], report: Report): RawDocument {
  let merged = documents[0]!.data;
  documents.slice(1).forEach((doc, i) => {
    const tags = tagsOf(i + 1);
    const { base, override } = withTags(merged, doc.data, tags);
    merged = mergeDocuments(base, override, (path: DocPath) =>
      report({ code: 'compose/merge-conflict', severity: 'error', file: doc.file, path,
        message: 'this value cannot be merged with what the files before it set (a mapping over a list, or the reverse)' }),
    );
  });
  return { ...documents[0]!, data: merged };
}

/** Apply an override file's merge tags, service by service, to the merged base and the override. */
function withTags(base: Record<string, unknown>, override: Record<string, unknown>, tags: readonly MergeTag[]): { base: Record<string, unknown>; override: Record<string, unknown> } {
  if (tags.length === 0) return { base, override };
  const baseServices = { ...asRecord(base['services']) };
  const overrideServices = { ...asRecord(override['services']) };
  const names = new Set(tags.filter((t) => t.path[0] === 'services' && typeof t.path[1] === 'string').map((t) => t.path[1] as string));
  for (const name of names) {
    const applied = applyMergeTags(tags, name, asRecord(baseServices[name]), asRecord(overrideServices[name]));
    if (name in baseServices) baseServices[name] = applied.base;
    if (name in overrideServices) overrideServices[name] = applied.local;
  }
  return { base: { ...base, services: baseServices }, override: { ...override, services: overrideServices } };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
