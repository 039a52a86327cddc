/**
 * Top-level `networks`, `volumes`, `secrets` and `configs` entries in docker's struct order,
 * followed by their `x-*` keys (yaml.v3 prints an inline map after all struct fields).
 */

import type { FileObjectConfig, NetworkConfig, StackVersion, VolumeConfig } from '../../model/stack-config.js';
import { Fields, type EmitContext } from './fields.js';
import { supportsName } from './legacy-forms.js';
import { YMap, type YNode } from './yaml-node.js';

type Section = 'networks' | 'volumes' | 'secrets' | 'configs';

/**
 * Writes `name` and `external` the way the printed version can read back. Docker prints
 * `name: x` + `external: true`; versions without top-level `name:` get `external: {name: x}`
 * instead, or just `external: true` when the name is the key (the default name of an external
 * object is its key).
 */
function nameAndExternal(ctx: EmitContext, f: Fields, key: string, entry: { name?: string; external?: boolean }, version: StackVersion, section: Section, rest: (f: Fields) => void): void {
  if (supportsName(version, section) || !entry.external) {
    f.str('name', entry.name);
    rest(f);
    f.bool('external', entry.external);
    return;
  }
  rest(f);
  const name = entry.name && entry.name !== key ? entry.name : undefined;
  f.node('external', name ? new YMap().set('name', ctx.str(name)) : true);
}

/** A network definition; `null` (declared without options) prints `{}`. */
export function networkFields(ctx: EmitContext, key: string, n: NetworkConfig | null | undefined, version: StackVersion): YMap {
  const f = new Fields(ctx);
  if (!n) return f.map;
  nameAndExternal(ctx, f, key, n, version, 'networks', (g) =>
    g
      .str('driver', n.driver)
      .stringMap('driver_opts', n.driver_opts)
      .struct(
        'ipam',
        n.ipam &&
          new Fields(ctx)
            .str('driver', n.ipam.driver)
            .items('config', n.ipam.config, (c) => new Fields(ctx).str('subnet', c?.subnet).map).map,
      ),
  );
  f.bool('internal', n.internal).bool('attachable', n.attachable).stringMap('labels', n.labels);
  ctx.extensions(f.map, n.extensions);
  return f.map;
}

type Loose = Record<string, unknown> | undefined;

function asRecord(v: unknown): Loose {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(String) : undefined;
}

/** `x-cluster-spec` (a `*ClusterVolumeSpec`) in struct order; sizes print as quoted byte counts. */
function clusterSpec(ctx: EmitContext, spec: unknown): YNode | undefined {
  const s = asRecord(spec);
  if (!s) return spec === undefined ? undefined : ctx.extension(spec);
  const am = asRecord(s.access_mode);
  const mv = asRecord(am?.mount_volume);
  const ar = asRecord(s.accessibility_requirements);
  const cr = asRecord(s.capacity_range);
  const topology = (t: unknown): YMap => new Fields(ctx).stringMap('segments', asRecord(asRecord(t)?.segments) as Record<string, string>).map;
  return new Fields(ctx)
    .str('group', s.group as string)
    .node(
      'access_mode',
      am &&
        new Fields(ctx)
          .str('scope', am.scope as string)
          .str('sharing', am.sharing as string)
          .node('mount_volume', mv && new Fields(ctx).str('fs_type', mv.fs_type as string).list('mount_flags', strings(mv.mount_flags)).map)
          .node('block_volume', am.block_volume ? new YMap() : undefined).map,
    )
    .node(
      'accessibility_requirements',
      ar &&
        new Fields(ctx)
          .items('requisite', ar.requisite as unknown[] | undefined, topology)
          .items('preferred', ar.preferred as unknown[] | undefined, topology).map,
    )
    .node('capacity_range', cr && new Fields(ctx).bytes('required_bytes', cr.required_bytes as number).bytes('limit_bytes', cr.limit_bytes as number).map)
    .items('secrets', s.secrets as unknown[] | undefined, (x) => new Fields(ctx).str('key', asRecord(x)?.key as string).str('secret', asRecord(x)?.secret as string).map)
    .str('availability', s.availability as string).map;
}

/** A volume definition; `null` prints `{}`. */
export function volumeFields(ctx: EmitContext, key: string, v: VolumeConfig | null | undefined, version: StackVersion): YMap {
  const f = new Fields(ctx);
  if (!v) return f.map;
  nameAndExternal(ctx, f, key, v, version, 'volumes', (g) => g.str('driver', v.driver).stringMap('driver_opts', v.driver_opts));
  f.stringMap('labels', v.labels).node('x-cluster-spec', clusterSpec(ctx, v['x-cluster-spec']));
  ctx.extensions(f.map, v.extensions);
  return f.map;
}

/** A secret or config definition. */
export function fileObjectFields(ctx: EmitContext, key: string, o: FileObjectConfig | null | undefined, version: StackVersion, section: 'secrets' | 'configs'): YMap {
  const f = new Fields(ctx);
  if (!o) return f.map;
  nameAndExternal(ctx, f, key, o, version, section, (g) => g.str('file', o.file));
  f.stringMap('labels', o.labels).str('driver', o.driver).stringMap('driver_opts', o.driver_opts).str('template_driver', o.template_driver);
  ctx.extensions(f.map, o.extensions);
  return f.map;
}
