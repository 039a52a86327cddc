/**
 * The whole canonical stack, written to a sink: `version` (always), `services` (always, `{}` when
 * empty), then `networks`, `volumes`, `secrets`, `configs` when non-empty, then the top-level
 * `x-*` keys — stack-deploy.md §3.1. Every Go map is natural-sorted (§3.3).
 */

import type { FileObjectConfig, StackConfig, StackVersion } from '../../model/stack-config.js';
import { Fields } from './fields.js';
import { supportsLongSyntax } from './legacy-forms.js';
import { naturalKeys } from './natural-sort.js';
import { serviceFields } from './service-fields.js';
import type { StackSink } from './sink.js';
import { fileObjectFields, networkFields, volumeFields } from './top-level-fields.js';

type EntryWriter<T> = (f: Fields, name: string, value: T, version: StackVersion) => void;

function section<T>(f: Fields, key: string, record: Readonly<Record<string, T>> | undefined, version: StackVersion, write: EntryWriter<T>): void {
  if (!record) return;
  const names = naturalKeys(record);
  if (names.length === 0) return;
  f.out.key(key);
  f.out.openMap(false);
  for (const name of names) {
    f.out.key(name);
    write(f, name, record[name]!, version);
  }
  f.out.closeMap();
}

function secretFields(f: Fields, name: string, o: FileObjectConfig, version: StackVersion): void {
  fileObjectFields(f, name, o, version, 'secrets');
}

function configFields(f: Fields, name: string, o: FileObjectConfig, version: StackVersion): void {
  fileObjectFields(f, name, o, version, 'configs');
}

/**
 * Writes the ordered document for `config` to `out`. With `legacyForms`, forms the printed
 * version can't read (long ports before 3.2, top-level `name:` before 3.4/3.5) are written in
 * the older spelling; without it, every form is docker's own, whatever the version.
 */
export function writeStackDocument(out: StackSink, config: StackConfig, escapeDollar: boolean, legacyForms = true): void {
  const f = new Fields(out, escapeDollar);
  const version = legacyForms ? config.version : '3.13';
  out.openMap(false);
  out.key('version');
  out.string(config.version);
  out.key('services');
  out.openMap(false);
  const opts = { shortSyntax: !supportsLongSyntax(version), readable: legacyForms };
  for (const name of naturalKeys(config.services)) {
    out.key(name);
    serviceFields(f, config.services[name]!, opts);
  }
  out.closeMap();
  section(f, 'networks', config.networks, version, networkFields);
  section(f, 'volumes', config.volumes, version, volumeFields);
  section(f, 'secrets', config.secrets, version, secretFields);
  section(f, 'configs', config.configs, version, configFields);
  f.extensions(config.extensions);
  out.closeMap();
}
