import { dirname, resolve } from 'node:path';
import type { CompileOptions, CompileResult, LintRequest, PlanOptions, PlanResult } from './compile-options.js';
import type { DiagnosticInput, Report } from './diagnostics/diagnostic.js';
import { Locator } from './diagnostics/locate.js';
import { sortDiagnostics } from './diagnostics/sort.js';
import { attributeToFile } from './diagnostics/attribute.js';
import { buildPlan } from './emit/plan/index.js';
import { emitStackYaml } from './emit/stack/index.js';
import { interpolateDocument } from './interpolate/index.js';
import { applyDisableComments, lintStack, loadLintConfig } from './lint/index.js';
import { readDotEnv } from './load/dot-env.js';
import { loadFile, type LoadedFile } from './load/index.js';
import { mergeStackConfigs } from './merge/index.js';
import type { StackConfig } from './model/stack-config.js';
import { normalizeDocument } from './normalize/index.js';
import { describeReadError, type Env, type ReadFile } from './options.js';
import { checkForbidden, isSupportedVersion, readVersion, validateSchema } from './validate/index.js';
import { needsComposeMode, prepareComposeProject } from './compose/index.js';

/** What one run gathers: every diagnostic, the texts they point into, the raw documents. */
class Run {
  readonly reported: DiagnosticInput[] = [];
  readonly texts = new Map<string, string>();
  readonly documents: { file: string; data: unknown }[] = [];
  /** The loader's js-yaml events per file, so locating parses nothing twice. */
  readonly events = new Map<string, readonly unknown[]>();
  /** Compose mode: files for configs/secrets given inline, by absolute path. */
  readonly generated: { absPath: string; content: string }[] = [];
  readonly report: Report = (d) => void this.reported.push(d);

  constructor(private readonly files: readonly string[]) {}

  /** Whether the pipeline (not lint's findings, which never fail a compile) reported an error. */
  hasErrors(): boolean {
    return this.reported.some((d) => d.severity === 'error' && (!d.code.startsWith('lint/') || d.code === 'lint/config'));
  }

  /** Locate (attributing path-only findings to the file that wrote the path) and sort. */
  diagnostics() {
    const locator = new Locator(this.texts, this.events);
    const located = this.reported.map((d) => locator.locate(attributeToFile(d, this.documents)));
    return sortDiagnostics(located, this.files);
  }
}

/**
 * Compile compose files into the stack `docker stack config` prints.
 *
 * This module is the only one that knows the order of the stages. For `docker stack` input the
 * order is docker's own: each file is loaded, interpolated, validated against the schema of its
 * own version and normalized (relative paths against the first file's folder), then the files are
 * merged left to right and the result printed. Unlike docker, a problem does not stop the run:
 * every file goes as far as it can, so one run reports everything.
 */
export function compileStack(options: CompileOptions, readFile: ReadFile): CompileResult {
  const run = new Run(options.files);
  const stack = buildStack(options, readFile, run);
  const yaml = stack && !options.diagnosticsOnly ? emitStackYaml(stack, { escapeDollar: !options.skipInterpolation }) : undefined;
  if (stack && options.lint) lintStage(stack, options, options.lint, readFile, run);
  const ok = !run.hasErrors();
  const diagnostics = applyDisableComments(run.diagnostics(), run.texts);
  const common = { diagnostics, sources: run.texts, documents: run.documents, ...(run.generated.length ? { generatedFiles: run.generated } : {}) };
  return ok && stack ? { ok, ...common, stack, ...(yaml === undefined ? {} : { yaml }) } : { ok: false, ...common };
}

/** Compile, then convert the stack into the Engine API calls `docker stack deploy` would send. */
export function planStackFiles(options: PlanOptions, readFile: ReadFile): PlanResult {
  const run = new Run(options.files);
  const stack = buildStack(options, readFile, run);
  // Compose mode's generated files (configs/secrets given inline) are inlined as data.
  const planRead: ReadFile = (p) => {
    const g = run.generated.find((x) => x.absPath === p);
    return g ? new TextEncoder().encode(g.content) : readFile(p);
  };
  const plan = stack && buildPlan(stack, { stack: options.stack, readFile: planRead, revealSecrets: options.revealSecrets === true }, run.report);
  const diagnostics = run.diagnostics();
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return ok && stack && plan ? { ok, diagnostics, sources: run.texts, stack, plan } : { ok: false, diagnostics, sources: run.texts };
}

/**
 * The lint stage: configuration, then the rules on the merged stack. Findings are reported like
 * any stage's (so they are located the same way) but flagged, so they never decide `ok`; a broken
 * configuration does.
 */
function lintStage(stack: StackConfig, options: CompileOptions, request: LintRequest, readFile: ReadFile, run: Run): void {
  const first = options.files[0]!;
  const startDir = first === '-' ? options.cwd : dirname(resolve(options.cwd, first));
  const configFile = request.configFile === undefined ? undefined : resolve(options.cwd, request.configFile);
  const config = loadLintConfig(startDir, { readFile, exists: request.exists }, run.report, configFile, { cwd: options.cwd });
  if (config.source) run.texts.set(config.source.file, config.source.text);
  lintStack({ stack, documents: run.documents }, config, run.report);
}

/** load → interpolate → validate → normalize (per file), then merge. Undefined on any error. */
function buildStack(options: CompileOptions, readFile: ReadFile, run: Run): StackConfig | undefined {
  const { report } = run;
  if (options.files.length === 0) {
    report({ code: 'cli/no-files', severity: 'error', message: 'no compose file given (use -f FILE)' });
    return undefined;
  }
  const env = withEnvFiles(options, readFile, run);
  const loaded = options.files.map((file) => readAndLoad(file, options, readFile, report));
  for (const f of loaded) {
    if (f) run.texts.set(f.file, f.text);
    if (f?.events) run.events.set(f.file, f.events);
  }
  const usable = loaded.filter((f): f is LoadedFile & { data: object } => f?.data !== undefined);
  for (const f of usable) run.documents.push({ file: f.file, data: f.data });
  if (usable.length !== options.files.length) return undefined;

  const composeMode = options.mode === 'compose' || (options.mode !== 'stack' && needsComposeMode(usable, readVersion));
  if (composeMode) return buildComposeStack(usable, options, readFile, run);

  const first = options.files[0]!;
  const workingDir = first === '-' ? options.cwd : dirname(resolve(options.cwd, first));
  const firstVersion = readVersion(usable[0]!.data);
  let printedVersion = firstVersion;
  const configs: StackConfig[] = [];
  usable.forEach((f, i) => {
    const version = readVersion(f.data);
    if (!isSupportedVersion(version)) {
      report({ code: 'validate/unsupported-version', severity: 'error', file: f.file, path: ['version'],
        message: `unsupported Compose file version: ${version} (stack files support 3.0 to 3.13)` });
      return;
    }
    if (i > 0 && version !== firstVersion) {
      report({ code: 'validate/version-mismatch', severity: 'error', file: f.file, path: ['version'],
        message: `version mismatched between two composefiles : ${firstVersion} and ${version}`,
        data: { first: firstVersion, this: version } });
      return;
    }
    checkForbidden(f.data, f.file, report);
    const before = run.reported.length;
    const data = options.skipInterpolation ? f.data : interpolateDocument(f.data, { file: f.file, env }, report);
    if (i === 0) printedVersion = readVersion(data);
    // A value that failed to interpolate would only produce a second, confusing schema error.
    if (run.reported.slice(before).some((d) => d.severity === 'error')) return;
    if (!validateSchema(data, { file: f.file, version }, report)) return;
    configs.push(normalizeDocument(data, { file: f.file, workingDir, env: options.env, readFile, version }, report));
  });
  if (run.hasErrors()) return undefined;
  if (configs.length !== usable.length) throw new Error('internal: a file was dropped without an error');

  const merged = configs
    .slice(1)
    .reduce((acc, next, i) => mergeStackConfigs(acc, next, { report, file: usable[i + 1]!.file }), configs[0]!);
  if (run.hasErrors()) return undefined;
  return { ...merged, version: isSupportedVersion(printedVersion) ? printedVersion : firstVersion };
}

/** The stack version compose mode prints: the newest, whose schema has every key translation keeps. */
const COMPOSE_MODE_VERSION = '3.13';

/**
 * Compose mode (see src/compose): the Compose Specification's interpolation, include, extends and
 * profiles, then a translation into stack form; docker stack's own validate, normalize and merge
 * stages take it from there, against the newest stack schema.
 */
function buildComposeStack(usable: readonly LoadedFile[], options: CompileOptions, readFile: ReadFile, run: Run): StackConfig | undefined {
  const { report } = run;
  const prepared = prepareComposeProject(
    usable.map((f) => ({ file: f.file, ...(f.absPath ? { absPath: f.absPath } : {}), data: f.data as Record<string, unknown>, mergeTags: f.mergeTags })),
    {
      cwd: options.cwd,
      env: options.env,
      readFile,
      exists: options.exists ?? ((p) => existsThroughRead(readFile, p)),
      ...(options.envFiles?.length ? { envFiles: options.envFiles } : {}),
      ...(options.projectDirectory ? { projectDirectory: options.projectDirectory } : {}),
      ...(options.projectName ? { projectName: options.projectName } : {}),
      ...(options.profiles ? { profiles: options.profiles } : {}),
      strict: options.strict === true,
      onLoaded: (file: string, text: string) => void run.texts.set(file, text),
    },
    report,
  );
  // Generated files live next to the output (with -o), else in the project directory; the stack
  // refers to them by absolute path, so it deploys from anywhere.
  const generatedBase = options.outputDir ? resolve(options.cwd, options.outputDir) : prepared.projectDir;
  const generatedAt = new Map(prepared.generated.map((g) => [g.path, resolve(generatedBase, g.path)]));
  for (const g of prepared.generated) run.generated.push({ absPath: generatedAt.get(g.path)!, content: g.content });
  if (run.hasErrors()) return undefined;
  // Files given inline are read from memory: they exist only once the CLI writes them.
  const withGenerated: ReadFile = (p) => {
    const g = run.generated.find((x) => x.absPath === p);
    return g ? new TextEncoder().encode(g.content) : readFile(p);
  };
  const toStack = (raw: { file: string; data: Record<string, unknown> }, sink: Report): StackConfig | undefined => {
    const doc = { ...raw, data: pointAtGenerated(raw.data, generatedAt) };
    return validateSchema(doc.data, { file: doc.file, version: COMPOSE_MODE_VERSION }, sink)
      ? normalizeDocument(doc.data, { file: doc.file, workingDir: prepared.projectDir, env: prepared.env, readFile: withGenerated, version: COMPOSE_MODE_VERSION }, sink)
      : undefined;
  };
  // Problems in the merged project name only a path: the file that wrote it is found when located.
  const mergedReport: Report = prepared.perFile ? (d) => report(d.path === undefined ? d : { ...d, file: undefined }) : report;
  const stack = toStack(prepared.merged, mergedReport);
  if (!stack || run.hasErrors()) return undefined;
  if (prepared.perFile) warnWhereDockerRulesDiffer(stack, prepared.perFile, toStack, report);
  const merged = stack;
  // docker compose refuses a service it could neither pull nor build (docker stack only finds out
  // at deploy); after translation every built service has an image, so this is the rest.
  for (const [name, service] of Object.entries(merged.services)) {
    if (!service.image) {
      report({ code: 'compose/no-image', severity: 'error', path: ['services', name], atKey: true,
        message: `service "${name}" has neither an image nor a build context specified: swarm has nothing to run` });
    }
  }
  if (run.hasErrors()) return undefined;
  return { ...merged, version: COMPOSE_MODE_VERSION };
}

/**
 * docker stack merges `-f` files by its own rules, which differ from compose's in places (ports
 * and volumes keyed differently, lists appended, booleans that can't be turned off). Compose mode
 * follows compose's; where docker stack's would give another result, say so, per service.
 */
function warnWhereDockerRulesDiffer(
  stack: StackConfig,
  perFile: readonly { file: string; data: Record<string, unknown> }[],
  toStack: (doc: { file: string; data: Record<string, unknown> }, sink: Report) => StackConfig | undefined,
  report: Report,
): void {
  const quiet: Report = () => {};
  const configs = perFile.map((doc) => toStack(doc, quiet));
  if (configs.some((c) => c === undefined)) return;
  const docker = configs.slice(1).reduce((acc, next) => mergeStackConfigs(acc!, next!, { report: quiet }), configs[0])!;
  for (const name of Object.keys(stack.services).sort()) {
    const field = firstDifference(stack.services[name], docker.services[name]);
    if (field === undefined) continue;
    report({
      code: 'compose/merge-rules-differ',
      severity: 'warning',
      path: ['services', name, ...(field === '' ? [] : [field])],
      message: `docker stack's merge rules would give service "${name}" a different ${field === '' ? 'definition' : `"${field}"`}; stackc merged these compose files with docker compose's rules`,
    });
  }
}

/** The first top-level field of two services that differs ('' when only one exists). */
function firstDifference(a: object | undefined, b: object | undefined): string | undefined {
  if (a === undefined || b === undefined) return a === b ? undefined : '';
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
    if (JSON.stringify(ra[key]) !== JSON.stringify(rb[key])) return key;
  }
  return undefined;
}

/** Configs and secrets whose `file` is a generated one, pointed at where it is written. */
function pointAtGenerated(data: Record<string, unknown>, generatedAt: ReadonlyMap<string, string>): Record<string, unknown> {
  if (generatedAt.size === 0) return data;
  const out = { ...data };
  for (const kind of ['configs', 'secrets']) {
    const section = data[kind];
    if (section === null || typeof section !== 'object' || Array.isArray(section)) continue;
    out[kind] = Object.fromEntries(
      Object.entries(section as Record<string, unknown>).map(([key, entry]) => {
        const file = (entry as { file?: unknown } | null)?.file;
        const at = typeof file === 'string' ? generatedAt.get(file) : undefined;
        return [key, at === undefined ? entry : { ...(entry as object), file: at }];
      }),
    );
  }
  return out;
}

function existsThroughRead(readFile: ReadFile, absPath: string): boolean {
  try {
    readFile(absPath);
    return true;
  } catch {
    return false;
  }
}

function readAndLoad(file: string, options: CompileOptions, readFile: ReadFile, report: Report): LoadedFile | undefined {
  if (file === '-') {
    const bytes = new TextEncoder().encode(options.stdin ?? '');
    return loadFile({ file, bytes }, report);
  }
  const absPath = resolve(options.cwd, file);
  try {
    return loadFile({ file, absPath, bytes: readFile(absPath) }, report);
  } catch (err) {
    report({ code: 'load/read-error', severity: 'error', file, message: describeReadError(err, absPath) });
    return undefined;
  }
}

/** `--env-file` variables under the process environment, which wins (as in docker compose). */
function withEnvFiles(options: CompileOptions, readFile: ReadFile, run: Run): Env {
  if (!options.envFiles?.length) return options.env;
  const vars: Record<string, string | undefined> = {};
  for (const file of options.envFiles) {
    const absPath = resolve(options.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = readFile(absPath);
    } catch (err) {
      run.report({ code: 'load/env-file', severity: 'error', file, message: describeReadError(err, absPath) });
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    run.texts.set(file, text);
    Object.assign(vars, readDotEnv(text, file, run.report));
  }
  return { ...vars, ...options.env };
}
