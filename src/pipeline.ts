import { dirname, resolve } from 'node:path';
import type { CompileOptions, CompileResult, LintRequest, PlanOptions, PlanResult } from './compile-options.js';
import type { Report } from './diagnostics/diagnostic.js';
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
import { needsComposeMode } from './compose/index.js';
import { buildComposeStack } from './pipeline/compose-mode.js';
import { Run } from './pipeline/run.js';

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
  const plan = stack && buildPlan(stack, { stack: options.stack, readFile: run.readThrough(readFile), revealSecrets: options.revealSecrets === true }, run.report);
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
    const data = options.skipInterpolation ? f.data : interpolateDocument(f.data, { file: f.file, env, withDollar: f.withDollar }, report);
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
