/**
 * Networks (compose-spec.md §7.4). Compose's default driver is `bridge`, which is local to one
 * host; a stack's networks must span the swarm, so `bridge` (and `host` on a network the stack
 * would create) become `overlay`. Network keys with dots are renamed with dashes, and every
 * service reference follows, so the stack keeps naming one network consistently.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, isMapping, own, setOwn, withKey, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

/** Options that only the bridge driver reads; overlay does not know them. */
const BRIDGE_OPTION = /^com\.docker\.network\.bridge\./;

/** The key a network is declared under in the stack. */
export function stackNetworkKey(key: string): string {
  return key.replace(/\./g, '-');
}

/** Whether a network definition says `external` (boolean or the legacy `{name}` form). */
function isExternal(def: Mapping): boolean {
  const ext = own(def, 'external');
  return ext === true || isMapping(ext);
}

/** `bridge`/`host` drivers → `overlay` on networks the stack creates. */
function translateDriver(key: string, def: Mapping, scope: TranslateScope): Mapping {
  const driver = own(def, 'driver');
  if (isExternal(def) || (driver !== 'bridge' && driver !== 'host')) return def;
  const opts = own(def, 'driver_opts');
  const dropped = isMapping(opts) ? Object.keys(opts).filter((o) => BRIDGE_OPTION.test(o)) : [];
  const also = dropped.length > 0 ? `; bridge-only driver_opts ${dropped.join(', ')} are dropped` : '';
  note(scope, {
    code: 'compose/network-driver',
    message: `network "${key}": driver "${driver}" only spans one host, so the stack uses "overlay"${also}`,
    path: ['networks', key, 'driver'],
    data: { network: key, from: driver, to: 'overlay', droppedOptions: dropped },
  });
  let out = withKey(def, 'driver', 'overlay');
  if (isMapping(opts) && dropped.length > 0) {
    const kept = withoutKeys(opts, ...dropped);
    out = Object.keys(kept).length === 0 ? withoutKeys(out, 'driver_opts') : withKey(out, 'driver_opts', kept);
  }
  return out;
}

/** Renames dotted keys of a mapping (top-level networks or a service's networks), keeping order. */
function renameKeys(m: Mapping, rename: (key: string) => string): Mapping {
  const out: Mapping = {};
  for (const k of Object.keys(m)) setOwn(out, rename(k), m[k]);
  return out;
}

/** Translates top-level network drivers and renames dotted network keys everywhere. */
export function translateNetworks(data: Mapping, scope: TranslateScope): Mapping {
  const networks = own(data, 'networks');
  const declared = isMapping(networks) ? Object.keys(networks) : [];
  const taken = new Set(declared);
  const renamed = new Map<string, string>();
  const rename = (key: string): string => renamed.get(key) ?? key;
  for (const key of declared) {
    const to = stackNetworkKey(key);
    if (to === key) continue;
    if (taken.has(to)) {
      note(scope, { code: 'compose/network-rename-conflict', severity: 'error', message: `network "${key}" cannot be renamed "${to}": that network is declared too`, path: ['networks', key], atKey: true, data: { from: key, to } });
      continue;
    }
    taken.add(to);
    renamed.set(key, to);
    note(scope, {
      code: 'compose/network-renamed',
      message: `network "${key}" is declared as "${to}" (dots replaced by dashes), and the services that use it follow`,
      path: ['networks', key],
      atKey: true,
      data: { from: key, to },
    });
  }
  let out = data;
  if (isMapping(networks)) {
    const defs: Mapping = {};
    for (const key of declared) {
      const def = networks[key];
      setOwn(defs, rename(key), isMapping(def) ? translateDriver(key, def, scope) : def);
    }
    out = withKey(out, 'networks', defs);
  }
  return renameServiceReferences(out, declared, renamed, scope);
}

/**
 * Points services at renamed networks. A dotted name this file uses without declaring it
 * (declared in another file) is renamed the same way, so all files still agree.
 */
function renameServiceReferences(data: Mapping, declared: readonly string[], renamed: Map<string, string>, scope: TranslateScope): Mapping {
  const services = own(data, 'services');
  if (!isMapping(services)) return data;
  const mapName = (name: string, at: DocPath, atKey: boolean): string => {
    const to = renamed.get(name);
    if (to !== undefined) return to;
    if (declared.includes(name) || stackNetworkKey(name) === name) return name;
    note(scope, { code: 'compose/network-renamed', message: `network "${name}" is used as "${stackNetworkKey(name)}" (dots replaced by dashes)`, path: at, ...(atKey ? { atKey } : {}), data: { from: name, to: stackNetworkKey(name) } });
    return stackNetworkKey(name);
  };
  const out: Mapping = {};
  for (const svc of Object.keys(services)) {
    const def = services[svc];
    const refs = isMapping(def) ? own(def, 'networks') : undefined;
    const at: DocPath = ['services', svc, 'networks'];
    let next = refs;
    if (Array.isArray(refs)) next = refs.map((r, i) => (typeof r === 'string' ? mapName(r, [...at, i], false) : r));
    else if (isMapping(refs)) next = renameKeys(refs, (k) => mapName(k, [...at, k], true));
    setOwn(out, svc, isMapping(def) && has(def, 'networks') ? withKey(def, 'networks', next) : def);
  }
  return withKey(data, 'services', out);
}
