/**
 * Turning engine failures into diagnostics. One place, so every phase words things alike and the
 * code says what failed (`engine/unreachable` vs. the engine refusing a request).
 */
import type { Report } from '../diagnostics/diagnostic.js';
import { EngineError } from './engine-error.js';

/** Report an error-severity engine diagnostic. */
export function reportEngineError(report: Report, code: string, message: string, data?: Record<string, unknown>): void {
  report({ code: `engine/${code}`, severity: 'error', message, ...(data ? { data } : {}) });
}

/**
 * The text docker prints for a failed call (`Error response from daemon: …`, or the
 * cannot-connect sentence), for errors that escaped as something other than an EngineError too.
 */
export function errorText(err: unknown): string {
  if (err instanceof EngineError) return err.message;
  return (err as Error)?.message ?? String(err);
}

/** `unreachable` when nothing answered, `<fallback>` when the engine refused. */
export function errorCode(err: unknown, fallback: string): string {
  return err instanceof EngineError && err.status === 0 ? 'unreachable' : fallback;
}

/** Report `err` with docker's `<prefix>: <err>` wrapping (no prefix: the error as-is). */
export function reportCallFailure(report: Report, err: unknown, code: string, prefix?: string, data?: Record<string, unknown>): string {
  const text = prefix ? `${prefix}: ${errorText(err)}` : errorText(err);
  const status = err instanceof EngineError ? err.status : undefined;
  reportEngineError(report, errorCode(err, code), text, { ...data, ...(status !== undefined ? { status } : {}) });
  return text;
}
