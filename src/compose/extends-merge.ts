/**
 * The generic half of compose's merge (compose-spec.md §2.2), as compose-go's `MergeYaml` applies
 * it to `extends`, include conflicts and the files of one include: per-attribute rules decide
 * first; otherwise an explicit null keeps the base, mappings merge key by key, lists append and
 * scalars are replaced. The per-attribute rules are built from the helpers below.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { cloneValue, isMapping, putKey, scalarText, type Mapping } from './extends-values.js';
import { keyBeforeEquals, uniqueBy, type ItemKey } from './extends-unicity.js';

/** Called where the override's value can't be merged onto the base's (a mapping onto a list, …). */
export type OnConflict = (path: DocPath) => void;

/**
 * Merges one attribute. `path` is relative to the value being merged (a service, a network…), for
 * conflicts. Returning `undefined` removes the attribute.
 */
export type MergeRule = (base: unknown, override: unknown, path: DocPath, onConflict: OnConflict) => unknown;

/** Per-key rules of a mapping; keys without a rule use {@link mergeDefault}. */
export type MergeRules = Readonly<Record<string, MergeRule>>;

/**
 * Merge two mappings: the base's keys in their order, then the override's new keys; a key in both
 * goes through its rule. Neither input is modified.
 */
export function mergeMapping(base: Mapping, override: Mapping, path: DocPath, onConflict: OnConflict, rules: MergeRules = {}): Mapping {
  const out: Mapping = {};
  for (const [k, v] of Object.entries(base)) putKey(out, k, cloneValue(v));
  for (const [k, v] of Object.entries(override)) {
    if (!Object.hasOwn(base, k)) {
      putKey(out, k, cloneValue(v));
      continue;
    }
    const rule = Object.hasOwn(rules, k) ? rules[k]! : mergeDefault;
    const merged = rule(base[k], v, [...path, k], onConflict);
    if (merged === undefined) delete out[k];
    else putKey(out, k, merged);
  }
  return out;
}

/** compose-go's default rule: null keeps the base, mappings merge, lists append, scalars are replaced. */
export const mergeDefault: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  if (isMapping(base)) {
    if (isMapping(override)) return mergeMapping(base, override, path, onConflict);
    onConflict(path);
    return cloneValue(override);
  }
  if (Array.isArray(base)) {
    if (Array.isArray(override)) return [...cloneValue(base), ...cloneValue(override)];
    onConflict(path);
    return cloneValue(override);
  }
  return cloneValue(override);
};

/** A mapping merged key by key with its own per-key rules (`build`, `deploy`, `healthcheck`, …). */
export function mappingRule(rules: MergeRules): MergeRule {
  return (base, override, path, onConflict) => {
    if (override === null || override === undefined) return cloneValue(base);
    if (isMapping(base) && isMapping(override)) return mergeMapping(base, override, path, onConflict, rules);
    return mergeDefault(base, override, path, onConflict);
  };
}

/**
 * The override replaces the base whole (`command`, `entrypoint`, `healthcheck.test`). An explicit
 * null here means "no value" — in compose-go a null command decodes to no command — so it removes
 * the attribute rather than keeping the base's.
 */
export const replaceRule: MergeRule = (_base, override) => (override === null || override === undefined ? undefined : cloneValue(override));

/** A string stands for a one-item list (`dns: 8.8.8.8`); anything else that isn't a list, for nothing. */
export function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  return [v];
}

/** Append both lists (a string counting as one item), then keep one item per key. */
export function appendUniqueRule(key: ItemKey): MergeRule {
  return (base, override) => {
    if (override === null || override === undefined) return cloneValue(base);
    return uniqueBy([...asList(cloneValue(base)), ...asList(cloneValue(override))], key);
  };
}

/**
 * A mapping's entries as `KEY=VALUE` items (`KEY` for a null value, one item per element of a list
 * value), sorted like compose-go's conversion.
 */
export function toKeyValueList(v: unknown): unknown[] {
  if (!isMapping(v)) return asList(v);
  const items: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined) items.push(k);
    else if (Array.isArray(x)) for (const e of x) items.push(`${k}=${scalarText(e)}`);
    else items.push(`${k}=${scalarText(x)}`);
  }
  return items.sort();
}

/**
 * `environment`, `labels`, `sysctls`, `build.args`, …: keyed by the text before `=`, the override
 * winning. Two mappings stay a mapping (the same outcome, in the form the user wrote); otherwise
 * both sides become `KEY=VALUE` lists like compose-go's.
 */
export const keyValueRule: MergeRule = (base, override) => {
  if (override === null || override === undefined) return cloneValue(base);
  if (isMapping(base) && isMapping(override)) {
    const out = cloneValue(base);
    // Unlike the default rule, a null value here is a value ("KEY" without `=`), so it replaces.
    for (const [k, v] of Object.entries(override)) putKey(out, k, cloneValue(v));
    return out;
  }
  return uniqueBy([...toKeyValueList(cloneValue(base)), ...toKeyValueList(cloneValue(override))], keyBeforeEquals);
};

/**
 * Attributes written as a list of names or a mapping by name (`networks`, `depends_on`): two lists
 * append without duplicates; otherwise both become mappings (a listed name → `listed(name)`) and
 * merge name by name with `entry`.
 */
export function namedEntriesRule(listed: () => unknown, entry: MergeRule): MergeRule {
  return (base, override, path, onConflict) => {
    if (override === null || override === undefined) return cloneValue(base);
    if (Array.isArray(base) && Array.isArray(override)) return uniqueBy([...cloneValue(base), ...cloneValue(override)], (x) => (typeof x === 'string' ? x : undefined));
    const toMapping = (v: unknown): Mapping => {
      if (isMapping(v)) return v;
      const out: Mapping = {};
      for (const name of asList(v)) if (typeof name === 'string') putKey(out, name, listed());
      return out;
    };
    const b = toMapping(base);
    const o = toMapping(override);
    const rules: Record<string, MergeRule> = {};
    for (const k of Object.keys(o)) rules[k] = entry;
    return mergeMapping(b, o, path, onConflict, rules);
  };
}

/** A mapping of named entries where each entry present in the override replaces the base's whole (`ulimits`). */
export const replaceEntriesRule: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  if (!isMapping(base) || !isMapping(override)) return mergeDefault(base, override, path, onConflict);
  const out = cloneValue(base);
  for (const [k, v] of Object.entries(override)) if (v !== null && v !== undefined) putKey(out, k, cloneValue(v));
  return out;
};
