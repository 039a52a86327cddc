/**
 * The two operations every stage needs on the plain data a YAML file decodes to: telling a
 * mapping from a list or a scalar, and setting a key that came from the file. Keys are data, so
 * one spelled `__proto__` must become an own property, which plain assignment would not create
 * (it would set the object's prototype instead).
 */

/** True for a plain mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own, enumerable data property, even one named `__proto__`. */
export function setOwn<V>(target: Record<string, V>, key: string, value: NoInfer<V>): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
