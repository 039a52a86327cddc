/**
 * Shared by the end-to-end suites: finds the fixture cases, reads the goldens that
 * `scripts/update-fixtures.mjs` recorded from the real docker CLI, and holds the comparison rules,
 * so the corpus and the hand-written cases are judged the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { compile, emitStackYaml } from '../../src/index.js';
import type { CompileResult } from '../../src/compile-options.js';
import type { EmitOptions } from '../../src/emit/stack/index.js';
import type { StackConfig } from '../../src/model/stack-config.js';
import type { Env, ReadFile } from '../../src/options.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The placeholder the goldens use for the absolute path of their case folder. */
const CASE_DIR = '@CASE_DIR@';

/** What docker printed for a case (`expected/docker.json`). */
export interface DockerGolden {
  readonly status: 0 | 1;
  readonly stdout: string;
  readonly stderr: string;
  /** Whether docker, reading its own stdout back, prints the same text again. */
  readonly rereadable: boolean;
}

export interface GoldenCase {
  readonly name: string;
  /** Absolute case folder: the `cwd` of the compile and the value of `@CASE_DIR@`. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly env: Env;
  readonly skipInterpolation: boolean;
  readonly golden: DockerGolden;
}

/** Flags a CASE.json may carry, as the compile options they stand for. */
const KNOWN_ARGS: Readonly<Record<string, 'skipInterpolation'>> = { '--skip-interpolation': 'skipInterpolation' };

/** Every case folder under `fixtures/<suite>` that has the descriptor, sorted by name. */
export function loadCases(suite: 'corpus' | 'cases'): GoldenCase[] {
  const root = join(REPO_ROOT, 'fixtures', suite);
  const descriptor = suite === 'corpus' ? 'SOURCE.json' : 'CASE.json';
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, descriptor)))
    .map((e) => e.name)
    .sort()
    .map((name) => readCase(join(root, name), name, descriptor));
}

function readCase(dir: string, name: string, descriptor: string): GoldenCase {
  const meta = JSON.parse(readFileSync(join(dir, descriptor), 'utf8')) as {
    files: string[];
    env?: Record<string, string>;
    args?: string[];
  };
  const goldenPath = join(dir, 'expected', 'docker.json');
  if (!existsSync(goldenPath)) {
    throw new Error(`${relative(REPO_ROOT, goldenPath)} is missing: run \`npm run fixtures:update\``);
  }
  let skipInterpolation = false;
  for (const arg of meta.args ?? []) {
    const option = KNOWN_ARGS[arg];
    if (option === undefined) throw new Error(`${name}: unknown arg ${arg} in ${descriptor}`);
    if (option === 'skipInterpolation') skipInterpolation = true;
  }
  return {
    name,
    dir,
    files: meta.files,
    env: meta.env ?? {},
    skipInterpolation,
    golden: JSON.parse(readFileSync(goldenPath, 'utf8')) as DockerGolden,
  };
}

/** docker's stdout with the placeholder turned back into this checkout's case folder. */
export function expectedStdout(c: GoldenCase): string {
  return c.golden.stdout.split(CASE_DIR).join(c.dir);
}

/**
 * Compile a case with docker stack's rules only (`mode: 'stack'`): the goldens are docker's
 * verdicts. What compose mode makes of input docker rejects is tested in test/e2e/compose-mode.test.ts.
 */
export function compileCase(c: GoldenCase, mode: 'stack' | 'auto' = 'stack'): CompileResult {
  return compile({ files: c.files, cwd: c.dir, env: c.env, skipInterpolation: c.skipInterpolation, mode });
}

/** Error diagnostics as `file:line:col code message`, so a failing assertion shows what went wrong. */
function describeErrors(result: CompileResult): string[] {
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file ?? '?'}:${d.line ?? '?'}:${d.column ?? '?'} ${d.code} ${d.message}`);
}

/** docker rejected the input: so must we, with every error pointing at a place in a file. */
export function expectRejected(c: GoldenCase, result: CompileResult): void {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(result.ok, `docker said:\n${c.golden.stderr}`).toBe(false);
  expect(errors.length).toBeGreaterThan(0);
  for (const d of errors) {
    const where = `${d.code} ${d.message}`;
    expect(d.file, `unlocated: ${where}`).toEqual(expect.any(String));
    expect(d.line, `no line: ${where}`).toEqual(expect.any(Number));
    expect(d.column, `no column: ${where}`).toEqual(expect.any(Number));
  }
  expect(result.yaml).toBeUndefined();
}

/**
 * docker accepted the input. When docker's own output reads back unchanged, ours must be the same
 * bytes. When it does not (it prints `$` unescaped, long-syntax ports under 3.0/3.1, `name` on
 * resources of versions that lack it, duplicates after a merge), copying docker's text would copy
 * a broken file; instead our output must read back, through stackc itself with an empty
 * environment, as the very stack we compiled, and that stack printed the way docker prints it must
 * be docker's stdout: our output, read back, is exactly what docker read.
 */
export function expectAccepted(c: GoldenCase, result: CompileResult): void {
  const expected = expectedStdout(c);
  expect(describeErrors(result), `docker accepted it; stdout:\n${expected}`).toEqual([]);
  expect(result.ok).toBe(true);
  if (c.golden.rereadable) {
    expect(result.yaml).toBe(expected);
    return;
  }
  expect(result.yaml).toEqual(expect.any(String));
  const again = rereadOwnOutput(c, result.yaml!);
  expect(describeErrors(again), `our output did not read back:\n${result.yaml}`).toEqual([]);
  expect(again.stack, 'reading our output back changed the stack').toEqual(result.stack);
  expect(printLikeDocker(again.stack!)).toBe(expected);
}

/**
 * Compiles `yaml` as if it were a file next to the case's first file (so relative `env_file`
 * entries, which are printed as written, still resolve), without writing to the fixtures, with
 * the case's own flags: `--skip-interpolation` output keeps `${...}` and is read back that way.
 */
function rereadOwnOutput(c: GoldenCase, yaml: string): CompileResult {
  const firstDir = dirname(resolve(c.dir, c.files[0]!));
  const virtual = join(firstDir, '.stackc-reread.yml');
  const readFile: ReadFile = (absPath) =>
    resolve(absPath) === virtual ? new TextEncoder().encode(yaml) : readFileSync(absPath);
  return compile({ files: [relative(c.dir, virtual)], cwd: c.dir, env: {}, readFile, skipInterpolation: c.skipInterpolation });
}

/**
 * The stack printed exactly as `docker stack config` would: no `$` escaping and none of the
 * per-version rewrites (`legacyForms: false`) that make `result.yaml` a valid file for its version.
 */
function printLikeDocker(stack: StackConfig): string {
  return emitStackYaml(stack, { escapeDollar: false, legacyForms: false } as EmitOptions);
}
