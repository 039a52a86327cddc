/**
 * Derives the schema docker uses for one v3 version from our single annotated schema
 * (`schemas/compose.schema.json`). The annotated schema is the union of every v3 version and the
 * Compose Specification; per-version shapes are recovered by:
 *
 * - `x-compose-spec: true` — the subschema only exists in the Compose Specification: pruned;
 * - `x-since: "3.x"` — pruned for older versions;
 * - `x-before: {"3.x": {keyword: value | null}}` — keyword overrides for versions older than 3.x
 *   (null deletes the keyword), for shapes that changed rather than appeared;
 * - a `oneOf` left with one branch collapses into its parent, so `{oneOf: [A, spec-only B]}`
 *   becomes exactly docker's `A` (same errors, same messages).
 *
 * `$ref`s are inlined so every ajv error carries an absolute schema path, which the error
 * shaping relies on to group `oneOf` branches. Annotations are dropped, and the `ports` format
 * becomes the `portsFormat` keyword (ajv formats apply to one type; docker checks numbers too).
 */
import { minorOf } from './version.js';

/** A JSON Schema node as plain data. */
export type SchemaNode = { readonly [key: string]: unknown };

type Mutable = { [key: string]: unknown };

const SCHEMA_MAPS = ['properties', 'patternProperties'] as const;
const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf'] as const;
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'] as const;
/** Keywords with no effect on validation; dropped to keep compiled validators small. */
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'default', 'examples', '$schema', '$id']);

function isNode(v: unknown): v is SchemaNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Whether a subschema exists at `minor` (3.`minor`) in stack mode. */
function isPresent(node: SchemaNode, minor: number): boolean {
  if (node['x-compose-spec'] === true) return false;
  const since = node['x-since'];
  return typeof since !== 'string' || minorOf(since) <= minor;
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode {
  const m = /^#\/definitions\/([^/]+)$/.exec(ref);
  const def = m ? (root['definitions'] as Record<string, unknown> | undefined)?.[m[1] ?? ''] : undefined;
  if (!isNode(def)) throw new Error(`unresolvable $ref in compose schema: ${ref}`);
  return def;
}

/** Applies `x-before` overrides that concern `minor`, newest threshold first. */
function applyOverrides(node: Mutable, minor: number): void {
  const before = node['x-before'];
  if (!isNode(before)) return;
  const thresholds = Object.keys(before).sort((a, b) => minorOf(b) - minorOf(a));
  for (const t of thresholds) {
    if (minor >= minorOf(t)) continue;
    const patch = before[t];
    if (!isNode(patch)) continue;
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete node[k];
      else node[k] = v;
    }
  }
}

function derive(root: SchemaNode, input: SchemaNode, minor: number, depth: number): Mutable {
  if (depth > 64) throw new Error('compose schema nests too deeply (recursive $ref?)');
  let node: Mutable = { ...input };
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    // Siblings of $ref in our schema are annotations (and x-since); they win over the target's.
    delete node['$ref'];
    node = { ...resolveRef(root, ref), ...node };
  }
  applyOverrides(node, minor);

  const out: Mutable = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'definitions') continue;
    if ((SCHEMA_MAPS as readonly string[]).includes(key) && isNode(value)) {
      const kept: Mutable = {};
      for (const [name, sub] of Object.entries(value)) {
        if (isNode(sub) && isPresent(sub, minor)) kept[name] = derive(root, sub, minor, depth + 1);
      }
      // An emptied map (all entries pruned) is dropped: docker's schema simply has none.
      if (Object.keys(kept).length > 0) out[key] = kept;
    } else if ((SCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.filter((b): b is SchemaNode => isNode(b) && isPresent(b, minor)).map((b) => derive(root, b, minor, depth + 1));
    } else if ((SCHEMA_SINGLES as readonly string[]).includes(key) && isNode(value)) {
      out[key] = derive(root, value, minor, depth + 1);
    } else if (key === 'format' && value === 'ports') {
      out['portsFormat'] = true;
    } else {
      out[key] = value;
    }
  }
  return collapse(out);
}

/** Replaces a one-branch `oneOf`/`anyOf` by its branch, merged into the parent. */
function collapse(node: Mutable): Mutable {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    if (branches.length === 0) throw new Error(`compose schema: every ${key} branch was pruned`);
    if (branches.length !== 1) continue;
    const rest = { ...node };
    delete rest[key];
    const branch = branches[0] as Mutable;
    for (const k of Object.keys(branch)) {
      if (k in rest) throw new Error(`compose schema: cannot collapse ${key}, both define "${k}"`);
    }
    return { ...rest, ...branch };
  }
  return node;
}

/**
 * The schema `docker stack` applies to a file of version `version` (`3.0`–`3.13`), derived from
 * the annotated compose schema. Throws (a broken invariant) for an unsupported version.
 */
export function deriveStackSchema(annotated: SchemaNode, version: string): SchemaNode {
  const minor = minorOf(version);
  return derive(annotated, annotated, minor, 0);
}

/** The JSON types a branch requires, when it states them (`type: "x"` or `type: ["x", "y"]`). */
function requiredTypes(branch: unknown): readonly string[] | undefined {
  const type = isNode(branch) ? branch['type'] : undefined;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) && type.every((t) => typeof t === 'string') ? type : undefined;
}

/** Whether a value can have a type of both lists (an integer is also a number). */
function typesOverlap(a: readonly string[], b: readonly string[]): boolean {
  const widen = (t: string) => (t === 'integer' ? 'number' : t);
  return a.some((x) => b.some((y) => widen(x) === widen(y)));
}

/**
 * The accept-only form of a derived schema: the same verdict for every document, reached without
 * building errors for alternatives that do not apply.
 *
 * A `oneOf` whose branches require pairwise disjoint JSON types (a mapping or a list, a string or
 * an object) can only pass through the branch of the value's own type, so it becomes an
 * `if: {type} / then: branch / else: …` chain ending in `false`. ajv decides an `if` without
 * building errors, while a `oneOf` builds the errors of every failing branch even in a valid file:
 * some 30,000 error objects for 2,000 services, about a third of the validation. The errors this
 * form gives are not docker's, so a file it rejects is validated again with the full schema.
 */
export function acceptOnlySchema(schema: SchemaNode): SchemaNode {
  const out: Mutable = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((SCHEMA_MAPS as readonly string[]).includes(key) && isNode(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, isNode(sub) ? acceptOnlySchema(sub) : sub]));
    } else if ((SCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((b) => (isNode(b) ? acceptOnlySchema(b) : b));
    } else if ((SCHEMA_SINGLES as readonly string[]).includes(key) && isNode(value)) {
      out[key] = acceptOnlySchema(value);
    } else {
      out[key] = value;
    }
  }
  const branches = out['oneOf'];
  if (!Array.isArray(branches) || 'if' in out || 'then' in out || 'else' in out) return out;
  const types = branches.map(requiredTypes);
  const disjoint = types.every((t, i) => t !== undefined && types.every((u, j) => i === j || (u !== undefined && !typesOverlap(t, u))));
  if (!disjoint) return out;
  let chain: unknown = false;
  for (let i = branches.length - 1; i >= 0; i--) chain = { if: { type: types[i] }, then: branches[i], else: chain };
  delete out['oneOf'];
  return { ...out, ...(chain as Mutable) };
}
