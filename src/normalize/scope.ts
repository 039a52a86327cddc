/**
 * The per-file state every normalizer shares: the context, the report sink, and small helpers
 * that turn a problem into a located `normalize/*` diagnostic.
 */
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import type { Env, ReadFile } from '../options.js';

export { isRecord } from '../load/plain-data.js';

/** What normalizers need besides the value they transform. */
export interface Scope {
  /** Display name of the file, copied onto every diagnostic. */
  readonly file: string;
  /** Absolute working directory (the first `-f` file's directory). */
  readonly workingDir: string;
  /** Process environment. */
  readonly env: Env;
  /** Injected file reader (env files). */
  readonly readFile: ReadFile;
  /** Normalized version string, e.g. `3.8`. */
  readonly version: string;
  /** The sink. */
  readonly report: Report;
}

/** Optional extras for {@link reportError} / {@link reportWarning}. */
export interface ProblemExtras {
  /** Docker's own message text for the same situation (§6 of the spec). */
  readonly dockerMessage?: string;
  /** Point at the key of `path` rather than its value. */
  readonly atKey?: boolean;
  /** Character range inside the string value. */
  readonly inner?: readonly [number, number];
  /** Further template data. */
  readonly data?: Readonly<Record<string, unknown>>;
}

function emit(
  scope: Scope,
  severity: 'error' | 'warning',
  slug: string,
  path: DocPath,
  message: string,
  extras: ProblemExtras,
): void {
  const data: Record<string, unknown> = { ...(extras.data ?? {}) };
  if (extras.dockerMessage !== undefined) data.dockerMessage = extras.dockerMessage;
  scope.report({
    code: `normalize/${slug}`,
    severity,
    message,
    file: scope.file,
    path,
    ...(extras.atKey ? { atKey: true } : {}),
    ...(extras.inner ? { inner: extras.inner } : {}),
    ...(Object.keys(data).length > 0 ? { data } : {}),
  });
}

/** Reports an error `normalize/<slug>` at `path`. */
export function reportError(scope: Scope, slug: string, path: DocPath, message: string, extras: ProblemExtras = {}): void {
  emit(scope, 'error', slug, path, message, extras);
}

/** Reports a warning `normalize/<slug>` at `path`. */
export function reportWarning(scope: Scope, slug: string, path: DocPath, message: string, extras: ProblemExtras = {}): void {
  emit(scope, 'warning', slug, path, message, extras);
}

/**
 * Docker (v28, mapstructure) wraps errors raised while decoding a service or resource in this
 * text; `goPath` is mapstructure's field path, e.g. `Deploy.Resources.Limits.memory`.
 */
export function decodeErrorText(goPath: string, message: string): string {
  return `decoding failed due to the following error(s):\n\nerror decoding '${goPath}': ${message}`;
}
