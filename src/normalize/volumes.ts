/**
 * Service `volumes`: short syntax parsed (§1.8.2), long syntax taken as-is, then bind sources
 * resolved (§1.10): `~` → HOME, relative → joined to the working directory and cleaned.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { ServiceVolumeConfig } from '../model/stack-config.js';
import { parseVolumeSpec } from './parse-volume-spec.js';
import { expandHome, isWindowsAbs, resolveAgainst } from './paths.js';
import { goTypeName } from './ports.js';
import { decodeErrorText, isRecord, reportError, reportWarning, type Scope } from './scope.js';

const EMPTY_BIND_SOURCE = 'invalid mount config for type "bind": field Source must not be empty';

/** Long syntax: known fields only, zero values dropped (omitempty), present sub-objects kept. */
function longVolume(v: Record<string, unknown>): ServiceVolumeConfig {
  const out: ServiceVolumeConfig = {};
  if (typeof v.type === 'string' && v.type !== '') out.type = v.type;
  if (typeof v.source === 'string' && v.source !== '') out.source = v.source;
  if (typeof v.target === 'string' && v.target !== '') out.target = v.target;
  if (v.read_only === true) out.read_only = true;
  if (typeof v.consistency === 'string' && v.consistency !== '') out.consistency = v.consistency;
  // Sub-objects are pointers in docker's struct: a given mapping prints even when empty.
  if (isRecord(v.bind)) {
    out.bind = {};
    if (typeof v.bind.propagation === 'string' && v.bind.propagation !== '') out.bind.propagation = v.bind.propagation;
  }
  if (isRecord(v.volume)) {
    out.volume = {};
    if (v.volume.nocopy === true) out.volume.nocopy = true;
    if (typeof v.volume.subpath === 'string' && v.volume.subpath !== '') out.volume.subpath = v.volume.subpath;
  }
  if (isRecord(v.tmpfs)) {
    out.tmpfs = {};
    if (typeof v.tmpfs.size === 'number' && v.tmpfs.size !== 0) out.tmpfs.size = Math.trunc(v.tmpfs.size);
  }
  return out;
}

/**
 * Resolves a bind source against HOME and the working directory, like docker's resolveVolumePaths.
 * `path` locates the source for a warning; it is built only then.
 */
function resolveBindSource(source: string, path: () => DocPath, scope: Scope): string {
  const expanded = expandHome(source, scope.env);
  if (expanded.missingHome) {
    const text = "cannot expand '~', because the environment lacks HOME";
    reportWarning(scope, 'home-not-set', path(), text, { dockerMessage: text });
  }
  const p = expanded.path;
  // Absolute in Unix or Windows terms stays untouched (a Windows client may target a Unix daemon).
  if (p.startsWith('/') || isWindowsAbs(p)) return p;
  return resolveAgainst(scope.workingDir, p);
}

/** Normalizes a service's `volumes` list; bad items are reported and skipped. */
export function normalizeServiceVolumes(value: unknown, path: DocPath, scope: Scope): ServiceVolumeConfig[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: ServiceVolumeConfig[] = [];
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    let volume: ServiceVolumeConfig;
    if (typeof item === 'string') {
      const parsed = parseVolumeSpec(item);
      if (!parsed.ok) {
        reportError(scope, 'invalid-volume-spec', [...path, index], parsed.error, {
          dockerMessage: decodeErrorText(`Volumes[${index}]`, parsed.error),
        });
        continue;
      }
      volume = parsed.volume;
    } else if (isRecord(item)) {
      volume = longVolume(item);
    } else {
      const text = `invalid type ${goTypeName(item)} for service volume`;
      reportError(scope, 'invalid-volume-spec', [...path, index], text, {
        dockerMessage: decodeErrorText(`Volumes[${index}]`, text),
      });
      continue;
    }
    // Only type "bind" (exactly) is rewritten; volume, tmpfs, npipe sources are left alone.
    if (volume.type === 'bind') {
      if (volume.source === undefined || volume.source === '') {
        const sourcePath = isRecord(item) && 'source' in item ? [...path, index, 'source'] : [...path, index];
        reportError(scope, 'empty-bind-source', sourcePath, EMPTY_BIND_SOURCE, { dockerMessage: EMPTY_BIND_SOURCE });
        continue;
      }
      const sourcePath = (): DocPath => (isRecord(item) ? [...path, index, 'source'] : [...path, index]);
      volume.source = resolveBindSource(volume.source, sourcePath, scope);
    }
    out.push(volume);
  }
  return out.length > 0 ? out : undefined;
}
