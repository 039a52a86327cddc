/**
 * Compose file version handling (stack-deploy.md §1.3): which v3 schema a file is checked against.
 */
import type { Report } from '../diagnostics/diagnostic.js';

/** The version docker assumes for a file without `version`, or with `""` or `"3"`. */
export const DEFAULT_VERSION = '3.13';

/** Every version docker has a schema for, oldest first. */
export const SUPPORTED_VERSIONS: readonly string[] = Array.from({ length: 14 }, (_, i) => `3.${i}`);

/** Go's `%v` for the scalar types yaml.v3 produces. */
function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
    // %v of a float64 is %g with the shortest digits; it switches to an exponent (at least two
    // digits) below 1e-4 and from 1e6 on (Go uses precision 6 for that decision).
    const [mantissa = '', expText = '0'] = v.toExponential().split('e');
    const exp = Number(expText);
    if (exp >= -4 && exp < 6) return String(v);
    const abs = Math.abs(exp);
    return `${mantissa}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v) ?? String(v);
}

/**
 * Docker's normalized version of a file's RAW (pre-interpolation) `version` value (§1.3):
 * missing, `""` and `"3"` give `3.13`; a number is printed first (`3.8` → `"3.8"`, `3` → `3.13`);
 * anything else is kept as written, so `"${V}"` stays `"${V}"`.
 */
export function readVersion(data: unknown): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('version' in data)) return DEFAULT_VERSION;
  const printed = goPrint((data as Record<string, unknown>)['version']);
  return printed === '' || printed === '3' ? DEFAULT_VERSION : printed;
}

/** Whether docker has a schema for this normalized version: `3.0` to `3.13` (no `3.x` wildcard). */
export function isSupportedVersion(v: string): boolean {
  return SUPPORTED_VERSIONS.includes(v);
}

/** Minor number of a supported version (`3.10` → 10), for ordering `x-since` annotations. */
export function minorOf(v: string): number {
  const m = /^3\.(\d+)$/.exec(v);
  if (!m) throw new Error(`not a 3.x version: ${v}`);
  return Number(m[1]);
}

/**
 * Reports `unsupported Compose file version: <v>` when docker has no schema for `version`,
 * pointed at the `version` value when the file has one. Returns true when the version is usable.
 */
export function checkVersion(data: unknown, ctx: { file: string; version: string }, report: Report): boolean {
  if (isSupportedVersion(ctx.version)) return true;
  const hasKey = data !== null && typeof data === 'object' && !Array.isArray(data) && 'version' in data;
  const message = `unsupported Compose file version: ${ctx.version}`;
  report({
    code: 'validate/unsupported-version',
    severity: 'error',
    message,
    file: ctx.file,
    ...(hasKey ? { path: ['version'] } : {}),
    data: { version: ctx.version, supported: SUPPORTED_VERSIONS, dockerMessage: message },
  });
  return false;
}
