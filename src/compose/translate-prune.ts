/**
 * The catch-all step: drops every key the Compose Specification has and docker stack's 3.13
 * schema lacks (`platform`, `runtime`, `pull_policy`, `dns_opt`, network `enable_ipv6`, port
 * `host_ip`, …). Which keys those are is read from the annotated schema's `x-compose-spec` marks
 * (the same marks that derive docker's schemas), so this list never drifts from validation.
 * Runs after the specific translations, which consume the keys they give a meaning to.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { composeSchema } from '../validate/schema.js';
import type { SchemaNode } from '../validate/schema-derive.js';
import { isMapping, setOwn, note, type Mapping, type TranslateScope } from './translate-util.js';

/** What a compose-only form (a value the schema only allows in a compose-only branch) becomes. */
const DROP = Symbol('drop');

function isNode(v: unknown): v is SchemaNode {
  return isMapping(v);
}

/** Follows `$ref`s (to `#/definitions/...`); sibling keywords win over the target's. */
function resolveNode(root: SchemaNode, node: SchemaNode): SchemaNode {
  let out = node;
  for (let depth = 0; typeof out['$ref'] === 'string' && depth < 32; depth++) {
    const m = /^#\/definitions\/([^/]+)$/.exec(out['$ref'] as string);
    const defs = root['definitions'];
    const target = m && isNode(defs) ? (defs as Record<string, unknown>)[m[1]!] : undefined;
    const { $ref: _ref, ...rest } = out;
    out = isNode(target) ? { ...target, ...rest } : rest;
  }
  return out;
}

const isComposeOnly = (n: SchemaNode): boolean => n['x-compose-spec'] === true;

/** Whether `value` has a JSON type `node` allows (no `type` allows everything). */
function typeMatches(root: SchemaNode, node: SchemaNode, value: unknown): boolean {
  const n = resolveNode(root, node);
  const branches = n['oneOf'] ?? n['anyOf'];
  if (n['type'] === undefined && Array.isArray(branches)) return branches.some((b) => isNode(b) && typeMatches(root, b, value));
  if (n['type'] === undefined) return true;
  const types = Array.isArray(n['type']) ? (n['type'] as unknown[]) : [n['type']];
  return types.some((t) => {
    switch (t) {
      case 'null': return value === null;
      case 'boolean': return typeof value === 'boolean';
      case 'string': return typeof value === 'string';
      case 'number': return typeof value === 'number';
      case 'integer': return typeof value === 'number' && Number.isInteger(value);
      case 'array': return Array.isArray(value);
      case 'object': return isMapping(value);
      default: return false;
    }
  });
}

const patternCache = new Map<string, RegExp>();

/** The schema that applies to key `key` of a mapping described by `node`, if any. */
function schemaForKey(node: SchemaNode, key: string): SchemaNode | undefined {
  const props = node['properties'];
  if (isNode(props) && Object.prototype.hasOwnProperty.call(props, key) && isNode(props[key])) return props[key];
  const patterns = node['patternProperties'];
  if (!isNode(patterns)) return undefined;
  for (const [pattern, sub] of Object.entries(patterns)) {
    let re = patternCache.get(pattern);
    if (!re) patternCache.set(pattern, (re = new RegExp(pattern, 'u')));
    if (isNode(sub) && re.test(key)) return sub;
  }
  return undefined;
}

/** Paths whose subtree is left alone: since 3.11 docker stack accepts any `build` key. */
function isOpaque(path: DocPath): boolean {
  return path.length === 3 && path[0] === 'services' && path[2] === 'build';
}

class Pruner {
  constructor(private readonly root: SchemaNode, private readonly scope: TranslateScope) {}

  value(value: unknown, schema: SchemaNode, path: DocPath): unknown {
    if (isOpaque(path)) return value;
    const node = resolveNode(this.root, schema);
    const branches = node['oneOf'] ?? node['anyOf'];
    if (Array.isArray(branches)) {
      const matching = branches.filter((b): b is SchemaNode => isNode(b) && typeMatches(this.root, b, value));
      if (matching.length === 0) return value; // invalid whatever we do: the validator words it
      const stack = matching.filter((b) => !isComposeOnly(resolveNode(this.root, b)));
      if (stack.length === 0) return DROP;
      return this.value(value, stack[0]!, path);
    }
    if (Array.isArray(value) && isNode(node['items'])) return this.list(value, node['items'], path);
    if (isMapping(value) && (isNode(node['properties']) || isNode(node['patternProperties']))) return this.mapping(value, node, path);
    return value;
  }

  private list(items: readonly unknown[], schema: SchemaNode, path: DocPath): unknown[] {
    const out: unknown[] = [];
    items.forEach((item, i) => {
      const next = this.value(item, schema, [...path, i]);
      if (next === DROP) this.dropForm([...path, i], false);
      else out.push(next);
    });
    return out;
  }

  private mapping(m: Mapping, node: SchemaNode, path: DocPath): Mapping {
    const out: Mapping = {};
    for (const key of Object.keys(m)) {
      const sub = schemaForKey(node, key);
      const at = [...path, key];
      if (sub === undefined) {
        setOwn(out, key, m[key]); // unknown everywhere: the validator reports it
      } else if (isComposeOnly(resolveNode(this.root, sub))) {
        note(this.scope, {
          code: 'compose/unsupported-key',
          message: `"${key}" is dropped: docker stack does not support it (Compose Specification only)`,
          path: at,
          atKey: true,
          data: { key, where: formatPath(path) },
        });
      } else {
        const next = this.value(m[key], sub, at);
        if (next === DROP) this.dropForm(at, true);
        else setOwn(out, key, next);
      }
    }
    return out;
  }

  private dropForm(path: DocPath, atKey: boolean): void {
    note(this.scope, {
      code: 'compose/unsupported-form',
      message: `${formatPath(path)} is dropped: docker stack does not accept this form (Compose Specification only)`,
      path,
      ...(atKey ? { atKey } : {}),
    });
  }
}

/** Drops every compose-only key and form left in the document, each with a note. */
export function pruneComposeOnly(data: Mapping, scope: TranslateScope): Mapping {
  const root = composeSchema();
  const out = new Pruner(root, scope).value(data, root, []);
  return isMapping(out) ? out : data;
}
