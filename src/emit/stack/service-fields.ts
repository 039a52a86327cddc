/**
 * One service in docker's struct order (stack-deploy.md §3.1), then its `x-*` keys in natural
 * order. Nested structs follow `cli/compose/types` field order and omitempty rules.
 */

import type {
  FileReference,
  HealthCheckConfig,
  PortConfig,
  ServiceConfig,
  ServiceNetworkConfig,
  ServiceVolumeConfig,
  UlimitConfig,
} from '../../model/stack-config.js';
import { deployFields } from './deploy-fields.js';
import { Fields, type EmitContext } from './fields.js';
import { shortPort, shortVolume } from './legacy-forms.js';
import { naturalKeys } from './natural-sort.js';
import { YMap, type YNode } from './yaml-node.js';

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

function fileReference(ctx: EmitContext, r: FileReference): YMap {
  // `mode` is a *uint32: it prints when set, even 0.
  return new Fields(ctx).str('source', r.source).str('target', r.target).str('uid', r.uid).str('gid', r.gid).ptr('mode', r.mode).map;
}

function port(ctx: EmitContext, p: PortConfig, short: boolean): YNode {
  const s = short ? shortPort(p) : undefined;
  if (s !== undefined) return s;
  return new Fields(ctx).str('mode', p.mode).int('target', p.target).int('published', p.published).str('protocol', p.protocol).map;
}

/** Loose view of optional volume sub-structs docker 28 has beyond the shared model. */
interface VolumeExtras {
  image?: { subpath?: string };
  cluster?: Record<string, never>;
}

function volume(ctx: EmitContext, v: ServiceVolumeConfig & VolumeExtras, short: boolean): YNode {
  const s = short ? shortVolume(v) : undefined;
  if (s !== undefined) return ctx.str(s);
  const f = new Fields(ctx)
    .str('type', v.type)
    .str('source', v.source)
    .str('target', v.target)
    .bool('read_only', v.read_only)
    .str('consistency', v.consistency)
    .node('bind', v.bind && new Fields(ctx).str('propagation', v.bind.propagation).map)
    .node('volume', v.volume && new Fields(ctx).bool('nocopy', v.volume.nocopy).str('subpath', v.volume.subpath).map)
    .node('image', v.image && new Fields(ctx).str('subpath', v.image.subpath).map)
    .node('tmpfs', v.tmpfs && new Fields(ctx).int('size', v.tmpfs.size).map)
    .node('cluster', v.cluster && new YMap());
  return f.map;
}

function healthcheck(ctx: EmitContext, h: HealthCheckConfig): YMap {
  return new Fields(ctx)
    .list('test', h.test)
    .ptr('timeout', h.timeout)
    .ptr('interval', h.interval)
    .ptr('retries', h.retries)
    .ptr('start_period', h.start_period)
    .ptr('start_interval', h.start_interval)
    .bool('disable', h.disable).map;
}

function serviceNetwork(ctx: EmitContext, n: ServiceNetworkConfig | null | undefined): YNode {
  // A *ServiceNetworkConfig: nil prints `null`, an all-empty one prints `{}`.
  if (n === null || n === undefined) return null;
  return new Fields(ctx)
    .list('aliases', n.aliases)
    .stringMap('driver_opts', n.driver_opts)
    .str('ipv4_address', n.ipv4_address)
    .str('ipv6_address', n.ipv6_address).map;
}

function ulimit(value: UlimitConfig, readable: boolean): YNode {
  // UlimitsConfig.MarshalYAML: a non-zero single value prints as a scalar, else `{soft, hard}`
  // with zero fields omitted, which docker's schema (both required) then rejects.
  if (typeof value === 'number') return value !== 0 || readable ? value : new YMap();
  const m = new YMap();
  if (value.soft || readable) m.set('soft', value.soft ?? 0);
  if (value.hard || readable) m.set('hard', value.hard ?? 0);
  return m;
}

/** Service network keys the stack schema's mapping form accepts. */
const NETWORK_KEY = /^[a-zA-Z0-9._-]+$/;

function serviceNetworks(ctx: EmitContext, networks: ServiceConfig['networks'], readable: boolean): YNode | undefined {
  if (readable && networks) {
    const keys = naturalKeys(networks);
    if (keys.some((k) => !NETWORK_KEY.test(k)) && keys.every((k) => networks[k] == null)) return keys.map((k) => ctx.str(k));
  }
  return sortedMap(networks, (n) => serviceNetwork(ctx, n));
}

function sortedMap<T>(record: Readonly<Record<string, T>> | undefined, build: (v: T) => YNode): YMap | undefined {
  if (!record) return undefined;
  const keys = naturalKeys(record);
  if (keys.length === 0) return undefined;
  const m = new YMap();
  for (const k of keys) m.set(k, build(record[k]!));
  return m;
}

/** The mapping for one service. */
export function serviceFields(ctx: EmitContext, s: ServiceConfig, opts: ServiceFormOptions): YMap {
  const b = s.build;
  const cs = s.credential_spec;
  const f = new Fields(ctx)
    .struct(
      'build',
      b &&
        new Fields(ctx)
          .str('context', b.context)
          .str('dockerfile', b.dockerfile)
          .stringMap('args', b.args)
          .stringMap('labels', b.labels)
          .list('cache_from', b.cache_from)
          .list('extra_hosts', b.extra_hosts)
          .str('network', b.network)
          .str('target', b.target).map,
    )
    .list('cap_add', s.cap_add)
    .list('cap_drop', s.cap_drop)
    .str('cgroupns_mode', s.cgroupns_mode)
    .str('cgroup_parent', s.cgroup_parent)
    .list('command', s.command)
    .items('configs', s.configs, (r) => fileReference(ctx, r))
    .str('container_name', s.container_name)
    .struct('credential_spec', cs && new Fields(ctx).str('config', cs.config).str('file', cs.file).str('registry', cs.registry).map)
    .list('depends_on', s.depends_on)
    .struct('deploy', s.deploy && deployFields(ctx, s.deploy))
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
    .node('healthcheck', s.healthcheck && healthcheck(ctx, s.healthcheck))
    .str('image', s.image)
    .ptr('init', s.init)
    .str('ipc', s.ipc)
    .str('isolation', s.isolation)
    .stringMap('labels', s.labels)
    .list('links', s.links)
    .node('logging', s.logging && new Fields(ctx).str('driver', s.logging.driver).stringMap('options', s.logging.options).map)
    .str('mac_address', s.mac_address)
    .str('network_mode', s.network_mode)
    .node('networks', serviceNetworks(ctx, s.networks, opts.readable))
    .str('pid', s.pid)
    .items('ports', s.ports, (p) => port(ctx, p, opts.shortSyntax))
    .bool('privileged', s.privileged)
    .bool('read_only', s.read_only)
    .str('restart', s.restart)
    .items('secrets', s.secrets, (r) => fileReference(ctx, r))
    .list('security_opt', s.security_opt)
    .str('shm_size', s.shm_size)
    .bool('stdin_open', s.stdin_open)
    .ptr('stop_grace_period', s.stop_grace_period)
    .str('stop_signal', s.stop_signal)
    .stringMap('sysctls', s.sysctls)
    .list('tmpfs', s.tmpfs)
    .bool('tty', s.tty)
    .node('ulimits', sortedMap(s.ulimits, (u) => ulimit(u, opts.readable)))
    .str('user', s.user)
    .str('userns_mode', s.userns_mode)
    .items('volumes', s.volumes, (v) => volume(ctx, v, opts.shortSyntax))
    .str('working_dir', s.working_dir);
  ctx.extensions(f.map, s.extensions);
  return f.map;
}
