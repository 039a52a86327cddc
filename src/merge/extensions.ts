/**
 * Service `x-*` extensions (stack-deploy.md §2.2, verified): docker merges its untyped
 * `map[string]any` with mergo, which deep-merges nested maps, appends lists and lets any other
 * override value (including null and `""`) replace the base value.
 *
 * The one merge error docker can really hit lives here: appending an override list to a base
 * value that is neither a list nor null fails with
 * `cannot merge services from <file>: cannot merge service <svc>: cannot append two slices with
 * different type ([]interface {}, <go type>)` (observed with `docker stack config`). docker then
 * aborts; we report the error and keep the base value so later stages still see a stack.
 */
import { childContext, type MergeContext } from './context.js';

/** An extension mapping, as the model stores it. */
export type Extensions = Record<string, unknown>;

function isMapping(v: unknown): v is Extensions {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The Go type name yaml.v3 gives a decoded value, as it appears in docker's error message. */
export function goTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (isMapping(v)) return 'map[string]interface {}';
  return 'interface {}';
}

function mergeValue(hasBase: boolean, base: unknown, override: unknown, ctx: MergeContext): unknown {
  if (!hasBase || override === null) return override;
  if (Array.isArray(override)) {
    if (base === null) return override;
    if (Array.isArray(base)) return [...(base as unknown[]), ...override];
    const baseType = goTypeName(base);
    ctx.report?.({
      code: 'merge/extension-type-conflict',
      severity: 'error',
      message:
        `cannot merge services from ${ctx.file ?? '-'}: cannot merge service ${ctx.service}: ` +
        `cannot append two slices with different type ([]interface {}, ${baseType})`,
      ...(ctx.file !== undefined ? { file: ctx.file } : {}),
      path: ctx.path,
      data: { service: ctx.service, baseType, overrideType: '[]interface {}' },
    });
    return base;
  }
  if (isMapping(override) && isMapping(base)) return mergeExtensions(base, override, ctx);
  return override;
}

/**
 * Deep-merge two extension mappings: keys of the override are merged into the base's, nested
 * mappings recursively, lists appended, everything else replaced.
 */
export function mergeExtensions(
  base: Extensions | undefined,
  override: Extensions | undefined,
  ctx: MergeContext,
): Extensions | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  const out: Extensions = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = mergeValue(Object.hasOwn(base, key), base[key], value, childContext(ctx, key));
  }
  return out;
}
