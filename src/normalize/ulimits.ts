/**
 * Service `ulimits`: an int is a single value, a mapping is `{soft, hard}` (§1.8.3). Docker's
 * marshaller prints a single value only when non-zero, and zero soft/hard are omitted.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { UlimitConfig } from '../model/stack-config.js';
import { goTypeName } from './ports.js';
import { decodeErrorText, isRecord, reportError, type Scope } from './scope.js';

/** Normalizes the `ulimits` mapping. */
export function normalizeUlimits(value: unknown, path: DocPath, scope: Scope): Record<string, UlimitConfig> | undefined {
  if (!isRecord(value)) return undefined;
  const out = new Map<string, UlimitConfig>();
  for (const [name, limit] of Object.entries(value)) {
    const limitPath = [...path, name];
    if (typeof limit === 'number' && Number.isInteger(limit)) {
      // A zero single value marshals as the empty struct.
      out.set(name, limit !== 0 ? limit : {});
      continue;
    }
    if (isRecord(limit)) {
      const { soft, hard } = limit;
      if (typeof soft !== 'number' || !Number.isInteger(soft) || typeof hard !== 'number' || !Number.isInteger(hard)) {
        // The schema only checks lowercase names, so e.g. `NOFILE: {soft: 1}` reaches the
        // loader, where docker panics on the missing field (spec §7 #31). Report it instead.
        reportError(scope, 'ulimit', limitPath, `ulimit "${name}" needs integer "soft" and "hard" values`);
        continue;
      }
      const entry: { soft?: number; hard?: number } = {};
      if (soft !== 0) entry.soft = soft;
      if (hard !== 0) entry.hard = hard;
      out.set(name, entry);
      continue;
    }
    const text = `invalid type ${goTypeName(limit)} for ulimits`;
    reportError(scope, 'ulimit', limitPath, text, { dockerMessage: decodeErrorText(`Ulimits[${name}]`, text) });
  }
  return out.size > 0 ? Object.fromEntries(out) : undefined;
}
