/**
 * `extends` (compose-spec.md §4.1, §2.7): docker stack forbids it, so compose mode writes every
 * inherited attribute into the extending service. A service may extend a service of the same
 * document or of another file, which may itself extend further services (of its own file when no
 * `file` is given). The base is merged with compose's rules, the extending service winning.
 */
import { posix } from 'node:path';
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { MergeTag } from '../load/index.js';
import type { Env } from '../options.js';
import { readExtendsReference, type ExtendsReference } from './extends-reference.js';
import { mergeService } from './extends-service-merge.js';
import { applyMergeTags } from './extends-tags.js';
import { isMapping, putKey, type Mapping } from './extends-values.js';
import { rebaseService } from './rebase-paths.js';
import type { ComposeContext, RawDocument } from './types.js';

/**
 * Loads one compose file (given by absolute path) and interpolates it, with `env` when given (an
 * included project has its own environment), else the project's. Returns `undefined` after
 * reporting when the file can't be used. A document may carry the loader's `!reset`/`!override`
 * tags as `mergeTags`; they are honoured when present.
 */
export type ComposeLoad = (absPath: string, env?: Env) => RawDocument | undefined;

/** A document as `load` may return it: optionally with the loader's merge tags. */
type TaggedDocument = RawDocument & { readonly mergeTags?: readonly MergeTag[] };

/** One file whose services take part in resolution, its relative paths already onto the project directory. */
interface FileScope {
  readonly id: string;
  readonly file: string;
  readonly services: Mapping | undefined;
  readonly tags: readonly MergeTag[];
  /** Resolved services; `null` when resolution failed (already reported). */
  readonly resolved: Map<string, Mapping | null>;
}

/** State of one `resolveExtends` call. */
interface Session {
  readonly ctx: ComposeContext;
  readonly load: ComposeLoad;
  readonly files: Map<string, FileScope | undefined>;
  /** Services being resolved, outermost first, to detect and describe cycles. */
  readonly stack: { id: string; service: string; file: string }[];
}

function scopeOf(doc: TaggedDocument, services: Mapping | undefined): FileScope {
  return { id: doc.absPath ?? doc.file, file: doc.file, services, tags: doc.mergeTags ?? [], resolved: new Map() };
}

/**
 * Resolve every service's `extends` (same file and other files, recursively, cycles reported),
 * merging with compose's rules for extends, rebasing relative paths of services taken from other
 * files onto the project directory; `extends` is removed. A warning at each `extends` notes the
 * translation; errors (unreadable file, unknown service, cycle, malformed `extends`) are reported
 * at the `extends` entry, and such a service keeps only its own attributes.
 */
export function resolveExtends(doc: RawDocument, ctx: ComposeContext, load: ComposeLoad): RawDocument {
  const services = doc.data.services;
  if (!isMapping(services)) return doc;
  if (!Object.values(services).some((s) => isMapping(s) && Object.hasOwn(s, 'extends'))) return doc;
  const main = scopeOf(doc, services);
  const session: Session = { ctx, load, files: new Map(doc.absPath ? [[doc.absPath, main]] : []), stack: [] };
  const out: Mapping = {};
  for (const [name, service] of Object.entries(services)) {
    if (!isMapping(service) || !Object.hasOwn(service, 'extends')) {
      putKey(out, name, service);
      continue;
    }
    const resolved = resolveService(session, main, name);
    putKey(out, name, resolved ?? withoutExtends(service));
    if (resolved) noteExtends(ctx, doc.file, name, service.extends);
  }
  const data: Mapping = {};
  for (const [k, v] of Object.entries(doc.data)) putKey(data, k, k === 'services' ? out : v);
  return { ...doc, data };
}

function withoutExtends(service: Mapping): Mapping {
  const out: Mapping = {};
  for (const [k, v] of Object.entries(service)) if (k !== 'extends') putKey(out, k, v);
  return out;
}

function noteExtends(ctx: ComposeContext, file: string, name: string, ext: unknown): void {
  const ref = typeof ext === 'string' ? ext : isMapping(ext) ? String(ext.service) : '?';
  const from = isMapping(ext) && typeof ext.file === 'string' ? ` of ${ext.file}` : '';
  ctx.report({
    code: 'compose/extends',
    severity: 'warning',
    file,
    path: ['services', name, 'extends'],
    atKey: true,
    message: `service "${name}" extends "${ref}"${from}: docker stack has no extends, so the inherited attributes were written into "${name}"`,
    data: { service: name, extends: ref, ...(from ? { file: (ext as Mapping).file } : {}) },
  });
}

/** The resolved definition of `name` in `scope`, or `null` when it can't be resolved (reported). */
function resolveService(session: Session, scope: FileScope, name: string): Mapping | null {
  const done = scope.resolved.get(name);
  if (done !== undefined) return done;
  const service = scope.services?.[name];
  const local = isMapping(service) ? service : {};
  if (!Object.hasOwn(local, 'extends')) return local;

  const fail = (): null => {
    scope.resolved.set(name, null);
    return null;
  };
  const ref = readExtendsReference(local.extends, name, scope.file, session.ctx.report);
  if (!ref) return fail();
  const target = ref.file === undefined ? scope : loadScope(session, scope, ref);
  if (!target) return fail();
  const report = (code: string, message: string, path: DocPath): null => {
    session.ctx.report({ code, severity: 'error', file: scope.file, path, message, data: { service: name, extends: ref.service } });
    return fail();
  };
  const where = target === scope ? '' : ` in ${ref.file}`;
  if (!target.services) return report('compose/extends-no-services', `cannot extend service "${name}": ${ref.file ?? scope.file} has no services section`, ref.fileAt);
  if (!Object.hasOwn(target.services, ref.service)) {
    return report('compose/extends-unknown-service', `cannot extend service "${name}": service "${ref.service}" not found${where}`, ref.serviceAt);
  }
  const cycleAt = session.stack.findIndex((s) => s.id === target.id && s.service === ref.service);
  if (cycleAt !== -1 || (target === scope && ref.service === name)) {
    const chain = [...session.stack.slice(Math.max(cycleAt, 0)), { id: scope.id, service: name, file: scope.file }];
    const text = chain.map((s) => `"${s.service}" in ${s.file}`).join(' extends ');
    return report('compose/extends-cycle', `circular extends: ${text} extends "${ref.service}" in ${target.file}`, ref.at);
  }

  session.stack.push({ id: scope.id, service: name, file: scope.file });
  const base = resolveService(session, target, ref.service);
  session.stack.pop();
  if (!base) return fail();

  const tagged = applyMergeTags(scope.tags, name, base, withoutExtends(local));
  const merged = mergeService(tagged.base, tagged.local, (path) => {
    session.ctx.report({
      code: 'compose/extends-cannot-override',
      severity: 'error',
      file: scope.file,
      path: ['services', name, ...path],
      message: `cannot override ${['services', name, ...path].join('.')}: its form differs from the one service "${ref.service}" gives it`,
      data: { service: name, extends: ref.service },
    });
  });
  scope.resolved.set(name, merged);
  return merged;
}

/**
 * The file named by `ref.file`, loaded once per session. Its relative paths (including nested
 * `extends.file`) are rebased from its own directory onto the project directory, so from then on
 * every relative path means the same thing wherever the service ends up.
 */
function loadScope(session: Session, from: FileScope, ref: ExtendsReference & { file?: string }): FileScope | undefined {
  const { ctx } = session;
  const absPath = posix.resolve(ctx.projectDir, ref.file!);
  if (session.files.has(absPath)) {
    const known = session.files.get(absPath);
    if (!known) unreadable(ctx, from, ref, absPath);
    return known;
  }
  const doc = session.load(absPath, ctx.env) as TaggedDocument | undefined;
  if (!doc) {
    session.files.set(absPath, undefined);
    unreadable(ctx, from, ref, absPath);
    return undefined;
  }
  const raw = doc.data.services;
  let services: Mapping | undefined;
  if (isMapping(raw)) {
    const dir = posix.dirname(absPath);
    services = {};
    for (const [k, v] of Object.entries(raw)) putKey(services, k, rebaseService(v, dir, ctx.projectDir));
  }
  const scope = scopeOf({ ...doc, absPath }, services);
  session.files.set(absPath, scope);
  return scope;
}

function unreadable(ctx: ComposeContext, from: FileScope, ref: ExtendsReference, absPath: string): void {
  ctx.report({
    code: 'compose/extends-file',
    severity: 'error',
    file: from.file,
    path: ref.fileAt,
    message: `cannot extend service "${ref.at[1]}": cannot read ${absPath}`,
    data: { file: ref.file, absPath },
  });
}
