/** Service `healthcheck`: string test → `["CMD-SHELL", s]`, durations canonicalized (§1.8.3). */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { HealthCheckConfig } from '../model/stack-config.js';
import { readDuration } from './duration-field.js';
import { formatGoValue } from './go-format.js';
import { isRecord, type Scope } from './scope.js';

const DURATIONS = [
  ['timeout', 'HealthCheck.Timeout'],
  ['interval', 'HealthCheck.Interval'],
  ['start_period', 'HealthCheck.start_period'],
  ['start_interval', 'HealthCheck.start_interval'],
] as const;

/**
 * Normalizes a healthcheck mapping. A given mapping always yields an object (docker's pointer
 * field prints `{}`); duration pointers keep `0s`.
 */
export function normalizeHealthcheck(value: unknown, path: DocPath, scope: Scope): HealthCheckConfig | undefined {
  if (!isRecord(value)) return undefined;
  const out: HealthCheckConfig = {};
  const test = value.test;
  // `test: NONE` as a string becomes CMD-SHELL NONE and does not disable the check (verified).
  if (typeof test === 'string') out.test = ['CMD-SHELL', test];
  else if (Array.isArray(test) && test.length > 0) out.test = test.map(formatGoValue);
  for (let i = 0; i < DURATIONS.length; i++) {
    const key = DURATIONS[i]![0];
    const raw = value[key];
    if (raw === undefined || raw === null) continue; // readDuration's "absent": no path needed
    const d = readDuration(raw, [...path, key], scope, DURATIONS[i]![1]);
    if (d) out[key] = d.text;
  }
  if (typeof value.retries === 'number') out.retries = Math.trunc(value.retries);
  if (value.disable === true) out.disable = true;
  return out;
}
