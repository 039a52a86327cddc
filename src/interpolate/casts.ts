/**
 * docker stack's interpolation casts (stack-deploy.md §1.5, `cli/compose/loader/interpolate.go`):
 * at a few paths, a string that interpolation *changed* is turned into an int, float or boolean
 * before schema validation. Everywhere else an interpolated value stays a string.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { goAtoi, goParseFloat, type GoParse } from './go-numbers.js';

/** The three casts docker applies. */
export type CastKind = 'int' | 'float' | 'bool';

/** A cast result: the typed value, or docker's error text after `failed to cast to expected type: `. */
export type CastResult = { ok: true; value: number | boolean } | { ok: false; error: string };

/**
 * Docker's cast table, in docker's own path notation: `*` matches any one part, `[]` is how a list
 * item appears in a path. The order does not matter: no two patterns can match the same path.
 */
export const CAST_TABLE: readonly (readonly [pattern: string, cast: CastKind])[] = [
  ['services.*.configs.[].mode', 'int'],
  ['services.*.secrets.[].mode', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.ports.[].published', 'int'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.volumes.[].read_only', 'bool'],
  ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];

const SPLIT_TABLE = CAST_TABLE.map(([pattern, cast]) => [pattern.split('.'), cast] as const);

/**
 * Docker's dotted form of a document path: keys joined with `.`, every list item written `[]`
 * (`services.a.command.[]`). It appears in docker's error texts and is what casts match against.
 */
export function dockerPath(path: DocPath): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    out += (i === 0 ? '' : '.') + (typeof seg === 'number' ? '[]' : seg);
  }
  return out;
}

/**
 * Does `path` match a docker path pattern? Docker re-splits the dotted path on `.`, so a key that
 * contains a dot adds parts and matches nothing: service `a.b` gets no cast for `privileged`
 * (verified: `services.a.b.privileged must be a boolean`). We reproduce that by splitting too.
 */
export function matchesPattern(path: DocPath, pattern: readonly string[]): boolean {
  return partsMatch(dockerPath(path).split('.'), pattern);
}

function partsMatch(parts: readonly string[], pattern: readonly string[]): boolean {
  if (parts.length !== pattern.length) return false;
  for (let i = 0; i < parts.length; i++) {
    if (pattern[i] !== '*' && pattern[i] !== parts[i]) return false;
  }
  return true;
}

/** The cast docker applies at `path`, if any. */
export function castFor(path: DocPath): CastKind | undefined {
  // Split once per string, not once per pattern. This runs only for values interpolation changed.
  const parts = dockerPath(path).split('.');
  for (const [pattern, cast] of SPLIT_TABLE) if (partsMatch(parts, pattern)) return cast;
  return undefined;
}

/**
 * Docker's boolean cast: `y`/`yes`/`true`/`on` and `n`/`no`/`false`/`off`, any case
 * (YAML 1.1 booleans); anything else is `invalid boolean: <value>`, unquoted.
 */
export function castBool(value: string): CastResult {
  switch (value.toLowerCase()) {
    case 'y':
    case 'yes':
    case 'true':
    case 'on':
      return { ok: true, value: true };
    case 'n':
    case 'no':
    case 'false':
    case 'off':
      return { ok: true, value: false };
    default:
      return { ok: false, error: `invalid boolean: ${value}` };
  }
}

function fromGo(parsed: GoParse): CastResult {
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

/** Apply one cast to an interpolated string. */
export function applyCast(kind: CastKind, value: string): CastResult {
  if (kind === 'int') return fromGo(goAtoi(value));
  if (kind === 'float') return fromGo(goParseFloat(value));
  return castBool(value);
}
