/**
 * Top-level `networks`, `volumes`, `secrets` and `configs` (§1.8.3, §1.10, §1.11, §7 #16):
 * external conveniences, conflict errors, the deprecated `external.name` warning, file paths.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { FileObjectConfig, NetworkConfig, VolumeConfig } from '../model/stack-config.js';
import { normalizeClusterSpec } from './cluster-spec.js';
import { copyExtensions, nonEmptyString, setOwn, toStringMap } from './mappings.js';
import { resolveAgainst } from './paths.js';
import { isRecord, reportError, reportWarning, type Scope } from './scope.js';

/** Docker's `versions.GreaterThanOrEqualTo` on dotted numeric versions. */
export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.');
  const b = min.split('.');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = Number.parseInt(a[i] ?? '0', 10) || 0;
    const y = Number.parseInt(b[i] ?? '0', 10) || 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** `external: bool` or `external: {name}` as docker's transformExternal reads it. */
interface External {
  external: boolean;
  name: string;
}

function readExternal(value: unknown): External {
  if (value === true) return { external: true, name: '' };
  if (isRecord(value)) return { external: true, name: typeof value.name === 'string' ? value.name : '' };
  return { external: false, name: '' };
}

function extensionsOf(entry: Record<string, unknown>, skip: string[] = []): Record<string, unknown> | undefined {
  return copyExtensions(entry, skip);
}

/**
 * Applies `external` to an entry's name: `{name: x}` becomes `name: x` (warning when the
 * version is at least `deprecatedFrom`, error when `name` is also set); bare `external: true`
 * without a name gets the key as its name.
 */
function applyExternal(
  kind: string,
  key: string,
  ext: External,
  out: { name?: string; external?: boolean },
  path: DocPath,
  scope: Scope,
  deprecatedFrom: string,
): void {
  out.external = true;
  if (ext.name !== '') {
    if (out.name !== undefined) {
      const text = `${kind} ${key}: ${kind}.external.name and ${kind}.name conflict; only use ${kind}.name`;
      reportError(scope, 'external-name-conflict', [...path, 'external', 'name'], text, { dockerMessage: text });
      return;
    }
    if (versionAtLeast(scope.version, deprecatedFrom)) {
      const text = `${kind} ${key}: ${kind}.external.name is deprecated in favor of ${kind}.name`;
      reportWarning(scope, 'deprecated-external-name', [...path, 'external', 'name'], text, { dockerMessage: text });
    }
    out.name = ext.name;
  } else if (out.name === undefined) {
    out.name = key;
  }
}

/** `name`, `driver` and `driver_opts`, which networks and volumes read the same way. */
function namedDriverFields(v: Record<string, unknown>): { name?: string; driver?: string; driver_opts?: Record<string, string> } {
  const out: { name?: string; driver?: string; driver_opts?: Record<string, string> } = {};
  const name = nonEmptyString(v.name);
  if (name) out.name = name;
  const driver = nonEmptyString(v.driver);
  if (driver) out.driver = driver;
  const opts = toStringMap(v.driver_opts);
  if (opts) out.driver_opts = opts;
  return out;
}

function network(key: string, raw: unknown, path: DocPath, scope: Scope): NetworkConfig {
  const v = isRecord(raw) ? raw : {};
  const out: NetworkConfig = namedDriverFields(v);
  if (isRecord(v.ipam)) {
    const ipam: NonNullable<NetworkConfig['ipam']> = {};
    const ipamDriver = nonEmptyString(v.ipam.driver);
    if (ipamDriver) ipam.driver = ipamDriver;
    if (Array.isArray(v.ipam.config) && v.ipam.config.length > 0) {
      ipam.config = v.ipam.config.map((c) => (isRecord(c) && nonEmptyString(c.subnet) ? { subnet: c.subnet as string } : {}));
    }
    if (Object.keys(ipam).length > 0) out.ipam = ipam;
  }
  if (v.internal === true) out.internal = true;
  if (v.attachable === true) out.attachable = true;
  const labels = toStringMap(v.labels);
  if (labels) out.labels = labels;
  const ext = readExternal(v.external);
  if (ext.external) {
    applyExternal('network', key, ext, out, path, scope, '3.5');
    // x-* survive only on external networks (verified).
    const extensions = extensionsOf(v);
    if (extensions) out.extensions = extensions;
  }
  return out;
}

function volume(key: string, raw: unknown, path: DocPath, scope: Scope): VolumeConfig {
  const v = isRecord(raw) ? raw : {};
  const out: VolumeConfig = namedDriverFields(v);
  const labels = toStringMap(v.labels);
  if (labels) out.labels = labels;
  const spec = v['x-cluster-spec'];
  if (isRecord(spec)) out['x-cluster-spec'] = normalizeClusterSpec(spec, [...path, 'x-cluster-spec'], scope);
  const ext = readExternal(v.external);
  if (ext.external) {
    // External volumes reject driver, driver_opts and labels, checked in this order.
    const conflict = out.driver ? 'driver' : out.driver_opts ? 'driver_opts' : labels ? 'labels' : undefined;
    if (conflict) {
      const text = `conflicting parameters "external" and "${conflict}" specified for volume "${key}"`;
      reportError(scope, 'conflicting-parameters', [...path, conflict], text, { dockerMessage: text, atKey: true });
      return out;
    }
    applyExternal('volume', key, ext, out, path, scope, '3.4');
    const extensions = extensionsOf(v, ['x-cluster-spec']);
    if (extensions) out.extensions = extensions;
  }
  return out;
}

function fileObject(kind: 'secret' | 'config', key: string, raw: unknown, path: DocPath, scope: Scope): FileObjectConfig {
  const v = isRecord(raw) ? raw : {};
  const out: FileObjectConfig = {};
  const name = nonEmptyString(v.name);
  if (name) out.name = name;
  const file = nonEmptyString(v.file);
  const labels = toStringMap(v.labels);
  if (labels) out.labels = labels;
  const driver = nonEmptyString(v.driver);
  if (driver) out.driver = driver;
  const opts = toStringMap(v.driver_opts);
  if (opts) out.driver_opts = opts;
  const template = nonEmptyString(v.template_driver);
  if (template) out.template_driver = template;
  const ext = readExternal(v.external);
  if (ext.external) {
    applyExternal(kind, key, ext, out, path, scope, '3.5');
    // An external entry's file is kept verbatim (relative) and otherwise ignored (verified).
    if (file) out.file = file;
  } else if (driver) {
    if (file) {
      const text = `${kind} ${key}: ${kind}.driver and ${kind}.file conflict; only use ${kind}.driver`;
      reportError(scope, 'driver-file-conflict', [...path, 'file'], text, { dockerMessage: text });
      out.file = file;
    }
  } else {
    // Even without `file:` docker joins "" to the working directory (deploy later fails).
    out.file = resolveAgainst(scope.workingDir, file ?? '');
  }
  const extensions = extensionsOf(v);
  if (extensions) out.extensions = extensions;
  return out;
}

function section<T>(
  value: unknown,
  name: string,
  one: (key: string, raw: unknown, path: DocPath) => T,
): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  let out: Record<string, T> | undefined;
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) setOwn((out ??= {}), key, one(key, value[key], [name, key]));
  }
  return out;
}

/** Normalizes the top-level `networks` section. A null definition becomes `{}`. */
export function normalizeNetworks(value: unknown, scope: Scope): Record<string, NetworkConfig> | undefined {
  return section(value, 'networks', (k, raw, p) => network(k, raw, p, scope));
}

/** Normalizes the top-level `volumes` section. A null definition becomes `{}`. */
export function normalizeVolumes(value: unknown, scope: Scope): Record<string, VolumeConfig> | undefined {
  return section(value, 'volumes', (k, raw, p) => volume(k, raw, p, scope));
}

/** Normalizes the top-level `secrets` section. */
export function normalizeSecrets(value: unknown, scope: Scope): Record<string, FileObjectConfig> | undefined {
  return section(value, 'secrets', (k, raw, p) => fileObject('secret', k, raw, p, scope));
}

/** Normalizes the top-level `configs` section. */
export function normalizeConfigs(value: unknown, scope: Scope): Record<string, FileObjectConfig> | undefined {
  return section(value, 'configs', (k, raw, p) => fileObject('config', k, raw, p, scope));
}
