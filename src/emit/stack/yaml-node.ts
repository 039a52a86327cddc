/**
 * The tiny document model the stack emitter builds before printing: plain scalars, arrays,
 * ordered mappings and Go floats. Mappings are an explicit ordered list of entries because a JS
 * object would reorder integer-like keys (a service named `10`, a label `80`), while docker
 * prints every mapping in its own order (struct order or yaml.v3 natural order).
 */

/**
 * A mapping whose entries print in insertion order. Keys and values alternate in one array: a
 * 2,000-service stack has some 100,000 mappings, and one backing store each instead of two halves
 * what they cost to allocate and collect.
 */
export class YMap {
  /** `key0, value0, key1, value1, …` in print order; even slots are always strings. */
  readonly entries: YNode[] = [];

  /** Appends an entry (no duplicate check: builders add each key once). */
  set(key: string, value: YNode): this {
    this.entries.push(key, value);
    return this;
  }

  /** Number of entries. */
  get size(): number {
    return this.entries.length >> 1;
  }
}

/**
 * A float whose text is already formatted as Go prints it (`strconv.FormatFloat(f, 'g', -1, bits)`),
 * e.g. `max_failure_ratio` (a float32 in docker: `1e-07`, never `1e-7`).
 */
export class GoFloat {
  /** @param text the Go-formatted text, e.g. `0.5`, `1e+06`. */
  constructor(readonly text: string) {}
}

/** Anything the YAML writer can print. */
export type YNode = string | number | bigint | boolean | null | GoFloat | readonly YNode[] | YMap;
