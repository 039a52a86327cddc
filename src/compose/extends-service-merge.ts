/**
 * compose's per-attribute merge rules for a service (compose-spec.md §2.4), used when a service
 * extends another (the extending service is the override) and when an included service meets a
 * local one of the same name.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import {
  appendUniqueRule,
  asList,
  keyValueRule,
  mappingRule,
  mergeDefault,
  mergeMapping,
  namedEntriesRule,
  replaceEntriesRule,
  replaceRule,
  type MergeRule,
  type OnConflict,
} from './extends-merge.js';
import {
  keyBeforeEquals,
  keyConfigTarget,
  keyDeviceTarget,
  keyEnvFile,
  keyPort,
  keySecretTarget,
  keyText,
  keyVolumeTarget,
} from './extends-unicity.js';
import { cloneValue, isMapping, scalarText, type Mapping } from './extends-values.js';

/**
 * `extra_hosts`: both sides as `host:ip` items, appended, dropping override items equal to a base
 * item. Two mappings merge by host name.
 */
const extraHostsRule: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  if (isMapping(base) && isMapping(override)) return mergeMapping(base, override, path, onConflict, replaceAll(override));
  // `host:ip` rather than compose-go's `host=ip`: the form docker stack's list syntax reads.
  const items = (v: unknown): unknown[] =>
    isMapping(v) ? Object.entries(v).flatMap(([h, ip]) => asList(ip).map((x) => `${h}:${scalarText(x)}`)) : asList(v);
  const b = items(cloneValue(base));
  const seen = new Set(b.map((x) => scalarText(x)));
  return [...b, ...items(cloneValue(override)).filter((x) => !seen.has(scalarText(x)))];
};

function replaceAll(override: Mapping): Record<string, MergeRule> {
  const rules: Record<string, MergeRule> = {};
  for (const k of Object.keys(override)) rules[k] = (_b, o) => cloneValue(o);
  return rules;
}

/** `build`: the string form is `{context: …}`, then a mapping merge with build's own rules. */
const buildRule: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  const asMap = (v: unknown): unknown => (typeof v === 'string' ? { context: v } : v);
  return mappingRule({
    args: keyValueRule,
    labels: keyValueRule,
    additional_contexts: keyValueRule,
    extra_hosts: extraHostsRule,
    tags: appendUniqueRule(keyText),
  })(asMap(base), asMap(override), path, onConflict);
};

/** `logging`: a different driver on both sides replaces the whole block (the base's options would not apply). */
const loggingRule: MergeRule = (base, override, path, onConflict) => {
  if (isMapping(base) && isMapping(override) && base.driver !== undefined && override.driver !== undefined && base.driver !== override.driver) {
    return cloneValue(override);
  }
  return mergeDefault(base, override, path, onConflict);
};

/** A service network entry: aliases and link-local IPs append; a null entry keeps the base's. */
const networkEntryRule: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  if (base === null || base === undefined) return cloneValue(override);
  return mappingRule({ aliases: appendUniqueRule(keyText), link_local_ips: appendUniqueRule(keyText) })(base, override, path, onConflict);
};

/** A dependency entry: each of `condition`, `restart`, `required` replaced on its own. */
const dependencyEntryRule: MergeRule = (base, override, path, onConflict) => {
  if (override === null || override === undefined) return cloneValue(base);
  return mergeDefault(base ?? {}, override, path, onConflict);
};

/** Rules of the service attributes whose merge is not the default one. */
export const SERVICE_RULES: Readonly<Record<string, MergeRule>> = {
  annotations: keyValueRule,
  build: buildRule,
  cap_add: appendUniqueRule(keyText),
  cap_drop: appendUniqueRule(keyText),
  command: replaceRule,
  configs: appendUniqueRule(keyConfigTarget),
  // A listed dependency means "started"; that is the condition it gets beside a long-form one.
  depends_on: namedEntriesRule(() => ({ condition: 'service_started' }), dependencyEntryRule),
  deploy: mappingRule({ labels: keyValueRule }),
  devices: appendUniqueRule(keyDeviceTarget),
  dns: appendUniqueRule(keyBeforeEquals),
  dns_opt: appendUniqueRule(keyBeforeEquals),
  dns_search: appendUniqueRule(keyBeforeEquals),
  entrypoint: replaceRule,
  env_file: appendUniqueRule(keyEnvFile),
  environment: keyValueRule,
  expose: appendUniqueRule(keyText),
  extra_hosts: extraHostsRule,
  healthcheck: mappingRule({ test: replaceRule }),
  labels: keyValueRule,
  links: appendUniqueRule(keyText),
  logging: loggingRule,
  networks: namedEntriesRule(() => null, networkEntryRule),
  ports: appendUniqueRule(keyPort),
  profiles: appendUniqueRule(keyText),
  secrets: appendUniqueRule(keySecretTarget),
  sysctls: keyValueRule,
  tmpfs: appendUniqueRule(keyBeforeEquals),
  ulimits: replaceEntriesRule,
  volumes: appendUniqueRule(keyVolumeTarget),
};

/**
 * Merge a service definition (`override`) onto the one it builds on (`base`) with compose's rules.
 * A null side counts as an empty service. Conflicts (`cannot override`) are reported through
 * `onConflict` with a path relative to the service; the override's value is kept.
 */
export function mergeService(base: unknown, override: unknown, onConflict: OnConflict, path: DocPath = []): Mapping {
  const b = isMapping(base) ? base : {};
  const o = isMapping(override) ? override : {};
  return mergeMapping(b, o, path, onConflict, SERVICE_RULES);
}
