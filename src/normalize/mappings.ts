/**
 * The list-or-dict and string-or-list shapes shared by many fields (§1.8.3): `labels`,
 * `sysctls`, `environment`, `build.args`, `extra_hosts`, `dns`, `expose`, option maps.
 * Results are built with `setOwn`, so any key (even `__proto__`) is data.
 */
import { isRecord, setOwn } from '../load/plain-data.js';
import { formatGoPercentS, formatGoValue } from './go-format.js';

export { setOwn };

/**
 * The `x-*` keys of a mapping, values deep-copied (the model never shares with the input data),
 * `undefined` when there are none. `skip` lists `x-*` keys that are not extensions here.
 */
export function copyExtensions(value: Record<string, unknown>, skip: readonly string[] = []): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key in value) {
    if (!key.startsWith('x-') || !Object.prototype.hasOwnProperty.call(value, key) || skip.includes(key)) continue;
    setOwn((out ??= {}), key, structuredClone(value[key]));
  }
  return out;
}

/**
 * `labels`, `deploy.labels`, `sysctls` (docker `Labels`/`Mapping`): list items split at the first
 * `=`, a bare `K` or a null value becomes `""`, other values are stringified with Go `%v`.
 * Returns `undefined` when empty (omitempty).
 */
export function toStringMap(value: unknown): Record<string, string> | undefined {
  // Built in place rather than through a Map: this runs several times per service.
  const out: Record<string, string> = {};
  let empty = true;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = formatGoValue(item);
      const eq = text.indexOf('=');
      if (eq === -1) setOwn(out, text, '');
      else setOwn(out, text.slice(0, eq), text.slice(eq + 1));
      empty = false;
    }
  } else if (isRecord(value)) {
    for (const k in value) {
      if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
      const v = value[k];
      setOwn(out, k, v === null || v === undefined ? '' : formatGoValue(v));
      empty = false;
    }
  }
  return empty ? undefined : out;
}

/**
 * Calls `visit` for each entry of a `MappingWithEquals` value (`environment`, `build.args`), in
 * order: list items split at the first `=`, a bare `K` or a null value giving `null`.
 */
export function eachNullableEntry(value: unknown, visit: (key: string, value: string | null) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = formatGoValue(item);
      const eq = text.indexOf('=');
      if (eq === -1) visit(text, null);
      else visit(text.slice(0, eq), text.slice(eq + 1));
    }
  } else if (isRecord(value)) {
    for (const k in value) {
      if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
      const v = value[k];
      visit(k, v === null || v === undefined ? null : formatGoValue(v));
    }
  }
}

/**
 * `environment`, `build.args` (docker `MappingWithEquals`): like {@link toStringMap} but a bare
 * `K` or a null value stays `null`. Always returns a map (possibly empty).
 */
export function toNullableStringMap(value: unknown): Map<string, string | null> {
  const out = new Map<string, string | null>();
  eachNullableEntry(value, (k, v) => out.set(k, v));
  return out;
}

/** Converts a nullable map into the model's record, `undefined` when empty. */
export function nullableMapToRecord(map: Map<string, string | null>): Record<string, string | null> | undefined {
  return map.size > 0 ? Object.fromEntries(map) : undefined;
}

/**
 * `extra_hosts` (docker `HostsList`): the dict form becomes `host:ip` sorted by the whole string
 * (null values dropped); the list form keeps order, splits at the first `=` else the first `:`,
 * and drops items with neither. `[...]` around the IP is removed.
 */
export function toHostsList(value: unknown): string[] | undefined {
  let entries: string[] = [];
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      // Docker formats with %s, so a non-string IP prints Go's %!s(...) noise.
      if (v !== null && v !== undefined) entries.push(`${k}:${formatGoPercentS(v)}`);
    }
    // Go sort.Strings: byte order, which for UTF-16 strings of BMP text matches code unit order.
    entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } else if (Array.isArray(value)) {
    for (const item of value) {
      const text = formatGoValue(item);
      const eq = text.indexOf('=');
      const colon = text.indexOf(':');
      if (eq !== -1) entries.push(`${text.slice(0, eq)}:${text.slice(eq + 1)}`);
      else if (colon !== -1) entries.push(text);
    }
  }
  entries = entries.map((entry) => {
    const colon = entry.indexOf(':');
    const host = entry.slice(0, colon);
    let ip = entry.slice(colon + 1);
    if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    return `${host}:${ip}`;
  });
  return entries.length > 0 ? entries : undefined;
}

/** `dns`, `dns_search`, `tmpfs`, `env_file`, `cache_from`: a string becomes a one-item list. */
export function toStringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.length > 0 ? value.map(formatGoValue) : undefined;
  return undefined;
}

/** A plain list of strings (`cap_add`, `links`, …), `undefined` when empty or absent. */
export function toPlainList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.map(formatGoValue);
}

/** `expose`: every item stringified with Go `%v`. */
export function toStringOrNumberList(value: unknown): string[] | undefined {
  return toPlainList(value);
}

/** A non-empty string, else `undefined` (docker's omitempty on string fields). */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
