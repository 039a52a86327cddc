/**
 * Container-level resource keys → `deploy.resources` (compose-spec.md §7.3). Docker stack forbids
 * `mem_limit` and lacks `mem_reservation`, `cpus` and `pids_limit`; swarm only knows the deploy
 * form. Compose already rejects a project whose two forms disagree, so an explicit deploy value
 * is simply kept.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, isMapping, own, withKey, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

interface ResourceKey {
  readonly key: string;
  readonly section: 'limits' | 'reservations';
  readonly field: string;
  /** The value in the type the stack schema wants, or undefined when it has none. */
  readonly convert: (v: unknown) => unknown;
}

/** Swarm's schema wants CPU and memory amounts as strings ("0.5", "512m"). */
const asString = (v: unknown): unknown => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const asInteger = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined);

const RESOURCE_KEYS: readonly ResourceKey[] = [
  { key: 'mem_limit', section: 'limits', field: 'memory', convert: asString },
  { key: 'mem_reservation', section: 'reservations', field: 'memory', convert: asString },
  { key: 'cpus', section: 'limits', field: 'cpus', convert: asString },
  { key: 'pids_limit', section: 'limits', field: 'pids', convert: asInteger },
];

/** Moves `mem_limit`, `mem_reservation`, `cpus` and `pids_limit` into `deploy.resources`. */
export function translateResources(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  let out = service;
  for (const rk of RESOURCE_KEYS) {
    if (!has(out, rk.key)) continue;
    const deploy = own(out, 'deploy') ?? {};
    const resources = isMapping(deploy) ? own(deploy, 'resources') ?? {} : undefined;
    const section = isMapping(resources) ? own(resources, rk.section) ?? {} : undefined;
    // A malformed deploy section is the validator's to report; leave the key for it too.
    if (!isMapping(deploy) || !isMapping(resources) || !isMapping(section)) continue;
    const target = `deploy.resources.${rk.section}.${rk.field}`;
    const path = [...at, rk.key];
    const written = own(out, rk.key);
    if (has(section, rk.field)) {
      note(scope, { code: 'compose/resources', message: `"${rk.key}" is dropped: ${target} is set and wins`, path, atKey: true, data: { key: rk.key, target } });
      out = withoutKeys(out, rk.key);
      continue;
    }
    const value = rk.convert(written);
    if (value === undefined) continue; // a wrong type: the validator reports it
    if (rk.key === 'pids_limit' && typeof value === 'number' && value <= 0) {
      // Compose's -1/0 mean "no limit", which is what swarm does without one.
      note(scope, { code: 'compose/resources', message: `"pids_limit: ${value}" (no limit) is dropped: swarm sets no limit by default`, path, atKey: true, data: { key: rk.key } });
      out = withoutKeys(out, rk.key);
      continue;
    }
    note(scope, {
      code: 'compose/resources',
      message: `"${rk.key}" is translated to ${target}: swarm only applies resources from deploy`,
      path,
      atKey: true,
      data: { key: rk.key, target, value },
    });
    const nextDeploy = withKey(deploy, 'resources', withKey(resources, rk.section, withKey(section, rk.field, value)));
    out = withoutKeys(withKey(out, 'deploy', nextDeploy), rk.key);
  }
  return out;
}

/** `scale` → `deploy.replicas`: dropping it would silently run one replica. */
export function translateScale(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  if (!has(service, 'scale')) return service;
  const scale = own(service, 'scale');
  const deploy = own(service, 'deploy') ?? {};
  if (!isMapping(deploy) || typeof scale !== 'number' || !Number.isInteger(scale)) return service;
  const path = [...at, 'scale'];
  if (has(deploy, 'replicas')) {
    note(scope, { code: 'compose/scale', message: `"scale" is dropped: deploy.replicas is set and wins`, path, atKey: true });
    return withoutKeys(service, 'scale');
  }
  note(scope, {
    code: 'compose/scale',
    message: `"scale: ${scale}" is translated to deploy.replicas: ${scale}`,
    path,
    atKey: true,
    data: { target: 'deploy.replicas', value: scale },
  });
  return withoutKeys(withKey(service, 'deploy', withKey(deploy, 'replicas', scale)), 'scale');
}
