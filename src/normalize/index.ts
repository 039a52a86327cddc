/**
 * The normalize stage: one file's interpolated, schema-valid data → {@link StackConfig}, with the
 * shape normalizations, env-file resolution and path resolution docker performs while loading
 * (spec §1.8–§1.11). Problems are reported as `normalize/*` diagnostics; nothing throws.
 */
import type { Report } from '../diagnostics/diagnostic.js';
import type { ServiceConfig, StackConfig } from '../model/stack-config.js';
import type { Env, ReadFile } from '../options.js';
import { copyExtensions, setOwn } from './mappings.js';
import { isRecord, type Scope } from './scope.js';
import { normalizeService } from './service.js';
import { normalizeConfigs, normalizeNetworks, normalizeSecrets, normalizeVolumes } from './top-level.js';

/** What normalizing one file needs from the caller. */
export interface NormalizeContext {
  /** Display name, for diagnostics. */
  file: string;
  /** Absolute: the directory of the FIRST -f file (docker resolves every file's relative paths against it). */
  workingDir: string;
  /** Process environment: value-less environment keys, env_file bare keys, HOME for `~`. */
  env: Env;
  /** For env_file (read at load time, like docker). */
  readFile: ReadFile;
  /** Normalized version, e.g. "3.8". */
  version: string;
}

/** Normalize one file's interpolated, schema-valid data. Never mutates `data`. */
export function normalizeDocument(data: unknown, ctx: NormalizeContext, report: Report): StackConfig {
  const scope: Scope = { ...ctx, report };
  const doc = isRecord(data) ? data : {};
  const services: Record<string, ServiceConfig> = {};
  if (isRecord(doc.services)) {
    const defs = doc.services;
    for (const name in defs) {
      if (Object.prototype.hasOwnProperty.call(defs, name)) setOwn(services, name, normalizeService(defs[name], ['services', name], scope));
    }
  }
  const out: StackConfig = { version: ctx.version, services };
  const networks = normalizeNetworks(doc.networks, scope);
  if (networks) out.networks = networks;
  const volumes = normalizeVolumes(doc.volumes, scope);
  if (volumes) out.volumes = volumes;
  const secrets = normalizeSecrets(doc.secrets, scope);
  if (secrets) out.secrets = secrets;
  const configs = normalizeConfigs(doc.configs, scope);
  if (configs) out.configs = configs;
  const extensions = copyExtensions(doc);
  if (extensions) out.extensions = extensions;
  return out;
}
