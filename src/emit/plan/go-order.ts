/**
 * Go's orderings, which decide the order of everything docker sends: `sort.Strings` and `<` on
 * strings compare UTF-8 bytes, and `encoding/json` prints map keys sorted the same way.
 */

/** Go's string `<`: byte order of the UTF-8 encoding, i.e. code point order (not UTF-16 order). */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** A copy of `map` with its keys in the order Go's JSON encoder prints a map. */
export function goJsonMap<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(map).sort(compareGoStrings)) out[key] = map[key]!;
  return out;
}

/** `goJsonMap` for an optional map: `undefined` stays `undefined` (an absent, `omitempty` field). */
export function optionalGoJsonMap<T>(map: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined {
  return map === undefined ? undefined : goJsonMap(map);
}

/**
 * Drops `undefined` members so a body prints exactly the fields docker's `omitempty` tags keep,
 * in the order they were written (the Go struct order).
 */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** `omitempty` for slices: an empty or absent list is not sent. */
export function nonEmpty<T>(list: readonly T[] | undefined): T[] | undefined {
  return list === undefined || list.length === 0 ? undefined : [...list];
}

/** `omitempty` for maps: an empty or absent map is not sent; otherwise Go's key order. */
export function nonEmptyMap<T>(map: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined {
  return map === undefined || Object.keys(map).length === 0 ? undefined : goJsonMap(map);
}

/** `omitempty` for strings and numbers and booleans. */
export function nonZero<T extends string | number | boolean>(value: T | undefined): T | undefined {
  return value === undefined || value === '' || value === 0 || value === false ? undefined : value;
}
