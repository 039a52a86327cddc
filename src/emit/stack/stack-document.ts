/**
 * The whole canonical stack as a {@link YMap}: `version` (always), `services` (always, `{}` when
 * empty), then `networks`, `volumes`, `secrets`, `configs` when non-empty, then the top-level
 * `x-*` keys — stack-deploy.md §3.1. Every Go map is natural-sorted (§3.3).
 */

import type { StackConfig } from '../../model/stack-config.js';
import { EmitContext } from './fields.js';
import { supportsLongSyntax } from './legacy-forms.js';
import { naturalKeys } from './natural-sort.js';
import { serviceFields } from './service-fields.js';
import { fileObjectFields, networkFields, volumeFields } from './top-level-fields.js';
import { YMap } from './yaml-node.js';

function section<T>(root: YMap, key: string, record: Readonly<Record<string, T>> | undefined, build: (name: string, value: T) => YMap): void {
  if (!record) return;
  const names = naturalKeys(record);
  if (names.length === 0) return;
  const m = new YMap();
  for (const name of names) m.set(name, build(name, record[name]!));
  root.set(key, m);
}

/**
 * Builds the ordered document for `config`. With `legacyForms`, forms the printed version can't
 * read (long ports before 3.2, top-level `name:` before 3.4/3.5) are written in the older
 * spelling; without it, every form is docker's own, whatever the version.
 */
export function buildStackDocument(config: StackConfig, escapeDollar: boolean, legacyForms = true): YMap {
  const ctx = new EmitContext(escapeDollar);
  const version = legacyForms ? config.version : '3.13';
  const root = new YMap();
  root.set('version', config.version);
  const services = new YMap();
  const opts = { shortSyntax: !supportsLongSyntax(version), readable: legacyForms };
  for (const name of naturalKeys(config.services)) services.set(name, serviceFields(ctx, config.services[name]!, opts));
  root.set('services', services);
  section(root, 'networks', config.networks, (k, n) => networkFields(ctx, k, n, version));
  section(root, 'volumes', config.volumes, (k, v) => volumeFields(ctx, k, v, version));
  section(root, 'secrets', config.secrets, (k, o) => fileObjectFields(ctx, k, o, version, 'secrets'));
  section(root, 'configs', config.configs, (k, o) => fileObjectFields(ctx, k, o, version, 'configs'));
  ctx.extensions(root, config.extensions);
  return root;
}
