/**
 * Small helpers on plain YAML data shared by the `extends` and `include` steps: the loader gives
 * plain objects, arrays and scalars, and these steps must never mutate what they were given.
 */

/** A YAML mapping as the loader returns it. */
export type Mapping = Record<string, unknown>;

/** Whether `v` is a YAML mapping (a plain object, not a list or null). */
export function isMapping(v: unknown): v is Mapping {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy of plain YAML data, so merged results never share nodes with their inputs. */
export function cloneValue<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => cloneValue(x)) as T;
  if (isMapping(v)) {
    const out: Mapping = {};
    for (const [k, x] of Object.entries(v)) putKey(out, k, cloneValue(x));
    return out as T;
  }
  return v;
}

/**
 * Set a key on a mapping we build. Defined as an own property so a YAML key spelled `__proto__`
 * stays data instead of changing the object's prototype.
 */
export function putKey(target: Mapping, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Go's `%v` text of a scalar, as compose-go renders mapping values when it turns them into `KEY=VALUE` items. */
export function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return String(v);
}
