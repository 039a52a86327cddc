import { dirname, resolve } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.js';
import { COMPOSE_SPEC_MODE } from '../interpolate/compose-grammar.js';
import { interpolateDocument } from '../interpolate/index.js';
import { loadFile, type MergeTag } from '../load/index.js';
import type { Env, ReadFile } from '../options.js';
import { checkDependsOnCycles } from './depends-on-cycles.js';
import { mergeComposeFiles } from './merge-files.js';
import { resolveExtends } from './extends.js';
import { resolveIncludes } from './include.js';
import { activeProfiles, applyProfiles, collectServiceProfiles } from './profiles.js';
import { loadProjectEnv } from './project-env.js';
import { resolveProjectName } from './project-name.js';
import { translateToStack, type GeneratedFile } from './translate.js';
import type { ComposeContext, RawDocument } from './types.js';

export { needsComposeMode } from './detect.js';
export type { GeneratedFile } from './translate.js';

/** What compose mode needs besides the loaded files. */
export interface ComposeModeOptions {
  readonly cwd: string;
  /** The shell environment. */
  readonly env: Env;
  readonly readFile: ReadFile;
  readonly exists: (absPath: string) => boolean;
  /** `--env-file`s; when absent the project directory's `.env` is read, as docker compose does. */
  readonly envFiles?: readonly string[];
  /** `--project-directory`; default: the first file's folder. */
  readonly projectDirectory?: string;
  /** `-p/--project-name`. */
  readonly projectName?: string;
  /** `--profile`s (plus `COMPOSE_PROFILES`). */
  readonly profiles?: readonly string[];
  readonly strict?: boolean;
  /** Told about every other file read (included, extended), so its diagnostics can be located. */
  readonly onLoaded?: (file: string, text: string) => void;
}

/** Compose mode's result: data the docker stack pipeline accepts from its validate stage on. */
export interface ComposeModeResult {
  readonly projectDir: string;
  readonly projectName: string;
  /** The project environment (shell over --env-file over .env): for value-less `environment` keys too. */
  readonly env: Env;
  /** The project, its files merged with compose's rules, then translated (notes reported). */
  readonly merged: RawDocument;
  /**
   * With several files: each translated on its own (quietly), for docker stack's merge rules to be
   * applied too, so the pipeline can say where the two rule sets disagree.
   */
  readonly perFile?: readonly RawDocument[];
  /** Files for configs and secrets given as `content:`/`environment:`, to write beside the output. */
  readonly generated: readonly GeneratedFile[];
}

/**
 * Compose mode, for input written for `docker compose`: interpolate with the Compose
 * Specification's grammar and the project's environment, resolve `include` and `extends`, keep
 * the active profiles' services, then translate every construct swarm lacks into what it has,
 * each with a located warning. Docker stack's own stages take over from validation on.
 */
export function prepareComposeProject(loaded: readonly RawDocument[], options: ComposeModeOptions, report: Report): ComposeModeResult {
  const first = loaded[0]!;
  const projectDir = resolve(options.cwd, options.projectDirectory ?? (first.absPath ? dirname(first.absPath) : '.'));
  const env = loadProjectEnv({ projectDir, envFiles: options.envFiles, shell: options.env, readFile: options.readFile, exists: options.exists, report });
  const interpolate = (doc: RawDocument, withEnv: Env = env): RawDocument => ({
    ...doc,
    data: interpolateDocument(doc.data, { file: doc.file, env: withEnv, mode: COMPOSE_SPEC_MODE }, report) as Record<string, unknown>,
  });
  // The name comes from the raw files (compose computes it before interpolating).
  const projectName = resolveProjectName({ flag: options.projectName, env, documents: loaded, projectDir, report });
  const documents = loaded.map((doc) => interpolate(doc));
  const ctx: ComposeContext = { projectDir, projectName, env, readFile: options.readFile, report };
  // Included projects bring their own environment; extended files use the project's.
  const load = (absPath: string, withEnv: Env = env): RawDocument | undefined => {
    const display = absPath.startsWith(projectDir + '/') ? absPath.slice(projectDir.length + 1) : absPath;
    let bytes: Uint8Array;
    try {
      bytes = options.readFile(absPath);
    } catch {
      // include/extends report a missing file at the entry that names it, located.
      return undefined;
    }
    const f = loadFile({ file: display, absPath, bytes }, report);
    options.onLoaded?.(f.file, f.text);
    return f.data === undefined ? undefined : interpolate({ file: f.file, absPath, data: f.data as Record<string, unknown>, mergeTags: f.mergeTags } as RawDocument, withEnv);
  };
  // --profile when given, else COMPOSE_PROFILES, as docker compose does.
  const active = activeProfiles(options.profiles, env);
  const expanded = documents.map((doc) => resolveExtends(resolveIncludes(doc, ctx, load), ctx, load));
  // A service's profiles may be written in another file than the one at hand.
  const projectProfiles = collectServiceProfiles(expanded);
  const servicesWithImage = new Set(expanded.flatMap((doc) => Object.entries(servicesOf(doc)).filter(([, s]) => typeof (s as { image?: unknown } | null)?.image === 'string').map(([n]) => n)));
  const profiled = expanded.map((doc) => applyProfiles(doc, active, report, { projectProfiles }));
  // Like compose, only the services the active profiles keep take part in the cycle check.
  checkDependsOnCycles(profiled, report);
  const opts = { projectName, strict: options.strict === true, servicesWithImage };
  if (profiled.length === 1) {
    const out = translateToStack(profiled[0]!, opts, ctx);
    return { projectDir, projectName, env, merged: { ...profiled[0]!, data: out.data }, generated: out.generated };
  }
  // compose's order: merge the files, then interpret the project. A note about the merged project
  // carries only its path; the pipeline finds the file that wrote it.
  const mergedDoc = mergeComposeFiles(profiled, (i) => (loaded[i] as { mergeTags?: readonly MergeTag[] } | undefined)?.mergeTags ?? [], report);
  const pathOnly: Report = (d) => report(d.code.startsWith('compose/') && d.path !== undefined ? withoutFile(d) : d);
  const out = translateToStack(mergedDoc, opts, { ...ctx, report: pathOnly });
  const quiet: ComposeContext = { ...ctx, report: () => {} };
  const perFile = profiled.map((doc) => ({ ...doc, data: translateToStack(doc, opts, quiet).data }));
  return { projectDir, projectName, env, merged: { ...mergedDoc, data: out.data }, perFile, generated: out.generated };
}

function withoutFile<T extends { file?: string }>(d: T): T {
  const { file: _file, ...rest } = d;
  return rest as T;
}

function servicesOf(doc: RawDocument): Record<string, unknown> {
  const services = doc.data['services'];
  return services !== null && typeof services === 'object' && !Array.isArray(services) ? (services as Record<string, unknown>) : {};
}
