/**
 * Field rules for scalars, plain lists, string maps and structs.
 *
 * docker folds services with `mergo.Merge(WithOverride, WithAppendSlice)` plus a few transformers
 * (stack-deploy.md §2.2). Go's zero values drive everything: an override only wins when it is
 * non-zero, except for pointer fields, where "set" is what counts. Our model marks "unset" as an
 * absent key, so each rule receives `undefined` for a field a file did not set.
 */
import { childContext, type MergeContext } from './context.js';

/**
 * How one field is merged: base value, override value (either may be absent) → result, or
 * `undefined` for "omit". Called only when at least one side has the field.
 */
export type FieldRule<T> = (base: T | undefined, override: T | undefined, ctx: MergeContext) => T | undefined;

/** One rule per field of `S`; the mapped type makes a new model field a compile error here. */
export type StructRules<S> = { readonly [K in keyof Required<S>]: FieldRule<Exclude<S[K], undefined>> };

/** Go string fields: the override wins only if non-empty (`image: ""` keeps the base image). */
export const overrideString: FieldRule<string> = (base, override) =>
  override !== undefined && override !== '' ? override : base;

/** Go bool fields: the override wins only if `true`; `false` never resets a base `true` (verified). */
export const overrideTrue: FieldRule<boolean> = (base, override) => (override === true ? true : base);

/** Plain Go numbers (`max_replicas_per_node`, `pids`, memory, ratios): the override wins only if non-zero. */
export const overrideNonZero: FieldRule<number> = (base, override) =>
  override !== undefined && override !== 0 ? override : base;

/**
 * `*uint64` fields (`replicas`, `parallelism`, `max_attempts`, `retries`): docker registers a
 * transformer that copies the override whenever it is set, so `replicas: 0` overrides 3.
 */
export const setWins: FieldRule<number> = (base, override) => (override !== undefined ? override : base);

/**
 * Other pointers to scalars (`init`, `stop_grace_period`, healthcheck durations, restart delay and
 * window): an unset base takes the override as is (even `false`/`0s`); when both are set mergo
 * dereferences and the override wins only if non-zero.
 */
export function pointerScalar<T>(isZero: (v: T) => boolean): FieldRule<T> {
  return (base, override) => {
    if (base === undefined) return override;
    if (override === undefined || isZero(override)) return base;
    return override;
  };
}

/** Go's zero duration prints as `0s`; every other duration string is non-zero. */
export function isZeroDuration(d: string): boolean {
  return d === '0s';
}

/** `init` and other `*bool` fields. */
export const pointerBool: FieldRule<boolean> = pointerScalar<boolean>((v) => v === false);

/** `*Duration` fields: `stop_grace_period`, healthcheck durations, restart delay and window. */
export const pointerDuration: FieldRule<string> = pointerScalar<string>(isZeroDuration);

/**
 * Non-pointer `Duration` fields (`update_config.delay`, `monitor`): plain int64 in Go, so the
 * override wins only if non-zero.
 */
export const overrideDuration: FieldRule<string> = (base, override) =>
  override !== undefined && !isZeroDuration(override) ? override : base;

/**
 * Plain lists (`cap_add`, `dns`, `extra_hosts`, `healthcheck.test`, …): `WithAppendSlice`
 * concatenates base then override, keeping duplicates (verified: `[A]` + `[A,B]` = `[A,A,B]`).
 */
export function appendList<T>(base: T[] | undefined, override: T[] | undefined): T[] | undefined {
  const out = [...(base ?? []), ...(override ?? [])];
  return out.length > 0 ? out : undefined;
}

/** `command` and `entrypoint`: the override replaces the base only if non-empty (`[]` keeps it). */
export function replaceIfNonEmpty<T>(base: T[] | undefined, override: T[] | undefined): T[] | undefined {
  return override !== undefined && override.length > 0 ? override : base;
}

/**
 * Plain string maps (`labels`, `sysctls`, `logging.options`, `driver_opts`): union, and the
 * override wins per key even with `""` (mergo overwrites non-pointer map values unconditionally).
 */
export function unionMap<V>(
  base: Record<string, V> | undefined,
  override: Record<string, V> | undefined,
): Record<string, V> | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  return { ...base, ...override };
}

/** A rule table as parallel arrays (plain indexed loops, no entry pairs to destructure). */
interface RuleList {
  readonly keys: readonly string[];
  readonly rules: readonly FieldRule<unknown>[];
}

/** Each rule table's list, made once: tables are module constants, merged once per service. */
const ruleLists = new WeakMap<object, RuleList>();

function ruleList<S>(table: StructRules<S>): RuleList {
  let list = ruleLists.get(table);
  if (list === undefined) {
    const entries = Object.entries(table) as [string, FieldRule<unknown>][];
    list = { keys: entries.map(([key]) => key), rules: entries.map(([, rule]) => rule) };
    ruleLists.set(table, list);
  }
  return list;
}

/** Applies `rules` field by field; absent fields and `undefined` results are left out. */
export function mergeFields<S extends object>(rules: StructRules<S>, base: S, override: S, ctx: MergeContext): S {
  const b = base as Record<string, unknown>;
  const o = override as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const { keys, rules: fieldRules } = ruleList(rules);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const bv = b[key];
    const ov = o[key];
    if (bv === undefined && ov === undefined) continue;
    const merged = fieldRules[i]!(bv, ov, childContext(ctx, key));
    if (merged !== undefined) out[key] = merged;
  }
  return out as S;
}

/**
 * Pointer-to-struct fields (`healthcheck`, `update_config`, `restart_policy`, `limits`, …):
 * a nil base takes the override wholesale, a nil override keeps the base, otherwise merge
 * field by field. A set-but-empty struct survives (docker prints `healthcheck: {}`).
 */
export function pointerStruct<S extends object>(rules: StructRules<S>): FieldRule<S> {
  return (base, override, ctx) => {
    if (base === undefined) return override;
    if (override === undefined) return base;
    return mergeFields(rules, base, override, ctx);
  };
}

/**
 * Value structs (`deploy`, `resources`, `placement`, `credential_spec`, `build`): always merged
 * field by field (an absent side is the zero struct). yaml.v3 omits an all-zero struct, so an
 * empty result is absent.
 */
export function valueStruct<S extends object>(rules: StructRules<S>): FieldRule<S> {
  return (base, override, ctx) => {
    const out = mergeFields(rules, base ?? ({} as S), override ?? ({} as S), ctx);
    return Object.keys(out).length > 0 ? out : undefined;
  };
}
