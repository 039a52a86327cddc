/**
 * Helpers that fill a {@link YMap} in struct order with docker's `omitempty` rules: zero strings,
 * `false`, `0` and empty lists/maps are left out, pointer fields (`*uint64`, `*Duration`, `*bool`,
 * pointer-to-struct) print whenever set, and Go maps print in natural key order.
 */

import { goFloat32 } from './go-number.js';
import { naturalKeys } from './natural-sort.js';
import { YMap, type YNode } from './yaml-node.js';

/** Per-run settings shared by the builders. */
export class EmitContext {
  /** @param escapeDollar write every `$` in a string value as `$$` (keys are never interpolated). */
  constructor(readonly escapeDollar: boolean) {}

  /** A string value, `$`-escaped when asked. */
  str(value: string): string {
    return this.escapeDollar && value.includes('$') ? value.split('$').join('$$') : value;
  }

  /** A `[]string`, `$`-escaped when asked; the same array when nothing changes (most lists). */
  strings(values: readonly string[]): readonly string[] {
    if (!this.escapeDollar || !values.some((v) => v.includes('$'))) return values;
    return values.map((v) => this.str(v));
  }

  /** A Go `map[string]string` / `map[string]*string`, natural-sorted, values escaped. */
  stringMap(record: Readonly<Record<string, string | null | undefined>>): YMap {
    const m = new YMap();
    for (const key of naturalKeys(record)) {
      const v = record[key];
      m.set(key, v === null || v === undefined ? null : this.str(v));
    }
    return m;
  }

  /**
   * An arbitrary `x-*` value as yaml.v3 prints a decoded `interface{}`: maps natural-sorted,
   * lists in order, strings escaped like every interpolated value.
   */
  extension(value: unknown): YNode {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return this.str(value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value;
    if (Array.isArray(value)) return value.map((v) => this.extension(v));
    if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const m = new YMap();
      for (const key of naturalKeys(record)) m.set(key, this.extension(record[key]));
      return m;
    }
    throw new Error(`emit: unsupported extension value of type ${typeof value}`);
  }

  /** Appends `x-*` entries (already filtered by the loader) in natural order. */
  extensions(target: YMap, ext: Readonly<Record<string, unknown>> | undefined): void {
    if (!ext) return;
    for (const key of naturalKeys(ext)) target.set(key, this.extension(ext[key]));
  }
}

/**
 * Fluent struct writer: each method applies one field's omitempty rule. It is itself the mapping
 * being filled, so a struct costs one object, not a builder plus a map.
 */
export class Fields extends YMap {
  constructor(private readonly ctx: EmitContext) {
    super();
  }

  /** The mapping being filled (this builder), for the end of a fluent chain. */
  get map(): YMap {
    return this;
  }

  /** `string` with omitempty. */
  str(key: string, value: string | undefined): this {
    if (value) this.set(key, this.ctx.str(value));
    return this;
  }

  /** `bool` with omitempty: only `true` prints. */
  bool(key: string, value: boolean | undefined): this {
    if (value) this.set(key, true);
    return this;
  }

  /** Integer with omitempty: `0` is left out. */
  int(key: string, value: number | undefined): this {
    if (value) this.set(key, value);
    return this;
  }

  /** Byte count (`UnitBytes`), printed as a quoted decimal string; `0` is left out. */
  bytes(key: string, value: number | string | undefined): this {
    if (value) this.set(key, typeof value === 'number' ? String(Math.trunc(value)) : this.ctx.str(value));
    return this;
  }

  /** `float32` with omitempty, formatted as Go does (`1e-07`). */
  float32(key: string, value: number | undefined): this {
    if (value) this.set(key, goFloat32(value));
    return this;
  }

  /** Value `Duration` with omitempty: a zero duration (`0s`) is left out. */
  duration(key: string, value: string | undefined): this {
    if (value && value !== '0s') this.set(key, value);
    return this;
  }

  /** A pointer to a scalar (`*uint64`, `*Duration`, `*bool`, `*uint32`): prints whenever set, even `0`/`false`. */
  ptr(key: string, value: string | number | boolean | null | undefined): this {
    if (value !== undefined && value !== null) this.set(key, typeof value === 'string' ? this.ctx.str(value) : value);
    return this;
  }

  /** `[]string` with omitempty. */
  list(key: string, value: readonly string[] | undefined): this {
    if (value && value.length > 0) this.set(key, this.ctx.strings(value));
    return this;
  }

  /** A Go string map with omitempty. */
  stringMap(key: string, value: Readonly<Record<string, string | null | undefined>> | undefined): this {
    if (value && Object.keys(value).length > 0) this.set(key, this.ctx.stringMap(value));
    return this;
  }

  /** Any already-built node, unless `undefined` (pointers, non-empty slices). */
  node(key: string, value: YNode | undefined): this {
    if (value !== undefined) this.set(key, value);
    return this;
  }

  /** A value struct with omitempty: left out when none of its fields printed. */
  struct(key: string, value: YMap | undefined): this {
    if (value && value.size > 0) this.set(key, value);
    return this;
  }

  /** A non-empty slice of built items (`[]T` with omitempty). */
  items<T>(key: string, value: readonly T[] | undefined, build: (item: T) => YNode): this {
    if (value && value.length > 0) this.set(key, value.map(build));
    return this;
  }
}
