/**
 * Helpers to find, in the raw documents, the node a merged-stack finding is about.
 *
 * The merged stack is reshaped (short syntax expanded, lists re-keyed and re-sorted by the merge),
 * so an index in `stack.services.x.ports` need not be the index in any file. Rules that report a
 * list item look it up here by content, latest file first (the one whose value won the merge), and
 * fall back to the merged path, which the engine attributes to a file by its longest prefix.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { parsePortSpec } from '../normalize/parse-port-spec.js';
import { parseVolumeSpec } from '../normalize/parse-volume-spec.js';
import { isRecord } from '../load/plain-data.js';
import type { PortConfig } from '../model/stack-config.js';
import type { RawDocument, Where } from './rule.js';

export { isRecord };

/** The value at `path` in one raw document, or undefined. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isRecord(node) && typeof seg === 'string') node = node[seg];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** Every document that has a value at `path`, latest first, with that value. */
export function valuesAt(documents: readonly RawDocument[], path: DocPath): { file: string; value: unknown }[] {
  const out: { file: string; value: unknown }[] = [];
  for (let i = documents.length - 1; i >= 0; i--) {
    const value = valueAt(documents[i]!.data, path);
    if (value !== undefined) out.push({ file: documents[i]!.file, value });
  }
  return out;
}

/** `path` in the latest document that has it (so the finding points where the value was written). */
export function whereWritten(documents: readonly RawDocument[], path: DocPath, atKey = false): Where {
  // The latest document only: no list of every match (rules call this once per service).
  for (let i = documents.length - 1; i >= 0; i--) {
    if (valueAt(documents[i]!.data, path) !== undefined) return { file: documents[i]!.file, path, atKey };
  }
  return atKey ? { path, atKey } : path;
}

/**
 * The raw list item under `listPath` that `match` accepts, latest document first; the merged
 * `fallback` path when none does (an interpolated value, say).
 */
export function findListItem(
  documents: readonly RawDocument[],
  listPath: DocPath,
  match: (item: unknown) => boolean,
  fallback: DocPath,
): Where {
  for (const { file, value } of valuesAt(documents, listPath)) {
    if (!Array.isArray(value)) continue;
    const index = value.findIndex(match);
    if (index !== -1) return { file, path: [...listPath, index] };
  }
  return fallback;
}

/** True when a raw `ports` item (short or long syntax) produces `port`. */
export function rawPortMatches(item: unknown, port: PortConfig): boolean {
  if (typeof item === 'string' || typeof item === 'number') {
    const parsed = parsePortSpec(String(item));
    return parsed.ok && parsed.ports.some((p) => p.target === port.target && (p.published ?? 0) === (port.published ?? 0) && p.protocol === (port.protocol ?? p.protocol));
  }
  if (!isRecord(item)) return false;
  return Number(item.target) === port.target && Number(item.published ?? 0) === (port.published ?? 0);
}

/** The mount target a raw `volumes` item (short or long syntax) has. */
export function rawVolumeTarget(item: unknown): string | undefined {
  if (typeof item === 'string') {
    const parsed = parseVolumeSpec(item);
    return parsed.ok ? parsed.volume.target : undefined;
  }
  return isRecord(item) && typeof item.target === 'string' ? item.target : undefined;
}

/** The `source` of a raw secret/config reference (a bare string or a long-syntax mapping). */
export function rawReferenceSource(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  return isRecord(item) && typeof item.source === 'string' ? item.source : undefined;
}

/** The raw `services` mapping of each document that has one, in `-f` order. */
export function rawServices(documents: readonly RawDocument[]): { file: string; services: Record<string, unknown> }[] {
  const out: { file: string; services: Record<string, unknown> }[] = [];
  for (const doc of documents) {
    const services = valueAt(doc.data, ['services']);
    if (isRecord(services)) out.push({ file: doc.file, services });
  }
  return out;
}

/** Sorted keys, so every rule walks services and objects in the same, deterministic order. */
export function sortedKeys(record: Readonly<Record<string, unknown>> | undefined): readonly string[] {
  if (!record) return NO_KEYS;
  // Every rule walks the services in order: sort each record once per run, not once per rule.
  let keys = sortedKeyCache.get(record);
  if (!keys) {
    keys = Object.keys(record).sort();
    sortedKeyCache.set(record, keys);
  }
  // Shared, not copied: 31 rules walk the same 2,000 services; the type keeps callers from sorting it.
  return keys;
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/** Records are never mutated once merged, so their sorted keys can be kept with them. */
const sortedKeyCache = new WeakMap<object, string[]>();

/** True when a raw `ports` item (short or long syntax) publishes `published`. */
export function rawPortPublishes(item: unknown, published: number): boolean {
  if (typeof item === 'string' || typeof item === 'number') {
    const parsed = parsePortSpec(String(item));
    return parsed.ok && parsed.ports.some((p) => p.published === published);
  }
  return isRecord(item) && Number(item.published) === published;
}

/** A matcher accepting only the `n`-th (0-based) item that `match` accepts: for duplicates. */
export function nthMatch(match: (item: unknown) => boolean, n: number): (item: unknown) => boolean {
  let seen = 0;
  return (item) => match(item) && seen++ === n;
}
