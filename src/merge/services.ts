/**
 * Service merge (stack-deploy.md §2.1 `services`, §2.2): a service only in the override is
 * added as is; a service in both files is deep-merged with one rule per field of
 * `ServiceConfig` (its Go type decides the rule). Key order carries no meaning in the model;
 * emit sorts services, so we only need to be deterministic.
 */
import type { BuildConfig, ServiceConfig } from '../model/stack-config.js';
import type { MergeContext } from './context.js';
import { deployRules, healthcheckRules } from './deploy.js';
import { mergeEnvironment } from './environment.js';
import { mergeExtensions } from './extensions.js';
import { mergeFileReferences, mergePorts, mergeServiceVolumes } from './keyed-lists.js';
import { mergeLogging } from './logging.js';
import { mergeServiceNetworks } from './networks.js';
import { mergeUlimits } from './ulimits.js';
import {
  appendList,
  mergeFields,
  overrideString,
  overrideTrue,
  pointerBool,
  pointerDuration,
  pointerStruct,
  replaceIfNonEmpty,
  unionMap,
  valueStruct,
  type StructRules,
} from './scalars.js';

type CredentialSpec = NonNullable<ServiceConfig['credential_spec']>;

/** `build` is a value struct ("field-wise"; irrelevant for deploy but printed by `stack config`). */
export const buildRules: StructRules<BuildConfig> = {
  context: overrideString,
  dockerfile: overrideString,
  args: mergeEnvironment,
  labels: unionMap,
  cache_from: appendList,
  extra_hosts: appendList,
  network: overrideString,
  target: overrideString,
};

/** `credential_spec` is a value struct of strings. */
export const credentialSpecRules: StructRules<CredentialSpec> = {
  config: overrideString,
  file: overrideString,
  registry: overrideString,
};

/** One rule per service field, in docker's struct order. */
export const serviceRules: StructRules<ServiceConfig> = {
  build: valueStruct(buildRules),
  cap_add: appendList,
  cap_drop: appendList,
  cgroupns_mode: overrideString,
  cgroup_parent: overrideString,
  command: replaceIfNonEmpty,
  configs: mergeFileReferences,
  container_name: overrideString,
  credential_spec: valueStruct(credentialSpecRules),
  depends_on: appendList,
  deploy: valueStruct(deployRules),
  devices: appendList,
  dns: appendList,
  dns_search: appendList,
  domainname: overrideString,
  entrypoint: replaceIfNonEmpty,
  environment: mergeEnvironment,
  env_file: appendList,
  expose: appendList,
  external_links: appendList,
  extra_hosts: appendList,
  hostname: overrideString,
  healthcheck: pointerStruct(healthcheckRules),
  image: overrideString,
  init: pointerBool,
  ipc: overrideString,
  isolation: overrideString,
  labels: unionMap,
  links: appendList,
  logging: mergeLogging,
  mac_address: overrideString,
  network_mode: overrideString,
  networks: mergeServiceNetworks,
  pid: overrideString,
  ports: mergePorts,
  privileged: overrideTrue,
  read_only: overrideTrue,
  restart: overrideString,
  secrets: mergeFileReferences,
  security_opt: appendList,
  shm_size: overrideString,
  stdin_open: overrideTrue,
  stop_grace_period: pointerDuration,
  stop_signal: overrideString,
  sysctls: unionMap,
  tmpfs: appendList,
  tty: overrideTrue,
  ulimits: mergeUlimits,
  user: overrideString,
  userns_mode: overrideString,
  volumes: mergeServiceVolumes,
  working_dir: overrideString,
  // `x-*` keys sit directly under the service in the file, so report them without `extensions`.
  extensions: (base, override, ctx) => mergeExtensions(base, override, { ...ctx, path: ctx.path.slice(0, -1) }),
};

/** Deep-merge one service present in both files. */
export function mergeService(base: ServiceConfig, override: ServiceConfig, ctx: MergeContext): ServiceConfig {
  return mergeFields(serviceRules, base, override, ctx);
}

/** Merge the `services` maps: add new services, deep-merge the ones in both. */
export function mergeServices(
  base: Record<string, ServiceConfig>,
  override: Record<string, ServiceConfig>,
  ctx: MergeContext,
): Record<string, ServiceConfig> {
  const out: Record<string, ServiceConfig> = { ...base };
  for (const [name, service] of Object.entries(override)) {
    // No copies: every field rule builds new containers for what it changes and never writes into
    // its inputs, so both services stay intact and untouched parts are shared, like whole services.
    out[name] = Object.hasOwn(base, name)
      ? mergeService(base[name]!, service, { ...ctx, service: name, path: ['services', name] })
      : service;
  }
  return out;
}
