/**
 * Diagnostics of one project (a base file and its override): a diagnostics-only compile, plus any
 * extra pass (lint rules) the server was given, grouped per file.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { CompileResult } from '../compile-options.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compile } from '../index.js';
import type { Env, ReadFile } from '../options.js';
import { toLspDiagnostic } from './to-lsp-diagnostic.js';

/** Findings beyond the compiler's, computed from its result (the lint engine). */
export type ExtraPass = (result: CompileResult, files: readonly string[]) => readonly Diagnostic[];

/** What a project lint needs from the outside world. */
export interface LintEnvironment {
  readonly env: Env;
  /** Reads files, open documents' text first. */
  readonly readFile: ReadFile;
  readonly extra?: ExtraPass;
}

/**
 * Compiles the project made of `files` (absolute paths, merge order), diagnostics only. Files are
 * passed absolute, so each diagnostic's `file` is the path to publish it under.
 */
export function compileProject(files: readonly string[], environment: Omit<LintEnvironment, 'extra'>): CompileResult {
  return compile({ files, cwd: '/', env: environment.env, readFile: environment.readFile, diagnosticsOnly: true });
}

/** Groups diagnostics per file (every project file gets a list); a project-wide finding goes to the first file. */
export function byFile(diagnostics: readonly Diagnostic[], files: readonly string[]): Map<string, LspDiagnostic[]> {
  const out = new Map<string, LspDiagnostic[]>(files.map((f) => [f, []]));
  for (const d of diagnostics) {
    const file = d.file ?? files[0]!;
    let list = out.get(file);
    if (!list) out.set(file, (list = []));
    list.push(toLspDiagnostic(d));
  }
  return out;
}

/** Compiles and runs the extra pass in one go (for callers that don't publish in two steps). */
export function lintProject(files: readonly string[], environment: LintEnvironment): Map<string, LspDiagnostic[]> {
  const result = compileProject(files, environment);
  return byFile(environment.extra ? [...result.diagnostics, ...environment.extra(result, files)] : result.diagnostics, files);
}
