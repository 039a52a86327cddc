/**
 * compose-go's "unicity" keys (compose-spec.md §2.3): how items of a merged list are recognised as
 * the same item, so that a later one replaces an earlier one in the earlier one's position.
 */
import { cleanPath } from '../normalize/paths.js';
import { isMapping, scalarText } from './extends-values.js';

/** Computes an item's identity; `undefined` means "no key", the item is always kept. */
export type ItemKey = (item: unknown) => string | undefined;

/** Text before the first `=` (environment, labels, sysctls, …), or the whole text. */
export const keyBeforeEquals: ItemKey = (item) => {
  const s = scalarText(item);
  const i = s.indexOf('=');
  return i === -1 ? s : s.slice(0, i);
};

/** The item's text itself (links, cap_add, expose, …): `"3000"` and `3000` are the same item. */
export const keyText: ItemKey = (item) => (isMapping(item) || Array.isArray(item) ? undefined : scalarText(item));

/** A service volume's mount target: long form `target`, short form the part after the source. */
export const keyVolumeTarget: ItemKey = (item) => {
  if (isMapping(item)) return typeof item.target === 'string' ? cleanPath(item.target) : undefined;
  if (typeof item !== 'string') return undefined;
  const parts = item.split(':');
  const target = parts.length === 1 ? parts[0]! : parts[1]!;
  return target === '' ? undefined : cleanPath(target);
};

/** A device's path in the container: long form `target`, short form the second `:` field. */
export const keyDeviceTarget: ItemKey = (item) => {
  if (isMapping(item)) return typeof item.target === 'string' ? item.target : undefined;
  if (typeof item !== 'string') return undefined;
  const parts = item.split(':');
  return parts.length > 1 ? parts[1] : item;
};

/** A service secret's target: `/run/secrets/<source>` unless the long form names one. */
export const keySecretTarget: ItemKey = (item) => mountTarget(item, (s) => `/run/secrets/${s}`);

/** A service config's target: `/<source>` unless the long form names one. */
export const keyConfigTarget: ItemKey = (item) => mountTarget(item, (s) => `/${s}`);

function mountTarget(item: unknown, byDefault: (source: string) => string): string | undefined {
  if (typeof item === 'string') return byDefault(item);
  if (!isMapping(item)) return undefined;
  if (typeof item.target === 'string') return item.target;
  return typeof item.source === 'string' ? byDefault(item.source) : undefined;
}

/** An env_file entry's path, as written (compared before any path resolution, like compose-go). */
export const keyEnvFile: ItemKey = (item) => {
  if (typeof item === 'string') return item;
  return isMapping(item) && typeof item.path === 'string' ? item.path : undefined;
};

/**
 * A port's identity. Short syntax is compared as written (compose-go does the same before its
 * canonical pass); the long form on `host_ip:published:target/protocol` with compose's defaults.
 * `published` is always text here, so `8080` and `"8080"` agree (compose-go's int/string quirk fixed).
 */
export const keyPort: ItemKey = (item) => {
  if (typeof item === 'number') return String(item);
  if (typeof item === 'string') return item;
  if (!isMapping(item)) return undefined;
  const ip = typeof item.host_ip === 'string' ? item.host_ip : '0.0.0.0';
  const protocol = typeof item.protocol === 'string' ? item.protocol : 'tcp';
  return `${ip}:${scalarText(item.published)}:${scalarText(item.target)}/${protocol}`;
};

/**
 * Keep one item per key: a later item with the key of an earlier one replaces it in the earlier
 * one's position; items without a key are all kept.
 */
export function uniqueBy(items: readonly unknown[], key: ItemKey): unknown[] {
  const out: unknown[] = [];
  const at = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) {
      out.push(item);
      continue;
    }
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(item);
    } else out[i] = item;
  }
  return out;
}
