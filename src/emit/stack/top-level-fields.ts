/**
 * Top-level `networks`, `volumes`, `secrets` and `configs` entries in docker's struct order,
 * followed by their `x-*` keys (yaml.v3 prints an inline map after all struct fields).
 */

import type { FileObjectConfig, NetworkConfig, StackVersion, VolumeConfig } from '../../model/stack-config.js';
import type { Fields, Writer } from './fields.js';
import { supportsName } from './legacy-forms.js';

type Section = 'networks' | 'volumes' | 'secrets' | 'configs';

/**
 * Writes `name` and `external` the way the printed version can read back, around the fields
 * `rest` writes. Docker prints `name: x` + `external: true`; versions without top-level `name:`
 * get `external: {name: x}` instead, or just `external: true` when the name is the key (the
 * default name of an external object is its key).
 */
function nameAndExternal<T extends { name?: string; external?: boolean }>(f: Fields, key: string, entry: T, version: StackVersion, section: Section, rest: Writer<T>): void {
  if (supportsName(version, section) || !entry.external) {
    f.str('name', entry.name);
    rest(f, entry);
    f.bool('external', entry.external);
    return;
  }
  rest(f, entry);
  const name = entry.name && entry.name !== key ? entry.name : undefined;
  f.out.key('external');
  if (name) {
    f.out.openMap(false);
    f.str('name', name);
    f.out.closeMap();
  } else f.out.scalar(true);
}

type Ipam = NonNullable<NetworkConfig['ipam']>;
type IpamPool = NonNullable<Ipam['config']>[number];

function ipamPool(f: Fields, c: IpamPool): void {
  f.out.openMap(false);
  f.str('subnet', c?.subnet);
  f.out.closeMap();
}

function ipam(f: Fields, i: Ipam): void {
  f.str('driver', i.driver).items('config', i.config, ipamPool);
}

function networkDriver(f: Fields, n: NetworkConfig): void {
  f.str('driver', n.driver).stringMap('driver_opts', n.driver_opts).struct('ipam', n.ipam, ipam);
}

/** Writes a network definition as a map value; `null` (declared without options) prints `{}`. */
export function networkFields(f: Fields, key: string, n: NetworkConfig | null | undefined, version: StackVersion): void {
  f.out.openMap(false);
  if (n) {
    nameAndExternal(f, key, n, version, 'networks', networkDriver);
    f.bool('internal', n.internal).bool('attachable', n.attachable).stringMap('labels', n.labels).extensions(n.extensions);
  }
  f.out.closeMap();
}

type Loose = Record<string, unknown>;

function asRecord(v: unknown): Loose | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined;
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(String) : undefined;
}

function topology(f: Fields, t: unknown): void {
  f.out.openMap(false);
  f.stringMap('segments', asRecord(asRecord(t)?.segments) as Record<string, string> | undefined);
  f.out.closeMap();
}

function clusterSecret(f: Fields, x: unknown): void {
  f.out.openMap(false);
  f.str('key', asRecord(x)?.key as string).str('secret', asRecord(x)?.secret as string);
  f.out.closeMap();
}

function mountVolume(f: Fields, mv: Loose): void {
  f.str('fs_type', mv.fs_type as string).list('mount_flags', strings(mv.mount_flags));
}

function emptyStruct(): void {}

function accessMode(f: Fields, am: Loose): void {
  f.str('scope', am.scope as string)
    .str('sharing', am.sharing as string)
    .map('mount_volume', asRecord(am.mount_volume), mountVolume)
    .map('block_volume', am.block_volume ? am.block_volume : undefined, emptyStruct);
}

function accessibility(f: Fields, ar: Loose): void {
  f.items('requisite', ar.requisite as unknown[] | undefined, topology).items('preferred', ar.preferred as unknown[] | undefined, topology);
}

function capacityRange(f: Fields, cr: Loose): void {
  f.bytes('required_bytes', cr.required_bytes as number).bytes('limit_bytes', cr.limit_bytes as number);
}

function clusterSpecFields(f: Fields, s: Loose): void {
  f.str('group', s.group as string)
    .map('access_mode', asRecord(s.access_mode), accessMode)
    .map('accessibility_requirements', asRecord(s.accessibility_requirements), accessibility)
    .map('capacity_range', asRecord(s.capacity_range), capacityRange)
    .items('secrets', s.secrets as unknown[] | undefined, clusterSecret)
    .str('availability', s.availability as string);
}

/** `x-cluster-spec` (a `*ClusterVolumeSpec`) in struct order; sizes print as quoted byte counts. */
function clusterSpec(f: Fields, spec: unknown): void {
  if (spec === undefined) return;
  const s = asRecord(spec);
  if (s) f.map('x-cluster-spec', s, clusterSpecFields);
  else {
    f.out.key('x-cluster-spec');
    f.extension(spec);
  }
}

function volumeDriver(f: Fields, v: VolumeConfig): void {
  f.str('driver', v.driver).stringMap('driver_opts', v.driver_opts);
}

/** Writes a volume definition as a map value; `null` prints `{}`. */
export function volumeFields(f: Fields, key: string, v: VolumeConfig | null | undefined, version: StackVersion): void {
  f.out.openMap(false);
  if (v) {
    nameAndExternal(f, key, v, version, 'volumes', volumeDriver);
    f.stringMap('labels', v.labels);
    clusterSpec(f, v['x-cluster-spec']);
    f.extensions(v.extensions);
  }
  f.out.closeMap();
}

function fileSource(f: Fields, o: FileObjectConfig): void {
  f.str('file', o.file);
}

/** Writes a secret or config definition as a map value. */
export function fileObjectFields(f: Fields, key: string, o: FileObjectConfig | null | undefined, version: StackVersion, section: 'secrets' | 'configs'): void {
  f.out.openMap(false);
  if (o) {
    nameAndExternal(f, key, o, version, section, fileSource);
    f.stringMap('labels', o.labels).str('driver', o.driver).stringMap('driver_opts', o.driver_opts).str('template_driver', o.template_driver).extensions(o.extensions);
  }
  f.out.closeMap();
}
