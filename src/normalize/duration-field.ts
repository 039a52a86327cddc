/** Reads one duration-typed field into docker's printed form, reporting parse errors. */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { canonicalDuration } from './durations.js';
import { goTypeName } from './ports.js';
import { decodeErrorText, reportError, type Scope } from './scope.js';

/** Canonical duration text and whether it is zero. */
export interface DurationValue {
  readonly text: string;
  readonly zero: boolean;
}

/**
 * Parses `value` (a Go duration string) found at `path`; `goPath` is mapstructure's field path
 * for docker's error text. `undefined` when absent or invalid (invalid is reported).
 */
export function readDuration(value: unknown, path: DocPath, scope: Scope, goPath: string): DurationValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    const text = `invalid type ${goTypeName(value)} for duration`;
    reportError(scope, 'invalid-duration', path, text, { dockerMessage: decodeErrorText(goPath, text) });
    return undefined;
  }
  const parsed = canonicalDuration(value);
  if (!parsed.ok) {
    reportError(scope, 'invalid-duration', path, parsed.error, { dockerMessage: decodeErrorText(goPath, parsed.error) });
    return undefined;
  }
  return { text: parsed.value, zero: parsed.nanos === 0n };
}
