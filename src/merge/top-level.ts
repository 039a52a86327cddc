/**
 * Top-level sections (stack-deploy.md §2.1, §7 item 12): `networks`, `volumes`, `secrets` and
 * `configs` are merged by key with the override's entry replacing the base's entirely (docker uses
 * `mergo.Map` on maps of structs, which never descends into the values). `version` and the
 * top-level `x-*` keys stay the base file's: docker's merge never reads the override's.
 */
import type { StackConfig } from '../model/stack-config.js';
import { unionMap } from './scalars.js';

/**
 * Replace-per-key merge of one top-level resource section: an override entry replaces the base
 * entry whole, which is exactly the string-map union rule one level up.
 */
export const replaceByKey = unionMap;

/** The non-service part of the merge: every top-level field except `services`. */
export function mergeTopLevel(
  base: StackConfig,
  override: StackConfig,
): Omit<StackConfig, 'services'> {
  const out: Omit<StackConfig, 'services'> = { version: base.version };
  const networks = replaceByKey(base.networks, override.networks);
  const volumes = replaceByKey(base.volumes, override.volumes);
  const secrets = replaceByKey(base.secrets, override.secrets);
  const configs = replaceByKey(base.configs, override.configs);
  if (networks !== undefined) out.networks = networks;
  if (volumes !== undefined) out.volumes = volumes;
  if (secrets !== undefined) out.secrets = secrets;
  if (configs !== undefined) out.configs = configs;
  if (base.extensions !== undefined) out.extensions = base.extensions;
  return out;
}
