/**
 * Finds what our annotated schema says about a document path: the subschemas that can apply
 * there (every `oneOf`/`anyOf` branch, `$ref`s followed) and the description to show for it.
 * Editors ask about one position at a time, so this walks lazily instead of deriving a schema.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { SchemaNode } from '../validate/schema-derive.js';

/** The subschemas that apply at a path, and the annotations of the property that leads there. */
export interface SchemaAt {
  /** Every applicable subschema, `$ref`s resolved and union branches flattened. */
  readonly nodes: readonly SchemaNode[];
  /** The node the parent declared for this key (its description is the property's own). */
  readonly declared?: SchemaNode;
}

/** A property a mapping may contain, with the node that declares it. */
export interface SchemaProperty {
  readonly name: string;
  readonly node: SchemaNode;
}

function isNode(v: unknown): v is SchemaNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Resolves `$ref` and flattens `oneOf`/`anyOf`/`allOf` into the list of concrete alternatives.
 * The referring node stays in the list too: it carries the description and annotations.
 */
export function expand(root: SchemaNode, node: SchemaNode, out: SchemaNode[] = [], depth = 0): SchemaNode[] {
  if (depth > 16 || out.includes(node)) return out;
  out.push(node);
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const target = resolveRef(root, ref);
    if (target) expand(root, target, out, depth + 1);
  }
  for (const kw of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = node[kw];
    if (Array.isArray(list)) for (const b of list) if (isNode(b)) expand(root, b, out, depth + 1);
  }
  return out;
}

/** A local JSON Pointer reference (`#/definitions/service`). */
function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[seg] : undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The subschemas of one child (a key of a mapping, or an index of a sequence). */
function childOf(node: SchemaNode, seg: string | number): SchemaNode | undefined {
  if (typeof seg === 'number') {
    const items = node['items'];
    if (Array.isArray(items)) return isNode(items[seg]) ? items[seg] : undefined;
    return isNode(items) ? items : undefined;
  }
  const props = node['properties'];
  if (isNode(props) && isNode(props[seg])) return props[seg];
  const patterns = node['patternProperties'];
  if (isNode(patterns)) {
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (isNode(sub) && safeRegExp(pattern)?.test(seg)) return sub;
    }
  }
  const additional = node['additionalProperties'];
  return isNode(additional) ? additional : undefined;
}

const regexps = new Map<string, RegExp | undefined>();
function safeRegExp(pattern: string): RegExp | undefined {
  if (!regexps.has(pattern)) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = undefined;
    }
    regexps.set(pattern, re);
  }
  return regexps.get(pattern);
}

/** What the schema allows at `path` (empty `nodes` when the path leaves the schema). */
export function schemaAt(root: SchemaNode, path: DocPath): SchemaAt {
  let nodes = expand(root, root);
  let declared: SchemaNode | undefined;
  for (const seg of path) {
    const children: SchemaNode[] = [];
    declared = undefined;
    for (const n of nodes) {
      const c = childOf(n, seg);
      if (!c) continue;
      declared ??= c;
      expand(root, c, children);
    }
    nodes = children;
    if (nodes.length === 0) return { nodes };
  }
  return declared ? { nodes, declared } : { nodes };
}

/** The first description along the alternatives (the declaring node's own comes first). */
export function describe(at: SchemaAt): string | undefined {
  const candidates = at.declared ? [at.declared, ...at.nodes] : at.nodes;
  for (const n of candidates) if (typeof n['description'] === 'string') return n['description'];
  return undefined;
}

/** The named properties a mapping at this place may have, first declaration of each name. */
export function propertiesOf(at: SchemaAt): SchemaProperty[] {
  const seen = new Map<string, SchemaNode>();
  for (const n of at.nodes) {
    const props = n['properties'];
    if (!isNode(props)) continue;
    for (const [name, sub] of Object.entries(props)) if (isNode(sub) && !seen.has(name)) seen.set(name, sub);
  }
  return [...seen].map(([name, node]) => ({ name, node }));
}

/** The JSON types allowed here (`string`, `integer`, `object`…), deduplicated. */
export function typesOf(at: SchemaAt): string[] {
  const out = new Set<string>();
  for (const n of at.nodes) {
    const t = n['type'];
    for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') out.add(x);
  }
  return [...out];
}

/** Values the schema itself enumerates (`enum`, `const`, booleans). */
export function enumValuesOf(at: SchemaAt): unknown[] {
  const out: unknown[] = [];
  const add = (v: unknown) => {
    if (!out.includes(v)) out.push(v);
  };
  for (const n of at.nodes) {
    if (Array.isArray(n['enum'])) n['enum'].forEach(add);
    if ('const' in n) add(n['const']);
  }
  if (out.length === 0 && typesOf(at).includes('boolean')) [true, false].forEach(add);
  return out;
}

/**
 * The `x-since` / `x-compose-spec` annotations of a property node. Only the declaring node
 * counts: a union branch's `x-since` (ports' long syntax) is about that shape, not the key.
 */
export function annotationsOf(declared: SchemaNode | undefined): { since?: string; composeSpecOnly: boolean } {
  const since = declared?.['x-since'];
  const composeSpecOnly = declared?.['x-compose-spec'] === true;
  return typeof since === 'string' ? { since, composeSpecOnly } : { composeSpecOnly };
}
