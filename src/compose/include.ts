/**
 * `include` (compose-spec.md §4.2, §2.8): docker stack has no include, so compose mode loads each
 * included project the way compose does — with its own project directory and environment, its own
 * includes and extends resolved, its files merged — and copies its services, networks, volumes,
 * secrets, configs and models into the including document, relative paths rebased onto this
 * project's directory. A resource declared both here and in an included project is merged, the
 * local declaration winning (what compose-go does), with a warning.
 */
import { posix } from 'node:path';
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import type { Env } from '../options.js';
import { resolveExtends, type ComposeLoad } from './extends.js';
import { isMapping, putKey, type Mapping } from './extends-values.js';
import { readIncludeEntry, type IncludeEntry } from './include-entry.js';
import { includeEnvironment } from './include-env.js';
import { mergeDocuments, mergeResource, RESOURCE_KINDS, type ResourceKind } from './include-merge.js';
import { rebaseDocument } from './rebase-paths.js';
import type { ComposeContext, RawDocument } from './types.js';

export type { ComposeLoad } from './extends.js';

/** Codes of the translation notes that are said once, for the entry in the user's own file. */
const NOTE_CODES = new Set(['compose/include', 'compose/extends']);

/**
 * Replace a document's top-level `include` with the included projects' resources (each loaded with
 * its own project directory and env files; their relative paths rebased onto this project);
 * conflicts reported. Each entry gets a `compose/include` warning; unreadable files, cycles and
 * malformed entries are errors at the entry.
 */
export function resolveIncludes(doc: RawDocument, ctx: ComposeContext, load: ComposeLoad): RawDocument {
  return resolveWithin(doc, ctx, load, [doc.absPath ?? doc.file]);
}

/** `resolveIncludes`, knowing the files being included around this one (for cycles). */
function resolveWithin(doc: RawDocument, ctx: ComposeContext, load: ComposeLoad, chain: readonly string[]): RawDocument {
  if (!Object.hasOwn(doc.data, 'include')) return doc;
  const entries = doc.data.include;
  const imported = new Map<ResourceKind, Map<string, { value: unknown; entry: number }>>();
  if (Array.isArray(entries)) {
    entries.forEach((raw, i) => {
      const entry = readIncludeEntry(raw, i, doc.file, ctx.report);
      const project = entry && loadIncluded(entry, doc.file, ctx, load, chain);
      if (!entry || !project) return;
      noteInclude(ctx.report, doc.file, entry, project);
      collect(imported, project, entry, i, doc.file, ctx.report);
    });
  } else if (entries !== null && entries !== undefined) {
    ctx.report({ code: 'compose/include-invalid', severity: 'error', file: doc.file, path: ['include'], message: 'include must be a list' });
  }
  return { ...doc, data: combine(doc, imported, ctx.report) };
}

/**
 * Load the project of one entry: every file of `path` with includes and extends resolved in the
 * included project's own context, merged left to right, then rebased onto this project directory.
 */
function loadIncluded(entry: IncludeEntry, file: string, ctx: ComposeContext, load: ComposeLoad, chain: readonly string[]): Mapping | undefined {
  const mainAbs = posix.resolve(ctx.projectDir, entry.paths[0]!.value);
  const projectDir = entry.projectDirectory ? posix.resolve(ctx.projectDir, entry.projectDirectory.value) : posix.dirname(mainAbs);
  const env = includeEnvironment(entry, projectDir, file, ctx);
  const report: Report = (d) => {
    if (!(d.severity === 'warning' && NOTE_CODES.has(d.code))) ctx.report(d);
  };
  const sub: ComposeContext = { ...ctx, projectDir, env, report };
  let merged: Mapping | undefined;
  for (const path of entry.paths) {
    const absPath = posix.resolve(ctx.projectDir, path.value);
    if (chain.includes(absPath)) {
      const files = [...chain, absPath].map((p) => posix.relative(ctx.projectDir, p) || p);
      ctx.report({ code: 'compose/include-cycle', severity: 'error', file, path: path.at, message: `include cycle: ${files.join(' includes ')}`,
        data: { chain: [...chain, absPath] } });
      return undefined;
    }
    const loaded = load(absPath, env);
    if (!loaded) {
      ctx.report({ code: 'compose/include-file', severity: 'error', file, path: path.at, message: `cannot include ${path.value}: cannot read ${absPath}`,
        data: { path: path.value, absPath } });
      return undefined;
    }
    const withIncludes = resolveWithin({ ...loaded, absPath }, sub, load, [...chain, absPath]);
    const resolved = resolveExtends(withIncludes, sub, load);
    merged = merged === undefined ? resolved.data : mergeDocuments(merged, resolved.data, (p) => cannotOverride(ctx.report, loaded.file, p));
  }
  if (!merged) return undefined;
  return rebaseDocument(withIncludedEnvironment(merged, env, ctx.env), projectDir, ctx.projectDir);
}

/**
 * compose resolves value-less list entries (`- VAR`) of an included project with that project's
 * environment. Only variables the include's env files added are written in: the others resolve
 * the same way later, from the project environment.
 */
function withIncludedEnvironment(data: Mapping, env: Env, outer: Env): Mapping {
  const withObjects = withIncludedObjectValues(data, env, outer);
  const services = withObjects.services;
  if (!isMapping(services)) return withObjects;
  const out: Mapping = {};
  for (const [name, service] of Object.entries(services)) {
    if (!isMapping(service) || !Array.isArray(service.environment)) {
      putKey(out, name, service);
      continue;
    }
    const environment = service.environment.map((item) => {
      if (typeof item !== 'string' || item.includes('=')) return item;
      const value = env[item];
      return value !== undefined && outer[item] === undefined ? `${item}=${value}` : item;
    });
    putKey(out, name, { ...service, environment });
  }
  return { ...withObjects, services: out };
}

/**
 * The same for secrets and configs taken `environment: VAR` from an included project's env files
 * (compose's env-secret example): once merged, only the including project's environment is
 * known, so the value is written in as `content`.
 */
function withIncludedObjectValues(data: Mapping, env: Env, outer: Env): Mapping {
  let out = data;
  for (const kind of ['secrets', 'configs'] as const) {
    const section = data[kind];
    if (!isMapping(section)) continue;
    const next: Mapping = {};
    for (const [key, entry] of Object.entries(section)) {
      const variable = isMapping(entry) && typeof entry.environment === 'string' ? entry.environment : undefined;
      const value = variable === undefined ? undefined : env[variable];
      if (variable !== undefined && value !== undefined && outer[variable] === undefined) {
        const { environment: _dropped, ...rest } = entry as Mapping;
        putKey(next, key, { ...rest, content: value });
      } else putKey(next, key, entry);
    }
    out = { ...out, [kind]: next };
  }
  return out;
}

/** An attribute written in two forms that can't be merged (a mapping over a list, …); `what` names it. */
function cannotOverride(report: Report, file: string, path: DocPath, what: DocPath = path): void {
  report({ code: 'compose/include-cannot-override', severity: 'error', file, path,
    message: `cannot override ${what.join('.')}: its form differs from the included definition` });
}

function noteInclude(report: Report, file: string, entry: IncludeEntry, project: Mapping): void {
  const counts = RESOURCE_KINDS.flatMap((kind) => {
    const n = isMapping(project[kind]) ? Object.keys(project[kind] as Mapping).length : 0;
    return n === 0 ? [] : [`${n} ${n === 1 ? kind.replace(/s$/, '') : kind}`];
  });
  const files = entry.paths.map((p) => p.value).join(', ');
  report({
    code: 'compose/include',
    severity: 'warning',
    file,
    path: entry.at,
    message: `included ${files}: docker stack has no include, so what it declares (${counts.length ? counts.join(', ') : 'nothing'}) was copied into this file`,
    data: { paths: entry.paths.map((p) => p.value) },
  });
}

/** Gather one included project's resources; a name a previous include also defines is merged over it. */
function collect(
  imported: Map<ResourceKind, Map<string, { value: unknown; entry: number }>>,
  project: Mapping,
  entry: IncludeEntry,
  index: number,
  file: string,
  report: Report,
): void {
  for (const kind of RESOURCE_KINDS) {
    const section = project[kind];
    if (!isMapping(section)) continue;
    const into = imported.get(kind) ?? new Map<string, { value: unknown; entry: number }>();
    imported.set(kind, into);
    for (const [name, value] of Object.entries(section)) {
      const earlier = into.get(name);
      if (!earlier) {
        into.set(name, { value, entry: index });
        continue;
      }
      report({ code: 'compose/include-conflict', severity: 'warning', file, path: entry.at,
        message: `${kind}.${name} is also defined by include[${earlier.entry}]; the two definitions were merged, this include's winning`,
        data: { kind, name, first: earlier.entry, second: index } });
      // The conflict can only be pointed at this entry: the definitions live in other files.
      const onConflict = (p: DocPath): void => cannotOverride(report, file, entry.at, [kind, name, ...p.slice(entry.at.length)]);
      into.set(name, { value: mergeResource(kind, earlier.value, value, entry.at, onConflict), entry: index });
    }
  }
}

/** The document without `include`, each resource section holding the included entries merged with the local ones. */
function combine(doc: RawDocument, imported: Map<ResourceKind, Map<string, { value: unknown; entry: number }>>, report: Report): Mapping {
  const section = (kind: ResourceKind, local: unknown): unknown => {
    const from = imported.get(kind);
    if (!from || (local !== null && local !== undefined && !isMapping(local))) return local;
    const out: Mapping = {};
    for (const [name, { value }] of from) putKey(out, name, value);
    for (const [name, value] of Object.entries(local ?? {})) {
      const inc = from.get(name);
      if (!inc) {
        putKey(out, name, value);
        continue;
      }
      report({ code: 'compose/include-conflict', severity: 'warning', file: doc.file, path: [kind, name], atKey: true,
        message: `${kind}.${name} is also defined by include[${inc.entry}]; the two definitions were merged, this file's winning`,
        data: { kind, name, include: inc.entry } });
      putKey(out, name, mergeResource(kind, inc.value, value, [kind, name], (p) => cannotOverride(report, doc.file, p)));
    }
    return out;
  };
  const data: Mapping = {};
  for (const [k, v] of Object.entries(doc.data)) {
    if (k === 'include') continue;
    putKey(data, k, (RESOURCE_KINDS as readonly string[]).includes(k) ? section(k as ResourceKind, v) : v);
  }
  for (const kind of RESOURCE_KINDS) if (!Object.hasOwn(data, kind) && imported.has(kind)) putKey(data, kind, section(kind, undefined));
  return data;
}
