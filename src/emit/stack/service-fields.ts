/**
 * One service in docker's struct order (stack-deploy.md §3.1), then its `x-*` keys in natural
 * order. Nested structs follow `cli/compose/types` field order and omitempty rules.
 */

import type {
  BuildConfig,
  FileReference,
  HealthCheckConfig,
  PortConfig,
  ServiceConfig,
  ServiceNetworkConfig,
  ServiceVolumeConfig,
  UlimitConfig,
} from '../../model/stack-config.js';
import { deployFields } from './deploy-fields.js';
import type { Fields } from './fields.js';
import { shortPort, shortVolume } from './legacy-forms.js';
import { naturalKeys } from './natural-sort.js';

/** Options that depend on the printed version. */
export interface ServiceFormOptions {
  /** Print ports and volumes in short string syntax (versions before 3.2). */
  readonly shortSyntax: boolean;
  /**
   * Prefer forms docker reads back over docker's own bytes where the two differ: a zero single
   * ulimit (docker prints `{}`, which its schema rejects) and service network names its schema's
   * mapping form rejects (docker prints the mapping anyway; the list form reads back).
   */
  readonly readable: boolean;
}

function buildConfig(f: Fields, b: BuildConfig): void {
  f.str('context', b.context)
    .str('dockerfile', b.dockerfile)
    .stringMap('args', b.args)
    .stringMap('labels', b.labels)
    .list('cache_from', b.cache_from)
    .list('extra_hosts', b.extra_hosts)
    .str('network', b.network)
    .str('target', b.target);
}

function credentialSpec(f: Fields, cs: NonNullable<ServiceConfig['credential_spec']>): void {
  f.str('config', cs.config).str('file', cs.file).str('registry', cs.registry);
}

function fileReferenceFields(f: Fields, r: FileReference): void {
  // `mode` is a *uint32: it prints when set, even 0.
  f.str('source', r.source).str('target', r.target).str('uid', r.uid).str('gid', r.gid).ptr('mode', r.mode);
}

function fileReference(f: Fields, r: FileReference): void {
  f.mapValue(r, fileReferenceFields);
}

function longPort(f: Fields, p: PortConfig): void {
  f.str('mode', p.mode).int('target', p.target).int('published', p.published).str('protocol', p.protocol);
}

function longPortItem(f: Fields, p: PortConfig): void {
  f.mapValue(p, longPort);
}

/** A port item before 3.2: the short string when it can say it. */
function shortPortItem(f: Fields, p: PortConfig): void {
  const s = shortPort(p);
  if (s !== undefined) f.out.string(s);
  else f.mapValue(p, longPort);
}

/** Loose view of optional volume sub-structs docker 28 has beyond the shared model. */
interface VolumeExtras {
  image?: { subpath?: string };
  cluster?: Record<string, never>;
}

type Volume = ServiceVolumeConfig & VolumeExtras;

function bindOptions(f: Fields, b: NonNullable<Volume['bind']>): void {
  f.str('propagation', b.propagation);
}

function volumeOptions(f: Fields, o: NonNullable<Volume['volume']>): void {
  f.bool('nocopy', o.nocopy).str('subpath', o.subpath);
}

function imageOptions(f: Fields, i: NonNullable<Volume['image']>): void {
  f.str('subpath', i.subpath);
}

function tmpfsOptions(f: Fields, t: NonNullable<Volume['tmpfs']>): void {
  f.int('size', t.size);
}

/** `cluster` is an empty struct in docker 28: it prints as `{}`. */
function clusterOptions(): void {}

function longVolume(f: Fields, v: Volume): void {
  f.str('type', v.type)
    .str('source', v.source)
    .str('target', v.target)
    .bool('read_only', v.read_only)
    .str('consistency', v.consistency)
    .map('bind', v.bind, bindOptions)
    .map('volume', v.volume, volumeOptions)
    .map('image', v.image, imageOptions)
    .map('tmpfs', v.tmpfs, tmpfsOptions)
    .map('cluster', v.cluster, clusterOptions);
}

function longVolumeItem(f: Fields, v: Volume): void {
  f.mapValue(v, longVolume);
}

/** A volume item before 3.2: the short string when it can say it. */
function shortVolumeItem(f: Fields, v: Volume): void {
  const s = shortVolume(v);
  if (s !== undefined) f.string(s);
  else f.mapValue(v, longVolume);
}

function healthcheck(f: Fields, h: HealthCheckConfig): void {
  f.list('test', h.test)
    .ptr('timeout', h.timeout)
    .ptr('interval', h.interval)
    .ptr('retries', h.retries)
    .ptr('start_period', h.start_period)
    .ptr('start_interval', h.start_interval)
    .bool('disable', h.disable);
}

function logging(f: Fields, l: NonNullable<ServiceConfig['logging']>): void {
  f.str('driver', l.driver).stringMap('options', l.options);
}

function serviceNetworkFields(f: Fields, n: ServiceNetworkConfig): void {
  f.list('aliases', n.aliases)
    .stringMap('driver_opts', n.driver_opts)
    .str('ipv4_address', n.ipv4_address)
    .str('ipv6_address', n.ipv6_address);
}

function serviceNetwork(f: Fields, n: ServiceNetworkConfig | null | undefined): void {
  // A *ServiceNetworkConfig: nil prints `null`, an all-empty one prints `{}`.
  if (n === null || n === undefined) f.out.scalar(null);
  else f.mapValue(n, serviceNetworkFields);
}

function ulimitFields(f: Fields, value: Exclude<UlimitConfig, number>, readable: boolean): void {
  if (value.soft || readable) f.always('soft', value.soft ?? 0);
  if (value.hard || readable) f.always('hard', value.hard ?? 0);
}

/**
 * UlimitsConfig.MarshalYAML: a non-zero single value prints as a scalar, else `{soft, hard}` with
 * zero fields omitted, which docker's schema (both required) then rejects.
 */
function ulimit(f: Fields, value: UlimitConfig, readable: boolean): void {
  if (typeof value === 'number' && (value !== 0 || readable)) {
    f.out.scalar(value);
    return;
  }
  f.out.openMap(false);
  if (typeof value !== 'number') ulimitFields(f, value, readable);
  f.out.closeMap();
}

function readableUlimit(f: Fields, value: UlimitConfig): void {
  ulimit(f, value, true);
}

function dockerUlimit(f: Fields, value: UlimitConfig): void {
  ulimit(f, value, false);
}

/** Service network keys the stack schema's mapping form accepts. */
const NETWORK_KEY = /^[a-zA-Z0-9._-]+$/;

function serviceNetworks(f: Fields, networks: ServiceConfig['networks'], readable: boolean): void {
  if (readable && networks) {
    const keys = naturalKeys(networks);
    if (keys.some((k) => !NETWORK_KEY.test(k)) && keys.every((k) => networks[k] == null)) {
      f.list('networks', keys);
      return;
    }
  }
  f.sortedMap('networks', networks, serviceNetwork);
}

/** Writes the mapping for one service as a map value. */
export function serviceFields(f: Fields, s: ServiceConfig, opts: ServiceFormOptions): void {
  f.out.openMap(false);
  f.struct('build', s.build, buildConfig)
    .list('cap_add', s.cap_add)
    .list('cap_drop', s.cap_drop)
    .str('cgroupns_mode', s.cgroupns_mode)
    .str('cgroup_parent', s.cgroup_parent)
    .list('command', s.command)
    .items('configs', s.configs, fileReference)
    .str('container_name', s.container_name)
    .struct('credential_spec', s.credential_spec, credentialSpec)
    .list('depends_on', s.depends_on)
    .struct('deploy', s.deploy, deployFields)
    .list('devices', s.devices)
    .list('dns', s.dns)
    .list('dns_search', s.dns_search)
    .str('domainname', s.domainname)
    .list('entrypoint', s.entrypoint)
    .stringMap('environment', s.environment)
    .list('env_file', s.env_file)
    .list('expose', s.expose)
    .list('external_links', s.external_links)
    .list('extra_hosts', s.extra_hosts)
    .str('hostname', s.hostname)
    .map('healthcheck', s.healthcheck, healthcheck)
    .str('image', s.image)
    .ptr('init', s.init)
    .str('ipc', s.ipc)
    .str('isolation', s.isolation)
    .stringMap('labels', s.labels)
    .list('links', s.links)
    .map('logging', s.logging, logging)
    .str('mac_address', s.mac_address)
    .str('network_mode', s.network_mode);
  serviceNetworks(f, s.networks, opts.readable);
  f.str('pid', s.pid)
    .items('ports', s.ports, opts.shortSyntax ? shortPortItem : longPortItem)
    .bool('privileged', s.privileged)
    .bool('read_only', s.read_only)
    .str('restart', s.restart)
    .items('secrets', s.secrets, fileReference)
    .list('security_opt', s.security_opt)
    .str('shm_size', s.shm_size)
    .bool('stdin_open', s.stdin_open)
    .ptr('stop_grace_period', s.stop_grace_period)
    .str('stop_signal', s.stop_signal)
    .stringMap('sysctls', s.sysctls)
    .list('tmpfs', s.tmpfs)
    .bool('tty', s.tty)
    .sortedMap('ulimits', s.ulimits, opts.readable ? readableUlimit : dockerUlimit)
    .str('user', s.user)
    .str('userns_mode', s.userns_mode)
    .items('volumes', s.volumes, opts.shortSyntax ? shortVolumeItem : longVolumeItem)
    .str('working_dir', s.working_dir)
    .extensions(s.extensions);
  f.out.closeMap();
}
