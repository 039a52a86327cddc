/**
 * Test helper: reads `docker stack config` output back into a {@link StackConfig}, so that emitting
 * it again must reproduce docker's bytes. Undoes the only printing transformations that change
 * types: byte sizes printed as quoted strings become numbers, and `x-*` keys move to `extensions`.
 */

import { isScalar, parseDocument, visit } from 'yaml';
import type { StackConfig } from '../../../src/model/stack-config.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Moves `x-*` keys (except those listed in `keep`) of `o` into `o.extensions`. */
function liftExtensions(o: unknown, keep: readonly string[] = []): void {
  if (!isObj(o)) return;
  const ext: Obj = {};
  for (const k of Object.keys(o)) {
    if (k.startsWith('x-') && !keep.includes(k)) {
      ext[k] = o[k];
      delete o[k];
    }
  }
  if (Object.keys(ext).length > 0) o.extensions = ext;
}

function bytesToNumber(o: unknown, key: string): void {
  if (isObj(o) && typeof o[key] === 'string') o[key] = Number(o[key]);
}

/** Parses docker's printed YAML into the shared model. */
export function parseDockerOutput(text: string): StackConfig {
  const parsed = parseDocument(text);
  // yaml.v3 reads an out-of-range float such as `1e400` as a string; the `yaml` package reads Infinity.
  visit(parsed, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value) && node.source) node.value = node.source;
    },
  });
  const doc = parsed.toJS() as Obj;
  liftExtensions(doc);
  for (const svc of Object.values((doc.services as Obj | undefined) ?? {})) {
    liftExtensions(svc);
    const res = isObj(svc) && isObj(svc.deploy) ? (svc.deploy.resources as Obj | undefined) : undefined;
    if (res) {
      bytesToNumber(res.limits, 'memory');
      bytesToNumber(res.reservations, 'memory');
    }
  }
  for (const section of ['networks', 'volumes', 'secrets', 'configs']) {
    for (const entry of Object.values((doc[section] as Obj | undefined) ?? {})) {
      liftExtensions(entry, section === 'volumes' ? ['x-cluster-spec'] : []);
      if (section === 'volumes' && isObj(entry) && isObj(entry['x-cluster-spec'])) {
        const cr = entry['x-cluster-spec'].capacity_range;
        bytesToNumber(cr, 'required_bytes');
        bytesToNumber(cr, 'limit_bytes');
      }
    }
  }
  return doc as unknown as StackConfig;
}
