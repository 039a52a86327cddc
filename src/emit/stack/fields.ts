/**
 * The struct writer the field builders use: each method writes one field to a {@link StackSink}
 * with docker's `omitempty` rules: zero strings, `false`, `0` and empty lists/maps are left out,
 * pointer fields (`*uint64`, `*Duration`, `*bool`, pointer-to-struct) print whenever set, and Go
 * maps print in natural key order.
 */

import { formatGoFloat32 } from './go-number.js';
import { naturalKeys } from './natural-sort.js';
import type { StackSink } from './sink.js';

/** Writes the fields of a nested struct, list item or map value `value` through `f`. */
export type Writer<T> = (f: Fields, value: T) => void;

/**
 * Fluent struct writer bound to one sink for the whole run. Nested structs are written by
 * module-level functions (no closure per call): `f.struct('build', s.build, buildConfig)`.
 */
export class Fields {
  /**
   * @param out where the document goes.
   * @param escapeDollar write every `$` in a string value as `$$` (keys are never interpolated).
   */
  constructor(
    readonly out: StackSink,
    private readonly escapeDollar: boolean,
  ) {}

  /** A string value, `$`-escaped when asked. */
  esc(value: string): string {
    return this.escapeDollar && value.includes('$') ? value.split('$').join('$$') : value;
  }

  /** Writes a string value (list item or map value), `$`-escaped when asked. */
  string(value: string): void {
    this.out.string(this.esc(value));
  }

  /** `string` with omitempty. */
  str(key: string, value: string | undefined): this {
    if (value) {
      this.out.key(key);
      this.string(value);
    }
    return this;
  }

  /** `bool` with omitempty: only `true` prints. */
  bool(key: string, value: boolean | undefined): this {
    if (value) {
      this.out.key(key);
      this.out.scalar(true);
    }
    return this;
  }

  /** Integer with omitempty: `0` is left out. */
  int(key: string, value: number | undefined): this {
    if (value) {
      this.out.key(key);
      this.out.scalar(value);
    }
    return this;
  }

  /** A scalar without omitempty (`kind`/`value` of a discrete resource, ulimit halves). */
  always(key: string, value: number | boolean | null): this {
    this.out.key(key);
    this.out.scalar(value);
    return this;
  }

  /** Byte count (`UnitBytes`), printed as a quoted decimal string; `0` is left out. */
  bytes(key: string, value: number | string | undefined): this {
    if (value) {
      this.out.key(key);
      if (typeof value === 'number') this.out.string(String(Math.trunc(value)));
      else this.string(value);
    }
    return this;
  }

  /** `float32` with omitempty, formatted as Go does (`1e-07`). */
  float32(key: string, value: number | undefined): this {
    if (value) {
      this.out.key(key);
      this.out.goFloat(formatGoFloat32(value));
    }
    return this;
  }

  /** Value `Duration` with omitempty: a zero duration (`0s`) is left out. */
  duration(key: string, value: string | undefined): this {
    if (value && value !== '0s') {
      this.out.key(key);
      this.out.string(value);
    }
    return this;
  }

  /** A pointer to a scalar (`*uint64`, `*Duration`, `*bool`, `*uint32`): prints whenever set, even `0`/`false`. */
  ptr(key: string, value: string | number | boolean | null | undefined): this {
    if (value !== undefined && value !== null) {
      this.out.key(key);
      if (typeof value === 'string') this.string(value);
      else this.out.scalar(value);
    }
    return this;
  }

  /** `[]string` with omitempty. */
  list(key: string, values: readonly string[] | undefined): this {
    if (values && values.length > 0) {
      this.out.key(key);
      this.strings(values);
    }
    return this;
  }

  /** Writes a `[]string` value. */
  strings(values: readonly string[]): void {
    this.out.openSeq();
    for (const v of values) this.string(v);
    this.out.closeSeq();
  }

  /** A Go `map[string]string` / `map[string]*string` with omitempty, natural-sorted, values escaped. */
  stringMap(key: string, record: Readonly<Record<string, string | null | undefined>> | undefined): this {
    if (!record) return this;
    const keys = naturalKeys(record);
    if (keys.length === 0) return this;
    const out = this.out;
    out.key(key);
    out.openMap(false);
    for (const k of keys) {
      const v = record[k];
      out.key(k);
      if (v === null || v === undefined) out.scalar(null);
      else this.string(v);
    }
    out.closeMap();
    return this;
  }

  /** A pointer to a struct (or an always-present one): prints whenever set, `{}` when all its fields are empty. */
  map<T>(key: string, value: T | null | undefined, write: Writer<T>): this {
    if (value !== undefined && value !== null) {
      this.out.key(key);
      this.out.openMap(false);
      write(this, value);
      this.out.closeMap();
    }
    return this;
  }

  /** A value struct with omitempty: left out when none of its fields printed. */
  struct<T>(key: string, value: T | undefined, write: Writer<T>): this {
    if (value) {
      this.out.key(key);
      this.out.openMap(true);
      write(this, value);
      this.out.closeMap();
    }
    return this;
  }

  /** A non-empty slice (`[]T` with omitempty), each item written by `write`. */
  items<T>(key: string, values: readonly T[] | undefined, write: Writer<T>): this {
    if (values && values.length > 0) {
      this.out.key(key);
      this.out.openSeq();
      for (const v of values) write(this, v);
      this.out.closeSeq();
    }
    return this;
  }

  /** A Go map with omitempty: entries natural-sorted, each value written by `write`. */
  sortedMap<T>(key: string, record: Readonly<Record<string, T>> | undefined, write: Writer<T>): this {
    if (!record) return this;
    const keys = naturalKeys(record);
    if (keys.length === 0) return this;
    this.out.key(key);
    this.out.openMap(false);
    for (const k of keys) {
      this.out.key(k);
      write(this, record[k]!);
    }
    this.out.closeMap();
    return this;
  }

  /** Writes a struct as a list item or map value, `{}` when all its fields are empty. */
  mapValue<T>(value: T, write: Writer<T>): void {
    this.out.openMap(false);
    write(this, value);
    this.out.closeMap();
  }

  /**
   * Writes an arbitrary `x-*` value as yaml.v3 prints a decoded `interface{}`: maps natural-sorted,
   * lists in order, strings escaped like every interpolated value.
   */
  extension(value: unknown): void {
    const out = this.out;
    if (value === null || value === undefined) out.scalar(null);
    else if (typeof value === 'string') this.string(value);
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') out.scalar(value);
    else if (Array.isArray(value)) {
      out.openSeq();
      for (const v of value) this.extension(v);
      out.closeSeq();
    } else if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      out.openMap(false);
      this.extensions(record);
      out.closeMap();
    } else throw new Error(`emit: unsupported extension value of type ${typeof value}`);
  }

  /** Writes `x-*` entries (already filtered by the loader) in natural order. */
  extensions(ext: Readonly<Record<string, unknown>> | undefined): void {
    if (!ext) return;
    for (const key of naturalKeys(ext)) {
      this.out.key(key);
      this.extension(ext[key]);
    }
  }
}
