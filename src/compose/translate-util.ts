/**
 * What every translation step shares: the document being translated, where to report, and small
 * helpers for plain data. Steps are functions from a value to a new value; they never mutate
 * their input, so the loaded document stays what the user wrote (diagnostics point into it).
 */
import type { DocPath, Severity } from '../diagnostics/diagnostic.js';
import { setOwn } from '../load/plain-data.js';
import type { TranslateOptions } from './translate.js';
import type { ComposeContext } from './types.js';

/** A YAML mapping as plain data. */
export type Mapping = Record<string, unknown>;

export { setOwn };

/** One translation step's view of the run. */
export interface TranslateScope {
  /** Display name of the document's file: every diagnostic points into it. */
  readonly file: string;
  readonly opts: TranslateOptions;
  readonly ctx: ComposeContext;
}

/** What a step says about a node it translated or dropped. */
export interface Note {
  readonly code: string;
  readonly message: string;
  readonly path: DocPath;
  /** Point at the key (dropped or renamed keys), not at the value. */
  readonly atKey?: boolean;
  readonly severity?: Severity;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Reports a translation note; warnings unless the step says otherwise. */
export function note(scope: TranslateScope, n: Note): void {
  scope.ctx.report({
    code: n.code,
    severity: n.severity ?? 'warning',
    message: n.message,
    file: scope.file,
    path: n.path,
    ...(n.atKey ? { atKey: true } : {}),
    ...(n.data ? { data: n.data } : {}),
  });
}

/** True for a YAML mapping (not null, not a list). */
export function isMapping(v: unknown): v is Mapping {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own-property read, safe for keys such as `__proto__` or `constructor`. */
export function own(m: Mapping, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(m, key) ? m[key] : undefined;
}

/** Whether `m` has its own key `key`. */
export function has(m: Mapping, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key);
}

/** A copy of `m` with `key` set (own property, even for `__proto__`), keeping key order. */
export function withKey(m: Mapping, key: string, value: unknown): Mapping {
  const out: Mapping = {};
  for (const k of Object.keys(m)) setOwn(out, k, m[k]);
  setOwn(out, key, value);
  return out;
}

/** A copy of `m` without the given keys, keeping key order. */
export function withoutKeys(m: Mapping, ...keys: string[]): Mapping {
  const out: Mapping = {};
  for (const k of Object.keys(m)) if (!keys.includes(k)) setOwn(out, k, m[k]);
  return out;
}


/** Applies `fn` to every service definition (mappings only), returning a new document. */
export function mapServices(data: Mapping, fn: (name: string, service: Mapping, at: DocPath) => Mapping): Mapping {
  const services = own(data, 'services');
  if (!isMapping(services)) return data;
  const out: Mapping = {};
  for (const name of Object.keys(services)) {
    const def = services[name];
    setOwn(out, name, isMapping(def) ? fn(name, def, ['services', name]) : def);
  }
  return withKey(data, 'services', out);
}
