import { composeOnlyKeys } from '../validate/compose-only-keys.js';
import { isRecord } from '../normalize/scope.js';

/**
 * Whether input needs compose mode: it uses something only the Compose Specification has (a
 * top-level `name`/`include`, a service key docker stack's schema lacks, `depends_on` as a
 * mapping, configs or secrets from `content`/`environment`) or its files disagree on `version`.
 * Input without any of these takes docker stack's own path, untouched, so everything docker
 * accepts still compiles to exactly what docker prints.
 */
export function needsComposeMode(documents: readonly { readonly data: unknown }[], versionOf: (data: unknown) => string): boolean {
  if (new Set(documents.map((d) => versionOf(d.data))).size > 1) return true;
  return documents.some((d) => usesComposeOnlyFeature(d.data));
}

function usesComposeOnlyFeature(data: unknown): boolean {
  if (!isRecord(data)) return false;
  const { top, service } = composeOnlyKeys();
  if (Object.keys(data).some((k) => top.has(k))) return true;
  for (const def of Object.values(isRecord(data.services) ? data.services : {})) {
    if (!isRecord(def)) continue;
    if (Object.keys(def).some((k) => service.has(k))) return true;
    if (isRecord(def.depends_on)) return true;
  }
  for (const section of ['configs', 'secrets']) {
    const entries = data[section];
    for (const entry of Object.values(isRecord(entries) ? entries : {})) {
      if (isRecord(entry) && ('content' in entry || 'environment' in entry)) return true;
    }
  }
  return false;
}
