/**
 * swarmkit's placement-constraint grammar (`manager/constraint/constraint.go`): `key op value`
 * with op `==` or `!=` (the first one found), a key of letters, digits, `-`, `_`, `.`, and a value
 * of a restricted character set. Anything else makes the daemon reject the service.
 */
export type ParsedConstraint =
  | { readonly ok: true; readonly key: string; readonly operator: '==' | '!='; readonly value: string }
  | { readonly ok: false; readonly problem: 'operator' | 'key' | 'value'; readonly key?: string; readonly value?: string };

const KEY = /^[a-z_][a-z0-9\-_.]+$/i;
const VALUE = /^[a-z0-9:\-_\s.*()?+[\]\\^$|/]+$/i;

/** Parses one constraint exactly as swarmkit does. */
export function parseConstraint(text: string): ParsedConstraint {
  for (const operator of ['==', '!='] as const) {
    const at = text.indexOf(operator);
    if (at === -1) continue;
    const key = text.slice(0, at).trim();
    const value = text.slice(at + 2).trim();
    if (!KEY.test(key)) return { ok: false, problem: 'key', key, value };
    if (!VALUE.test(value)) return { ok: false, problem: 'value', key, value };
    return { ok: true, key, operator, value };
  }
  return { ok: false, problem: 'operator' };
}

/**
 * Every constraint of one list, parsed. Two rules read each service's constraints, so the parse is
 * kept with the list (the merged stack is not mutated once built) and done once per run.
 */
export function parseConstraints(constraints: readonly string[]): readonly ParsedConstraint[] {
  let parsed = parsedLists.get(constraints);
  if (!parsed) {
    parsed = constraints.map((c) => parseConstraint(c));
    parsedLists.set(constraints, parsed);
  }
  return parsed;
}

const parsedLists = new WeakMap<readonly string[], readonly ParsedConstraint[]>();
