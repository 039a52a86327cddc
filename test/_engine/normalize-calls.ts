/**
 * Recorded calls and plan steps brought to one comparable form, by the rules the project's
 * conformance check uses: only mutating calls, no API version prefix, engine-assigned IDs and
 * versions masked, zero values pruned, each phase (networks, secrets, configs, services) sorted
 * by `Name` because docker walks Go maps in random order.
 */

/** A call in comparable form. */
export interface NormalCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** Something with a method, a path and a body: a recorded call or a plan step. */
export interface CallLike {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/**
 * Drop what an absent field and a zero field both mean to the engine (null, false, 0, "", [],
 * {}), and the IDs the engine assigns. Keys are sorted so that JSON text compares.
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'SecretID' || key === 'ConfigID') continue;
      const x = prune((value as Record<string, unknown>)[key]);
      if (x === null || x === undefined || x === false || x === 0 || x === '') continue;
      if (Array.isArray(x) && x.length === 0) continue;
      if (typeof x === 'object' && !Array.isArray(x) && Object.keys(x as object).length === 0) continue;
      out[key] = x;
    }
    return out;
  }
  return value;
}

/** `/v1.41/secrets/abc/update?version=12` → `/secrets/{id}/update?version={n}`. */
export function normalPath(path: string): string {
  return path
    .replace(/^\/v\d+\.\d+/, '')
    .replace(/^\/(secrets|configs|services|networks)\/(?!create\b)[^/?]+\/update/, '/$1/{id}/update')
    .replace(/([?&]version=)\d+/, '$1{n}');
}

const PHASES = ['/networks', '/secrets', '/configs', '/services'];

/** Phase by phase, by `Name` within a phase. */
export function canonicalOrder(calls: readonly NormalCall[]): NormalCall[] {
  const phase = (c: NormalCall) => {
    const i = PHASES.findIndex((p) => c.path.startsWith(p));
    return i < 0 ? PHASES.length : i;
  };
  const name = (c: NormalCall) => String((c.body as { Name?: unknown } | null)?.Name ?? c.path);
  return [...calls].sort((a, b) => phase(a) - phase(b) || name(a).localeCompare(name(b)));
}

/**
 * IDs that appear outside `SecretID`/`ConfigID` (the credential-spec config's ID in
 * `Privileges.CredentialSpec.Config`) and plan `EngineRef`s, both turned into `ref:<name>`: an
 * engine ID is named by the `Secrets`/`Configs` entry that carries it in the same body.
 */
export function maskEngineIds(body: unknown): unknown {
  const names = new Map<string, string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['SecretID'] === 'string' && typeof o['SecretName'] === 'string') names.set(o['SecretID'], o['SecretName']);
      if (typeof o['ConfigID'] === 'string' && typeof o['ConfigName'] === 'string') names.set(o['ConfigID'], o['ConfigName']);
      Object.values(o).forEach(collect);
    }
  };
  collect(body);
  const mask = (v: unknown): unknown => {
    if (typeof v === 'string') return names.has(v) ? `ref:${names.get(v)}` : v;
    if (Array.isArray(v)) return v.map(mask);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['$ref'] === 'string' && typeof o['name'] === 'string') return `ref:${o['name']}`;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) out[k] = mask(x);
      return out;
    }
    return v;
  };
  return mask(body);
}

/** Mutating calls only (what a deploy changes), normalized and in canonical order. */
export function comparableCalls(calls: readonly CallLike[]): NormalCall[] {
  return canonicalOrder(
    calls
      .filter((c) => c.method !== 'GET' && c.method !== 'HEAD')
      .map((c) => ({ method: c.method, path: normalPath(c.path), body: prune(maskEngineIds(c.body ?? null)) })),
  );
}

/** Up to `limit` differences as `path: docker=… ours=…` lines; empty when equal. */
export function diffValues(theirs: unknown, ours: unknown, at = '', out: string[] = [], limit = 8): string[] {
  if (out.length >= limit || JSON.stringify(theirs) === JSON.stringify(ours)) return out;
  if (theirs && ours && typeof theirs === 'object' && typeof ours === 'object' && Array.isArray(theirs) === Array.isArray(ours)) {
    const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)]);
    for (const k of keys) diffValues((theirs as Record<string, unknown>)[k], (ours as Record<string, unknown>)[k], `${at}/${k}`, out, limit);
    return out;
  }
  out.push(`${at || '/'}: docker=${JSON.stringify(theirs)?.slice(0, 160)} ours=${JSON.stringify(ours)?.slice(0, 160)}`);
  return out;
}
