/**
 * Service volumes → `ContainerSpec.Mounts` (stack-deploy.md §4.6), one handler per mount type,
 * each rejecting the option blocks of other types the way docker does — but before any step,
 * where docker only fails after creating the stack's networks, secrets and configs.
 */
import type { ServiceVolumeConfig, StackConfig } from '../../model/stack-config.js';
import { compact, goJsonMap, nonZero } from './go-order.js';
import { objectName, withStackLabel } from './namespace.js';
import type { ServiceProblems } from './problems.js';

type Block = 'bind' | 'volume' | 'tmpfs';

/** A mount, or docker's error text (without the `service <svc>: ` prefix). */
type MountResult = { ok: true; mount: Record<string, unknown> } | { ok: false; error: string; slug: string };

const fail = (slug: string, error: string): MountResult => ({ ok: false, error, slug });

/** The first option block present among `blocks`, in docker's checking order. */
function foreignBlock(volume: ServiceVolumeConfig, blocks: readonly Block[]): Block | undefined {
  return blocks.find((b) => volume[b] !== undefined);
}

function incompatible(block: Block, type: string): MountResult {
  return fail('incompatible-mount-options', `${block} options are incompatible with type ${type}`);
}

/** Fields every type shares, in the Go struct order. */
function base(volume: ServiceVolumeConfig): Record<string, unknown> {
  return {
    Type: nonZero(volume.type),
    Source: nonZero(volume.source),
    Target: nonZero(volume.target),
    ReadOnly: nonZero(volume.read_only),
    Consistency: nonZero(volume.consistency),
  };
}

function bindOptions(volume: ServiceVolumeConfig): Record<string, unknown> | undefined {
  return volume.bind === undefined ? undefined : compact({ Propagation: nonZero(volume.bind.propagation) });
}

function volumeMount(volume: ServiceVolumeConfig, config: StackConfig, stack: string): MountResult {
  const type = volume.type === '' || volume.type === undefined ? 'volume' : volume.type;
  const foreign = foreignBlock(volume, ['tmpfs', 'bind']);
  if (foreign) return incompatible(foreign, type);
  const source = volume.source ?? '';
  // An anonymous volume: the engine makes one; `volume:` options are dropped, as docker does.
  if (source === '') return { ok: true, mount: compact(base(volume)) };
  const def = config.volumes?.[source];
  if (def === undefined) return fail('undefined-volume', `undefined volume "${source}"`);
  const external = def?.external === true;
  const hasDriver = (def?.driver ?? '') !== '' || def?.driver_opts !== undefined;
  const options = compact({
    NoCopy: nonZero(volume.volume?.nocopy),
    Labels: external ? undefined : withStackLabel(stack, def?.labels),
    Subpath: nonZero(volume.volume?.subpath),
    DriverConfig: external || !hasDriver
      ? undefined
      : compact({ Name: nonZero(def?.driver), Options: def?.driver_opts && Object.keys(def.driver_opts).length > 0 ? goJsonMap(def.driver_opts) : undefined }),
  });
  return { ok: true, mount: compact({ ...base(volume), Source: objectName(stack, source, def), VolumeOptions: options }) };
}

function bindMount(volume: ServiceVolumeConfig): MountResult {
  if ((volume.source ?? '') === '') return fail('empty-mount-source', 'invalid bind source, source cannot be empty');
  const foreign = foreignBlock(volume, ['volume', 'tmpfs']);
  if (foreign) return incompatible(foreign, 'bind');
  return { ok: true, mount: compact({ ...base(volume), BindOptions: bindOptions(volume) }) };
}

function tmpfsMount(volume: ServiceVolumeConfig): MountResult {
  if ((volume.source ?? '') !== '') return fail('tmpfs-source', 'invalid tmpfs source, source must be empty');
  const foreign = foreignBlock(volume, ['bind', 'volume']);
  if (foreign) return incompatible(foreign, 'tmpfs');
  const tmpfs = volume.tmpfs === undefined ? undefined : compact({ SizeBytes: nonZero(volume.tmpfs.size) });
  return { ok: true, mount: compact({ ...base(volume), TmpfsOptions: tmpfs }) };
}

function npipeMount(volume: ServiceVolumeConfig): MountResult {
  if ((volume.source ?? '') === '') return fail('empty-mount-source', 'invalid npipe source, source cannot be empty');
  const foreign = foreignBlock(volume, ['volume', 'tmpfs']);
  if (foreign) return incompatible(foreign, 'npipe');
  return { ok: true, mount: compact({ ...base(volume), BindOptions: bindOptions(volume) }) };
}

function imageMount(volume: ServiceVolumeConfig): MountResult {
  if ((volume.source ?? '') === '') return fail('empty-mount-source', 'invalid image source, source cannot be empty');
  const foreign = foreignBlock(volume, ['volume', 'bind', 'tmpfs']);
  if (foreign) return incompatible(foreign, 'image');
  return { ok: true, mount: compact(base(volume)) };
}

function clusterMount(volume: ServiceVolumeConfig, config: StackConfig, stack: string): MountResult {
  const foreign = foreignBlock(volume, ['bind', 'volume', 'tmpfs']);
  if (foreign) return incompatible(foreign, 'cluster');
  const source = volume.source ?? '';
  // `group:<x>` names a cluster volume group, passed through unscoped.
  if (source.startsWith('group:')) return { ok: true, mount: compact({ ...base(volume), ClusterOptions: {} }) };
  const def = config.volumes?.[source];
  if (def === undefined) return fail('undefined-volume', `undefined volume "${source}"`);
  return { ok: true, mount: compact({ ...base(volume), Source: objectName(stack, source, def), ClusterOptions: {} }) };
}

function convertMount(volume: ServiceVolumeConfig, config: StackConfig, stack: string): MountResult {
  switch (volume.type ?? '') {
    case '':
    case 'volume':
      return volumeMount(volume, config, stack);
    case 'bind':
      return bindMount(volume);
    case 'tmpfs':
      return tmpfsMount(volume);
    case 'npipe':
      return npipeMount(volume);
    case 'image':
      return imageMount(volume);
    case 'cluster':
      return clusterMount(volume, config, stack);
    default:
      return fail('unknown-mount-type', 'volume type must be volume, bind, tmpfs, npipe, or cluster');
  }
}

/**
 * `ContainerSpec.Mounts`, in the merged config's order (absent when there are none). Reports
 * `plan/undefined-volume`, `plan/incompatible-mount-options`, `plan/empty-mount-source`,
 * `plan/tmpfs-source`, `plan/unknown-mount-type`.
 */
export function convertMounts(
  volumes: readonly ServiceVolumeConfig[] | undefined,
  config: StackConfig,
  stack: string,
  problems: ServiceProblems,
): Record<string, unknown>[] | undefined {
  if (volumes === undefined || volumes.length === 0) return undefined;
  const mounts: Record<string, unknown>[] = [];
  volumes.forEach((volume, i) => {
    const result = convertMount(volume, config, stack);
    if (result.ok) mounts.push(result.mount);
    else problems.fail(result.slug, ['volumes', i], result.error, result.error, { target: volume.target });
  });
  return mounts;
}
