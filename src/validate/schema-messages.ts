/**
 * Wording of schema errors. docker prints gojsonschema's English descriptions, except for type
 * errors, which `cli/compose/schema` rewrites as `must be a <type>` in compose vocabulary
 * (stack-deploy.md §1.7 "Error message construction"). We reuse those descriptions so users
 * recognise them, and keep the full docker line (`<dotted.path> <description>`) as data.
 */
import type { ErrorObject } from 'ajv';

/** The pieces of one schema problem, before it is attached to a file. */
export interface SchemaMessage {
  /** Diagnostic code, `validate/<slug>`. */
  readonly code: string;
  /** docker's description without the path prefix. */
  readonly message: string;
  /** Keyword-specific parameters for tests and tooling. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** docker's `humanReadableType`: object → mapping, array → list, several → `a, b or c`. */
export function humanType(type: unknown): string {
  const one = (t: string): string => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t);
  const list = Array.isArray(type) ? type.map(String) : [String(type)];
  if (list.length === 1) return one(list[0] ?? '');
  return `${list.slice(0, -1).map(one).join(', ')} or ${one(list[list.length - 1] ?? '')}`;
}

/** JSON text with object keys sorted, like Go's `json.Marshal` of a generic map. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Every duplicate pair of an array in gojsonschema's order: for each item that repeats an earlier
 * one, `[index of its latest earlier copy, its index]`. ajv reports only one pair, and not the
 * one docker prints first, so we recompute them from the data.
 */
export function duplicatePairs(items: readonly unknown[]): [number, number][] {
  const seen = new Map<string, number>();
  const pairs: [number, number][] = [];
  items.forEach((item, j) => {
    const key = canonicalJson(item);
    const i = seen.get(key);
    if (i !== undefined) pairs.push([i, j]);
    seen.set(key, j);
  });
  return pairs;
}

/** The format name an error is about (`portsFormat` is our spelling of docker's `ports`). */
function formatName(e: ErrorObject): string {
  return e.keyword === 'portsFormat' ? 'ports' : String((e.params as { format?: unknown }).format);
}

/**
 * Code, description and parameters of one ajv error. `field` is docker's dotted field name, which
 * gojsonschema repeats inside its enum description; `value` is the data the error is about.
 */
export function describeError(e: ErrorObject, field: string, value: unknown): SchemaMessage {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type': {
      const expected = p['type'];
      return { code: 'validate/type', message: `must be a ${humanType(expected)}`, params: { expected } };
    }
    case 'additionalProperties': {
      const property = String(p['additionalProperty']);
      return { code: 'validate/additional-property', message: `Additional property ${property} is not allowed`, params: { property } };
    }
    case 'required': {
      const property = String(p['missingProperty']);
      return { code: 'validate/required', message: `${property} is required`, params: { property } };
    }
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[] | undefined) ?? [];
      const list = allowed.map((a) => JSON.stringify(a)).join(', ');
      // gojsonschema's enum text starts with the field name itself, hence docker's doubled path.
      return { code: 'validate/enum', message: `must be one of the following: ${list}`, params: { allowed, dockerDescription: `${field} must be one of the following: ${list}` } };
    }
    case 'uniqueItems': {
      const pairs = Array.isArray(value) ? duplicatePairs(value) : [];
      const [i, j] = pairs[0] ?? [Number(p['j']), Number(p['i'])];
      return { code: 'validate/unique', message: `array items[${i},${j}] must be unique`, params: { duplicates: pairs.length > 0 ? pairs : [[i, j]] } };
    }
    case 'minimum':
      return { code: 'validate/minimum', message: `Must be greater than or equal to ${String(p['limit'])}`, params: { limit: p['limit'] } };
    case 'maximum':
      return { code: 'validate/maximum', message: `Must be less than or equal to ${String(p['limit'])}`, params: { limit: p['limit'] } };
    case 'format':
    case 'portsFormat': {
      const format = formatName(e);
      return { code: 'validate/format', message: `Does not match format '${format}'`, params: { format } };
    }
    case 'pattern':
      return { code: 'validate/pattern', message: `Does not match pattern '${String(p['pattern'])}'`, params: { pattern: p['pattern'] } };
    case 'oneOf':
      return { code: 'validate/one-of', message: 'Must validate one and only one schema (oneOf)', params: {} };
    case 'anyOf':
      return { code: 'validate/any-of', message: 'Must validate at least one schema (anyOf)', params: {} };
    default:
      return { code: `validate/${e.keyword}`, message: e.message ?? `fails "${e.keyword}"`, params: { ...p } };
  }
}

/** docker's description (the part after the field) for an error. */
export function dockerDescription(m: SchemaMessage): string {
  const d = m.params['dockerDescription'];
  return typeof d === 'string' ? d : m.message;
}
