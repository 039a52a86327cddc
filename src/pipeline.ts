import { dirname, resolve } from 'node:path';
import type { CompileOptions, CompileResult } from './compile-options.js';
import type { DiagnosticInput, Report } from './diagnostics/diagnostic.js';
import { Locator } from './diagnostics/locate.js';
import { sortDiagnostics } from './diagnostics/sort.js';
import { emitStackYaml } from './emit/stack/index.js';
import { interpolateDocument } from './interpolate/index.js';
import { readDotEnv } from './load/dot-env.js';
import { loadFile, type LoadedFile } from './load/index.js';
import { mergeStackConfigs } from './merge/index.js';
import type { StackConfig } from './model/stack-config.js';
import { normalizeDocument } from './normalize/index.js';
import { describeReadError, type Env, type ReadFile } from './options.js';
import { checkForbidden, isSupportedVersion, readVersion, validateSchema } from './validate/index.js';

/**
 * The only module that knows the order of the stages. For `docker stack` input that order is
 * docker's own: each file is loaded, interpolated, validated against the schema of its version
 * and normalized on its own (relative paths against the first file's folder), then the files
 * are merged left to right and the result printed. Unlike docker, a problem does not stop the
 * run: every file goes as far as it can, so one run reports everything.
 */
export function compileStack(options: CompileOptions, readFile: ReadFile): CompileResult {
  const reported: DiagnosticInput[] = [];
  const report: Report = (d) => void reported.push(d);
  const texts = new Map<string, string>();
  const finish = (rest: Partial<CompileResult> = {}): CompileResult => {
    const locator = new Locator(texts);
    const diagnostics = sortDiagnostics(reported.map((d) => locator.locate(d)), options.files);
    const ok = !diagnostics.some((d) => d.severity === 'error');
    return ok ? { ok, diagnostics, sources: texts, ...rest } : { ok, diagnostics, sources: texts };
  };

  if (options.files.length === 0) {
    report({ code: 'cli/no-files', severity: 'error', message: 'no compose file given (use -f FILE)' });
    return finish();
  }
  const env = withEnvFiles(options, readFile, report, texts);
  const loaded = options.files.map((file) => readAndLoad(file, options, readFile, report));
  for (const f of loaded) if (f) texts.set(f.file, f.text);
  const usable = loaded.filter((f): f is LoadedFile & { data: object } => f?.data !== undefined);
  if (usable.length !== options.files.length) return finish();

  const first = options.files[0]!;
  const workingDir = first === '-' ? options.cwd : dirname(resolve(options.cwd, first));
  const firstVersion = readVersion(usable[0]!.data);
  const configs: StackConfig[] = [];
  let printedVersion = firstVersion;
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
    const before = reported.length;
    const data = options.skipInterpolation ? f.data : interpolateDocument(f.data, { file: f.file, env }, report);
    if (i === 0) printedVersion = readVersion(data);
    if (reported.slice(before).some((d) => d.severity === 'error')) return;
    if (!validateSchema(data, { file: f.file, version }, report)) return;
    configs.push(normalizeDocument(data, { file: f.file, workingDir, env: options.env, readFile, version }, report));
  });
  if (reported.some((d) => d.severity === 'error')) return finish();
  if (configs.length !== usable.length) throw new Error('internal: a file was dropped without an error');

  const merged = configs
    .slice(1)
    .reduce((acc, next, i) => mergeStackConfigs(acc, next, { report, file: usable[i + 1]!.file }), configs[0]!);
  if (reported.some((d) => d.severity === 'error')) return finish();
  const stack: StackConfig = { ...merged, version: isSupportedVersion(printedVersion) ? printedVersion : firstVersion };
  const yaml = emitStackYaml(stack, { escapeDollar: !options.skipInterpolation });
  return finish({ stack, yaml });
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
function withEnvFiles(options: CompileOptions, readFile: ReadFile, report: Report, texts: Map<string, string>): Env {
  if (!options.envFiles?.length) return options.env;
  const vars: Record<string, string | undefined> = {};
  for (const file of options.envFiles) {
    const absPath = resolve(options.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = readFile(absPath);
    } catch (err) {
      report({ code: 'load/env-file', severity: 'error', file, message: describeReadError(err, absPath) });
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    texts.set(file, text);
    Object.assign(vars, readDotEnv(text, file, report));
  }
  return { ...vars, ...options.env };
}
