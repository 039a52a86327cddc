/**
 * One service: every field docker's `ServiceConfig` knows, in long syntax (§1.8). Keys docker
 * does not decode are dropped (notably `oom_score_adj`, spec §7 #1); `x-*` keys are kept.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { BuildConfig, ServiceConfig, ServiceNetworkConfig } from '../model/stack-config.js';
import { normalizeDeploy } from './deploy.js';
import { readDuration } from './duration-field.js';
import { resolveEnvironment } from './environment.js';
import { normalizeFileReferences } from './file-refs.js';
import { formatGoValue } from './go-format.js';
import { normalizeHealthcheck } from './healthcheck.js';
import {
  copyExtensions,
  nonEmptyString,
  nullableMapToRecord,
  setOwn,
  toHostsList,
  toNullableStringMap,
  toPlainList,
  toStringList,
  toStringMap,
  toStringOrNumberList,
} from './mappings.js';
import { goTypeName, normalizePorts } from './ports.js';
import { decodeErrorText, isRecord, reportError, type Scope } from './scope.js';
import { shlexSplit } from './shlex.js';
import { normalizeUlimits } from './ulimits.js';
import { normalizeServiceVolumes } from './volumes.js';

/** Plain string fields, omitted when empty. */
const STRING_FIELDS = [
  'cgroupns_mode',
  'cgroup_parent',
  'container_name',
  'domainname',
  'hostname',
  'image',
  'ipc',
  'isolation',
  'mac_address',
  'network_mode',
  'pid',
  'restart',
  'stop_signal',
  'user',
  'userns_mode',
  'working_dir',
] as const;

/** Plain string-list fields, omitted when empty. */
const LIST_FIELDS = ['cap_add', 'cap_drop', 'depends_on', 'devices', 'external_links', 'links', 'security_opt'] as const;

/** Boolean fields docker prints only when true. */
const BOOL_FIELDS = ['privileged', 'read_only', 'stdin_open', 'tty'] as const;

/** `command` / `entrypoint`: a string is split shell-style; a list is used verbatim. */
function shellCommand(value: unknown, path: DocPath, scope: Scope, goName: string): string[] | undefined {
  if (typeof value === 'string') {
    const split = shlexSplit(value);
    if (!split.ok) {
      reportError(scope, 'shlex', path, `cannot split ${goName.toLowerCase()}: ${split.error}`, {
        dockerMessage: decodeErrorText(goName, split.error),
      });
      return undefined;
    }
    return split.words.length > 0 ? split.words : undefined;
  }
  return toPlainList(value);
}

function build(value: unknown): BuildConfig | undefined {
  if (typeof value === 'string') return value === '' ? {} : { context: value };
  if (!isRecord(value)) return undefined;
  const out: BuildConfig = {};
  for (const key of ['context', 'dockerfile', 'network', 'target'] as const) {
    const s = nonEmptyString(value[key]);
    if (s) out[key] = s;
  }
  const args = nullableMapToRecord(toNullableStringMap(value.args));
  if (args) out.args = args;
  const labels = toStringMap(value.labels);
  if (labels) out.labels = labels;
  const cacheFrom = toStringList(value.cache_from);
  if (cacheFrom) out.cache_from = cacheFrom;
  const hosts = toHostsList(value.extra_hosts);
  if (hosts) out.extra_hosts = hosts;
  return out;
}

/** Service `networks`: a list `[a]` becomes `{a: null}`; mapping entries keep null or options. */
function networks(value: unknown): Record<string, ServiceNetworkConfig | null> | undefined {
  let out: Record<string, ServiceNetworkConfig | null> | undefined;
  if (Array.isArray(value)) {
    for (const name of value) setOwn((out ??= {}), formatGoValue(name), null);
  } else if (isRecord(value)) {
    for (const name in value) {
      if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
      const entry = value[name];
      if (!isRecord(entry)) {
        setOwn((out ??= {}), name, null);
        continue;
      }
      const net: ServiceNetworkConfig = {};
      const aliases = toPlainList(entry.aliases);
      if (aliases) net.aliases = aliases;
      const opts = toStringMap(entry.driver_opts);
      if (opts) net.driver_opts = opts;
      const v4 = nonEmptyString(entry.ipv4_address);
      if (v4) net.ipv4_address = v4;
      const v6 = nonEmptyString(entry.ipv6_address);
      if (v6) net.ipv6_address = v6;
      setOwn((out ??= {}), name, net);
    }
  }
  return out;
}

function logging(value: unknown): ServiceConfig['logging'] {
  if (!isRecord(value)) return undefined;
  const out: NonNullable<ServiceConfig['logging']> = {};
  const driver = nonEmptyString(value.driver);
  if (driver) out.driver = driver;
  const options = isRecord(value.options) ? toStringMap(value.options) : undefined;
  if (options) out.options = options;
  return out;
}

/**
 * `shm_size` is a string field in docker's struct although the schema allows numbers: a number
 * fails docker's decoding (verified: `'shm_size' expected type 'string', got unconvertible type 'int'`).
 */
function shmSize(value: unknown, path: DocPath, scope: Scope): string | undefined {
  if (typeof value === 'number') {
    const type = goTypeName(value);
    const text = `'shm_size' expected type 'string', got unconvertible type '${type}', value: '${formatGoValue(value)}'`;
    reportError(scope, 'invalid-type', path, 'shm_size must be a string such as "64m", not a number', {
      dockerMessage: `decoding failed due to the following error(s):\n\n${text}`,
    });
    return undefined;
  }
  return nonEmptyString(value);
}

/** Normalizes one service definition found at `path` (`['services', name]`). */
export function normalizeService(value: unknown, path: DocPath, scope: Scope): ServiceConfig {
  const svc = isRecord(value) ? value : {};
  // Paths are built only for fields the service has (the normalizers return undefined for absent ones).
  const at = (key: string): DocPath => [...path, key];
  const out: ServiceConfig = {};
  const set = <K extends keyof ServiceConfig>(key: K, v: ServiceConfig[K] | undefined): void => {
    if (v !== undefined) out[key] = v;
  };

  if ('build' in svc) set('build', build(svc.build));
  // Indexed loops with the checks inline: these run for every service, mostly on absent keys.
  for (let i = 0; i < STRING_FIELDS.length; i++) {
    const key = STRING_FIELDS[i]!;
    const v = svc[key];
    if (typeof v === 'string' && v !== '') out[key] = v;
  }
  if (svc.shm_size !== undefined) set('shm_size', shmSize(svc.shm_size, at('shm_size'), scope));
  for (let i = 0; i < LIST_FIELDS.length; i++) {
    const key = LIST_FIELDS[i]!;
    const v = svc[key];
    if (Array.isArray(v) && v.length > 0) out[key] = toPlainList(v);
  }
  for (let i = 0; i < BOOL_FIELDS.length; i++) if (svc[BOOL_FIELDS[i]!] === true) out[BOOL_FIELDS[i]!] = true;
  if (typeof svc.init === 'boolean') out.init = svc.init; // *bool: false is printed

  if (svc.command !== undefined) set('command', shellCommand(svc.command, at('command'), scope, 'Command'));
  if (svc.entrypoint !== undefined) set('entrypoint', shellCommand(svc.entrypoint, at('entrypoint'), scope, 'Entrypoint'));
  if (svc.configs !== undefined) set('configs', normalizeFileReferences(svc.configs, at('configs'), scope, 'Configs'));
  if (svc.secrets !== undefined) set('secrets', normalizeFileReferences(svc.secrets, at('secrets'), scope, 'Secrets'));
  if (isRecord(svc.credential_spec)) {
    const cs: NonNullable<ServiceConfig['credential_spec']> = {};
    for (const key of ['config', 'file', 'registry'] as const) {
      const s = nonEmptyString(svc.credential_spec[key]);
      if (s) cs[key] = s;
    }
    if (Object.keys(cs).length > 0) out.credential_spec = cs;
  }
  if (svc.deploy !== undefined) set('deploy', normalizeDeploy(svc.deploy, at('deploy'), scope));
  set('dns', toStringList(svc.dns));
  set('dns_search', toStringList(svc.dns_search));
  set('tmpfs', toStringList(svc.tmpfs));
  set('env_file', toStringList(svc.env_file)); // printed as written, not absolutized
  set('expose', toStringOrNumberList(svc.expose));
  set('extra_hosts', toHostsList(svc.extra_hosts));
  if (svc.healthcheck !== undefined) set('healthcheck', normalizeHealthcheck(svc.healthcheck, at('healthcheck'), scope));
  set('labels', toStringMap(svc.labels));
  set('logging', logging(svc.logging));
  set('networks', networks(svc.networks));
  if (svc.ports !== undefined && svc.ports !== null) set('ports', normalizePorts(svc.ports, at('ports'), scope));
  if (svc.stop_grace_period !== undefined) {
    const grace = readDuration(svc.stop_grace_period, at('stop_grace_period'), scope, 'stop_grace_period');
    if (grace) out.stop_grace_period = grace.text;
  }
  set('sysctls', toStringMap(svc.sysctls));
  if (svc.ulimits !== undefined) set('ulimits', normalizeUlimits(svc.ulimits, at('ulimits'), scope));
  // Docker resolves the environment after decoding, then bind paths (loader.go: LoadService).
  set('environment', resolveEnvironment(svc, path, scope));
  if (svc.volumes !== undefined) set('volumes', normalizeServiceVolumes(svc.volumes, at('volumes'), scope));

  const extensions = copyExtensions(svc);
  if (extensions) out.extensions = extensions;
  return out;
}
