/**
 * Merging top-level resources (compose-spec.md §2.5) for `include`: an included resource meeting a
 * local one of the same name (the included one is the base, the local one wins), and the several
 * files of one include entry (`path: [main, override…]`), merged left to right.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { keyValueRule, mappingRule, mergeDefault, mergeMapping, type MergeRule, type OnConflict } from './extends-merge.js';
import { mergeService } from './extends-service-merge.js';
import { cloneValue, isMapping, scalarText } from './extends-values.js';

/** The top-level sections an included project contributes, in the order they are copied. */
export const RESOURCE_KINDS = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'] as const;

/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * `ipam.config`: pools with the same `subnet` merge, others are kept or appended. (compose-go
 * loses base-only pools here; this is the intended behaviour, compose-spec.md §2.5.)
 */
const ipamConfigRule: MergeRule = (base, override, path, onConflict) => {
  if (!Array.isArray(base) || !Array.isArray(override)) return mergeDefault(base, override, path, onConflict);
  const out = cloneValue(base);
  for (const pool of override) {
    const subnet = isMapping(pool) && pool.subnet !== undefined ? scalarText(pool.subnet) : undefined;
    const i = subnet === undefined ? -1 : out.findIndex((b) => isMapping(b) && b.subnet !== undefined && scalarText(b.subnet) === subnet);
    if (i === -1) out.push(cloneValue(pool));
    else out[i] = mergeDefault(out[i], pool, [...path, i], onConflict);
  }
  return out;
};

const ENTRY_RULES: Readonly<Record<ResourceKind, MergeRule>> = {
  services: (base, override, path, onConflict) =>
    override === null || override === undefined ? cloneValue(base) : mergeService(base, override, onConflict, path),
  networks: mappingRule({ labels: keyValueRule, ipam: mappingRule({ config: ipamConfigRule, options: keyValueRule }) }),
  volumes: mappingRule({ labels: keyValueRule }),
  secrets: mergeDefault,
  configs: mergeDefault,
  models: mergeDefault,
};

/**
 * Merge one resource definition of `kind` (`override` declared over `base`). `path` is where the
 * override sits, for conflicts.
 */
export function mergeResource(kind: ResourceKind, base: unknown, override: unknown, path: DocPath, onConflict: OnConflict): unknown {
  return ENTRY_RULES[kind](base, override, path, onConflict);
}

/** A section of named resources, each entry merged with its kind's rule. */
function sectionRule(kind: ResourceKind): MergeRule {
  return (base, override, path, onConflict) => {
    if (!isMapping(base) || !isMapping(override)) return mergeDefault(base, override, path, onConflict);
    const rules: Record<string, MergeRule> = {};
    for (const name of Object.keys(override)) rules[name] = ENTRY_RULES[kind];
    return mergeMapping(base, override, path, onConflict, rules);
  };
}

const DOCUMENT_RULES: Readonly<Record<string, MergeRule>> = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, sectionRule(k)]));

/** Merge a whole override document onto a base document with compose's rules (paths relative to the override). */
export function mergeDocuments(
  base: Readonly<Record<string, unknown>>,
  override: Readonly<Record<string, unknown>>,
  onConflict: OnConflict,
): Record<string, unknown> {
  return mergeMapping(base, override, [], onConflict, DOCUMENT_RULES);
}
