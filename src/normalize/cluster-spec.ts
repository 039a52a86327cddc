/**
 * A volume's `x-cluster-spec` (docker's `ClusterVolumeSpec`): decoded like any struct, so
 * `segments` become string maps and `capacity_range.*_bytes` are parsed as sizes. The byte
 * counts are kept as decimal strings because the model types this block as opaque and docker
 * prints them quoted (`"1073741824"`).
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { nonEmptyString, toPlainList, toStringMap } from './mappings.js';
import { decodeErrorText, isRecord, reportError, type Scope } from './scope.js';
import { parseRamInBytes } from './sizes.js';

function topologies(value: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.map((t) => {
    const segments = isRecord(t) ? toStringMap(t.segments) : undefined;
    return segments ? { segments } : {};
  });
}

function sizeText(value: unknown, path: DocPath, scope: Scope, goPath: string): string | undefined {
  if (typeof value === 'number') return Math.trunc(value) ? String(Math.trunc(value)) : undefined;
  if (typeof value !== 'string') return undefined;
  const parsed = parseRamInBytes(value);
  if (!parsed.ok) {
    reportError(scope, 'invalid-size', path, parsed.error, { dockerMessage: decodeErrorText(goPath, parsed.error) });
    return undefined;
  }
  return parsed.bytes ? String(parsed.bytes) : undefined;
}

/** Normalizes an `x-cluster-spec` mapping found at `path`, in docker's field order. */
export function normalizeClusterSpec(v: Record<string, unknown>, path: DocPath, scope: Scope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const group = nonEmptyString(v.group);
  if (group) out.group = group;
  if (isRecord(v.access_mode)) {
    const am = v.access_mode;
    const mode: Record<string, unknown> = {};
    const s = nonEmptyString(am.scope);
    if (s) mode.scope = s;
    const sharing = nonEmptyString(am.sharing);
    if (sharing) mode.sharing = sharing;
    if (isRecord(am.mount_volume)) {
      const mv: Record<string, unknown> = {};
      const fs = nonEmptyString(am.mount_volume.fs_type);
      if (fs) mv.fs_type = fs;
      const flags = toPlainList(am.mount_volume.mount_flags);
      if (flags) mv.mount_flags = flags;
      mode.mount_volume = mv;
    }
    if (isRecord(am.block_volume)) mode.block_volume = {};
    out.access_mode = mode;
  }
  if (isRecord(v.accessibility_requirements)) {
    const ar = v.accessibility_requirements;
    const req: Record<string, unknown> = {};
    const requisite = topologies(ar.requisite);
    if (requisite) req.requisite = requisite;
    const preferred = topologies(ar.preferred);
    if (preferred) req.preferred = preferred;
    out.accessibility_requirements = req;
  }
  if (isRecord(v.capacity_range)) {
    const cr = v.capacity_range;
    const range: Record<string, unknown> = {};
    const crPath = [...path, 'capacity_range'];
    const required = sizeText(cr.required_bytes, [...crPath, 'required_bytes'], scope, 'x-cluster-spec.capacity_range.required_bytes');
    if (required) range.required_bytes = required;
    const limit = sizeText(cr.limit_bytes, [...crPath, 'limit_bytes'], scope, 'x-cluster-spec.capacity_range.limit_bytes');
    if (limit) range.limit_bytes = limit;
    out.capacity_range = range;
  }
  if (Array.isArray(v.secrets) && v.secrets.length > 0) {
    out.secrets = v.secrets.map((s) => {
      const entry: Record<string, unknown> = {};
      if (isRecord(s)) {
        const key = nonEmptyString(s.key);
        if (key) entry.key = key;
        const secret = nonEmptyString(s.secret);
        if (secret) entry.secret = secret;
      }
      return entry;
    });
  }
  const availability = nonEmptyString(v.availability);
  if (availability) out.availability = availability;
  return out;
}
