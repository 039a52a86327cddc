/**
 * Compose profiles (compose-spec.md §4.3): a service listing `profiles` is deployed only when one
 * of them is active (or `*` is); a service without profiles always is. Swarm has no profiles, so
 * we filter at compile time and drop the key.
 */
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import { isRecord, setOwn } from '../load/plain-data.js';
import type { Env } from '../options.js';
import type { RawDocument } from './types.js';

/** Optional knowledge from the other files of the project. */
export interface ApplyProfilesOptions {
  /**
   * Each service's profiles over the whole project (see {@link collectServiceProfiles}): compose
   * decides after merging, so a service disabled by the base file stays disabled in an override
   * that does not repeat its `profiles`, and a dependency defined in another file is checked too.
   */
  readonly projectProfiles?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The active profiles: the `--profile` values if any, else `COMPOSE_PROFILES` split on `,` with
 * whitespace trimmed (empty names dropped: they never match a declared profile).
 */
export function activeProfiles(flags: readonly string[] | undefined, env: Env): string[] {
  const source = flags && flags.length > 0 ? flags : (env['COMPOSE_PROFILES'] ?? '').split(',');
  const out: string[] = [];
  for (const p of source) {
    const name = p.trim();
    if (name !== '' && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The string profiles of one service definition (invalid entries are ignored here, reported by applyProfiles). */
function profilesOf(service: unknown): string[] {
  if (!isRecord(service) || !Array.isArray(service['profiles'])) return [];
  return service['profiles'].filter((p): p is string => typeof p === 'string');
}

/**
 * Each service's profiles across documents in merge order. Compose merges `profiles` by appending
 * with unicity, so the result is the union, in first-seen order.
 */
export function collectServiceProfiles(documents: readonly RawDocument[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const doc of documents) {
    const services = doc.data['services'];
    if (!isRecord(services)) continue;
    for (const name of Object.keys(services)) {
      const list = out.get(name) ?? [];
      for (const p of profilesOf(services[name])) if (!list.includes(p)) list.push(p);
      out.set(name, list);
    }
  }
  return out;
}

function isEnabled(profiles: readonly string[], active: readonly string[]): boolean {
  return profiles.length === 0 || active.includes('*') || profiles.some((p) => active.includes(p));
}

/** One reference from a service to another, and where it is written. */
interface Dependency {
  readonly target: string;
  readonly path: DocPath;
  /** `depends_on` long form `required: false`: a disabled target is tolerated and the entry dropped. */
  readonly optional: boolean;
  readonly atKey: boolean;
  readonly via: string;
}

/** `service:<name>` references in these keys imply a dependency (compose normalization). */
const SERVICE_MODE_KEYS = ['network_mode', 'ipc', 'pid', 'uts', 'cgroup'] as const;

function dependenciesOf(name: string, service: Record<string, unknown>): Dependency[] {
  const base = ['services', name];
  const out: Dependency[] = [];
  const dependsOn = service['depends_on'];
  if (Array.isArray(dependsOn)) {
    dependsOn.forEach((d, i) => {
      if (typeof d === 'string') out.push({ target: d, path: [...base, 'depends_on', i], optional: false, atKey: false, via: 'depends_on' });
    });
  } else if (isRecord(dependsOn)) {
    for (const target of Object.keys(dependsOn)) {
      const entry = dependsOn[target];
      const optional = isRecord(entry) && (entry['required'] === false || entry['required'] === 'false');
      out.push({ target, path: [...base, 'depends_on', target], optional, atKey: true, via: 'depends_on' });
    }
  }
  const links = service['links'];
  if (Array.isArray(links)) {
    links.forEach((l, i) => {
      if (typeof l === 'string') out.push({ target: l.split(':')[0] as string, path: [...base, 'links', i], optional: false, atKey: false, via: 'links' });
    });
  }
  for (const key of SERVICE_MODE_KEYS) {
    const mode = service[key];
    if (typeof mode === 'string' && mode.startsWith('service:')) {
      out.push({ target: mode.slice('service:'.length), path: [...base, key], optional: false, atKey: false, via: key });
    }
  }
  const volumesFrom = service['volumes_from'];
  if (Array.isArray(volumesFrom)) {
    volumesFrom.forEach((v, i) => {
      if (typeof v !== 'string' || v.startsWith('container:')) return;
      out.push({ target: v.split(':')[0] as string, path: [...base, 'volumes_from', i], optional: false, atKey: false, via: 'volumes_from' });
    });
  }
  return out;
}

/** Reports a `profiles` value that is not a list of strings (compose's schema rejects it). */
function checkProfilesShape(file: string, name: string, service: Record<string, unknown>, report: Report): void {
  if (!('profiles' in service)) return;
  const profiles = service['profiles'];
  const path = ['services', name, 'profiles'];
  if (!Array.isArray(profiles)) {
    report({ code: 'compose/invalid-profiles', severity: 'error', message: 'profiles must be a list of strings', file, path });
    return;
  }
  profiles.forEach((p, i) => {
    if (typeof p !== 'string') report({ code: 'compose/invalid-profiles', severity: 'error', message: 'a profile name must be a string', file, path: [...path, i] });
  });
}

function withoutKey(service: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(service)) if (k !== key) setOwn(out, k, service[k]);
  return out;
}

/** A copy of `service` without the `depends_on` entries named in `drop`. */
function withoutDependencies(service: Record<string, unknown>, drop: ReadonlySet<string>): Record<string, unknown> {
  const dependsOn = service['depends_on'];
  if (drop.size === 0 || !isRecord(dependsOn)) return service;
  const kept: Record<string, unknown> = {};
  for (const k of Object.keys(dependsOn)) if (!drop.has(k)) setOwn(kept, k, dependsOn[k]);
  return { ...service, depends_on: kept };
}


function listText(profiles: readonly string[]): string {
  return `[${profiles.join(', ')}]`;
}

/**
 * Keep the services whose profiles are active (services without profiles are always on) and drop
 * the `profiles` keys, with a located warning for each removal. A dependency (`depends_on`,
 * `links`, `volumes_from`, `network_mode`/`ipc`/`pid`/`uts`/`cgroup: service:x`) of a kept service
 * on a service left out by profiles is an error, as compose reports it — except a long-form
 * `depends_on` entry with `required: false`, which compose ignores and we drop. Top-level resources
 * are never filtered. Never mutates `doc`.
 */
export function applyProfiles(doc: RawDocument, active: readonly string[], report: Report, options: ApplyProfilesOptions = {}): RawDocument {
  const services = doc.data['services'];
  if (!isRecord(services)) return doc;
  const { file } = doc;
  const profilesFor = (name: string): readonly string[] => options.projectProfiles?.get(name) ?? profilesOf(services[name]);
  const known = (name: string): boolean => Object.prototype.hasOwnProperty.call(services, name) || (options.projectProfiles?.has(name) ?? false);

  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(services)) {
    const service = services[name];
    if (!isRecord(service)) {
      setOwn(kept, name, service);
      continue;
    }
    checkProfilesShape(file, name, service, report);
    const profiles = profilesFor(name);
    if (!isEnabled(profiles, active)) {
      report({
        code: 'compose/service-disabled-by-profiles',
        severity: 'warning',
        message: `service ${JSON.stringify(name)} is left out: none of its profiles ${listText(profiles)} is active`,
        file,
        path: ['services', name],
        atKey: true,
        data: { service: name, profiles: [...profiles], active: [...active] },
      });
      continue;
    }
    const drop = new Set<string>();
    for (const dep of dependenciesOf(name, service)) {
      if (!known(dep.target) || isEnabled(profilesFor(dep.target), active)) continue;
      const depProfiles = profilesFor(dep.target);
      if (dep.optional) {
        drop.add(dep.target);
        report({
          code: 'compose/optional-dependency-disabled',
          severity: 'warning',
          message: `optional dependency ${JSON.stringify(dep.target)} of service ${JSON.stringify(name)} is dropped: none of its profiles ${listText(depProfiles)} is active`,
          file,
          path: dep.path,
          atKey: dep.atKey,
          data: { service: name, dependency: dep.target, profiles: [...depProfiles] },
        });
        continue;
      }
      report({
        code: 'compose/dependency-disabled',
        severity: 'error',
        message: `service ${JSON.stringify(name)} depends on service ${JSON.stringify(dep.target)} (${dep.via}), which is disabled: activate one of its profiles ${listText(depProfiles)}`,
        file,
        path: dep.path,
        atKey: dep.atKey,
        data: {
          service: name,
          dependency: dep.target,
          profiles: [...depProfiles],
          via: dep.via,
          composeMessage: `service ${JSON.stringify(name)} depends on undefined service ${JSON.stringify(dep.target)}: invalid compose project`,
        },
      });
    }
    let next = withoutDependencies(service, drop);
    if ('profiles' in next) {
      report({
        code: 'compose/profiles-dropped',
        severity: 'warning',
        message: `profiles of service ${JSON.stringify(name)} are dropped: swarm has no profiles, and the service is active`,
        file,
        path: ['services', name, 'profiles'],
        atKey: true,
        data: { service: name, profiles: [...profiles] },
      });
      next = withoutKey(next, 'profiles');
    }
    setOwn(kept, name, next);
  }
  return { ...doc, data: { ...doc.data, services: kept } };
}
