/**
 * Compose durations (Go syntax strings in the model) → the integer nanoseconds the Engine API
 * takes. The model holds durations docker already parsed, so a failure here is an internal
 * inconsistency; it is still reported rather than thrown.
 */
import { parseGoDuration } from '../../normalize/durations.js';
import type { DocPath } from '../../diagnostics/diagnostic.js';
import type { ServiceProblems } from './problems.js';

/**
 * Nanoseconds of `value` as a JSON number (exact up to 2^53 ns, about 104 days), or `undefined`
 * when absent. Reports `plan/invalid-duration`.
 */
export function durationNanos(value: string | undefined, path: DocPath, problems: ServiceProblems): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseGoDuration(value);
  if (!parsed.ok) {
    problems.fail('invalid-duration', path, parsed.error, parsed.error);
    return undefined;
  }
  return Number(parsed.nanos);
}
