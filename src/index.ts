/**
 * stackc's library API. Everything the CLI does is available here, with the outside world
 * (files, environment, stdin) passed in.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CompileOptions, CompileResult, PlanOptions, PlanResult } from './compile-options.js';
import { compileStack, planStackFiles } from './pipeline.js';

export type { CompileOptions, CompileResult, PlanOptions, PlanResult } from './compile-options.js';
export type { Plan, PlanStep, PlanKind, EngineRef, DataSource } from './emit/plan/types.js';
export type { Diagnostic, DiagnosticInput, DocPath, Severity, Stage } from './diagnostics/diagnostic.js';
export { formatPath, toPointer } from './diagnostics/diagnostic.js';
export { formatPretty } from './diagnostics/format/pretty.js';
export { formatJson } from './diagnostics/format/json.js';
export type { StackConfig, ServiceConfig } from './model/stack-config.js';
export type { Env, ReadFile } from './options.js';
export { emitStackYaml, toCanonicalObject } from './emit/stack/index.js';

/** The real filesystem, the default {@link CompileOptions.readFile}. */
export const nodeReadFile = (absPath: string): Uint8Array => readFileSync(absPath);

/**
 * Compile compose files into the stack `docker stack config` would print.
 *
 * Never throws for bad input: every problem comes back in `diagnostics`, located at
 * file:line:column; `yaml` and `stack` are present only when there is no error.
 */
export function compile(options: CompileOptions): CompileResult {
  return compileStack(withDefaultExists(options), options.readFile ?? nodeReadFile);
}

/** The real filesystem's `exists`, unless files come from an injected reader (then it decides). */
function withDefaultExists<T extends CompileOptions>(options: T): T {
  return options.exists || options.readFile ? options : { ...options, exists: (p: string) => existsSync(p) };
}

/**
 * Compile, then build the ordered Engine API calls `docker stack deploy --resolve-image never`
 * sends to a swarm that has none of the stack's objects yet. Checks that docker only discovers
 * mid-deploy (undefined references, incompatible options, unreadable secret files) are
 * diagnostics here, before any call is made.
 */
export function planStack(options: PlanOptions): PlanResult {
  return planStackFiles(withDefaultExists(options), options.readFile ?? nodeReadFile);
}
