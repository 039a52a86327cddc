/**
 * The two kinds of placeholder a plan body may hold (see `emit/plan/types.ts`): {@link EngineRef}
 * for IDs the engine assigns, {@link DataSource} for secret/config data kept out of the plan.
 * `apply` swaps both for real values just before sending a step.
 */
import type { DataSource, EngineRef } from '../emit/plan/types.js';
import { describeReadError, type ReadFile } from '../options.js';

/** True for a `{ $ref: 'secret'|'config', name }` placeholder. */
export function isEngineRef(value: unknown): value is EngineRef {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (v['$ref'] === 'secret' || v['$ref'] === 'config') && typeof v['name'] === 'string';
}

/** True for a `{ $source, path }` placeholder (any source kind, so unknown kinds can be reported). */
export function isDataSource(value: unknown): value is DataSource {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v['$source'] === 'string';
}

/** Every distinct reference in `body`, secrets first, each kind in first-seen order. */
export function collectRefs(body: unknown): { readonly secret: string[]; readonly config: string[] } {
  const found = { secret: [] as string[], config: [] as string[] };
  const walk = (v: unknown): void => {
    if (isEngineRef(v)) {
      const list = found[v.$ref];
      if (!list.includes(v.name)) list.push(v.name);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(body);
  return found;
}

/**
 * A copy of `body` with every reference replaced by its ID. `ids` must hold every name
 * {@link collectRefs} returned (callers check that first and report what is missing).
 */
export function substituteRefs<T>(body: T, ids: { readonly secret: ReadonlyMap<string, string>; readonly config: ReadonlyMap<string, string> }): T {
  const walk = (v: unknown): unknown => {
    if (isEngineRef(v)) return ids[v.$ref].get(v.name) ?? '';
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(body) as T;
}

/**
 * The body with `Data` as base64, reading a {@link DataSource} file the way docker does (raw bytes).
 * Returns an error sentence in docker's wording when the file can't be read.
 */
export function resolveData(body: Readonly<Record<string, unknown>>, readFile: ReadFile): { body: Record<string, unknown> } | { error: string } {
  const data = body['Data'];
  if (!isDataSource(data)) return { body: { ...body } };
  if (data.$source !== 'file' || typeof data.path !== 'string') {
    return { error: `unsupported data source ${JSON.stringify(data.$source)} for ${String(body['Name'])}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFile(data.path);
  } catch (err) {
    return { error: describeReadError(err, data.path) };
  }
  return { body: { ...body, Data: Buffer.from(bytes).toString('base64') } };
}
