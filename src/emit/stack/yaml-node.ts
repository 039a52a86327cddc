/**
 * The tiny document model the stack emitter builds before printing: plain scalars, arrays,
 * ordered mappings and Go floats. Mappings are an explicit ordered list of entries because a JS
 * object would reorder integer-like keys (a service named `10`, a label `80`), while docker
 * prints every mapping in its own order (struct order or yaml.v3 natural order).
 */

/** A mapping whose entries print in insertion order. */
export class YMap {
  /** Keys, in print order. */
  readonly keys: string[] = [];
  /** Values, parallel to `keys`. */
  readonly values: YNode[] = [];

  /** Appends an entry (no duplicate check: builders add each key once). */
  set(key: string, value: YNode): this {
    this.keys.push(key);
    this.values.push(value);
    return this;
  }

  /** Number of entries. */
  get size(): number {
    return this.keys.length;
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
export type YNode = string | number | bigint | boolean | null | GoFloat | YNode[] | YMap;
