/**
 * `environment` (and `build.args`), docker's `MappingWithEquals`: a map of string pointers.
 *
 * mergo treats a nil or `""` base value as empty and replaces it with the override's value, even
 * a null one. A non-empty base value is only replaced by a non-empty override string, so
 * `FOO: ""` or a bare `FOO` in an override cannot clear `FOO=a` (stack-deploy.md §2.2, verified).
 */
export type EnvMap = Record<string, string | null>;

/** Merge two environment maps with docker's per-key rule. */
export function mergeEnvironment(base: EnvMap | undefined, override: EnvMap | undefined): EnvMap | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  const out: EnvMap = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = Object.hasOwn(base, key) ? base[key] : undefined;
    if (current === undefined || current === null || current === '') out[key] = value;
    else if (value !== null && value !== '') out[key] = value;
  }
  return out;
}
