/**
 * Go `time.ParseDuration` and `time.Duration.String()`, on BigInt nanoseconds so that the full
 * int64 range is exact. Docker parses every compose duration with the former and prints it with
 * the latter (`90s` → `1m30s`, `1500ms` → `1.5s`).
 */
import { memoizeString } from './memoize.js';

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // U+00B5 micro sign
  ['\u03bcs', 1_000n], // U+03BC Greek mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const MAX_MAGNITUDE = 1n << 63n;

/** Result of {@link parseGoDuration}: nanoseconds, or Go's error text. */
export type DurationResult = { ok: true; nanos: bigint } | { ok: false; error: string };

/** Go's `strconv.Quote` for the ASCII-printable inputs duration errors usually hold. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Parses a Go duration string (`1h2m3.5s`, `-2s`, `0`). Pure, so results are memoized; treat them as read-only. */
export const parseGoDuration: (input: string) => DurationResult = memoizeString(parseUncached);

function parseUncached(input: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${goQuote(input)}` });
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanos: 0n };
  if (s === '') return invalid();
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0]! >= '0' && s[0]! <= '9'))) return invalid();
    // Integer part; Go reports overflow of the leading int as an invalid duration.
    const intMatch = /^[0-9]*/.exec(s)![0];
    const pre = intMatch !== '';
    let v = intMatch === '' ? 0n : BigInt(intMatch);
    if (v > MAX_MAGNITUDE) return invalid();
    s = s.slice(intMatch.length);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      s = s.slice(1);
      const fracDigits = /^[0-9]*/.exec(s)![0];
      post = fracDigits !== '';
      // Go's leadingFraction: stop accumulating (silently) once another digit would overflow.
      let overflow = false;
      for (const ch of fracDigits) {
        if (overflow) continue;
        if (f > ((1n << 63n) - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(ch.charCodeAt(0) - 48);
        if (y > 1n << 63n) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      s = s.slice(fracDigits.length);
    }
    if (!pre && !post) return invalid();
    const unitText = /^[^0-9.]*/.exec(s)![0];
    s = s.slice(unitText.length);
    if (unitText === '') return { ok: false, error: `time: missing unit in duration ${goQuote(input)}` };
    const unit = UNITS.get(unitText);
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${goQuote(unitText)} in duration ${goQuote(input)}` };
    }
    if (v > MAX_MAGNITUDE / unit) return invalid();
    v *= unit;
    if (f > 0n) {
      // Go computes the fractional part in float64: uint64(float64(f) * (float64(unit) / scale)).
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX_MAGNITUDE) return invalid();
    }
    total += v;
    if (total > MAX_MAGNITUDE) return invalid();
  }
  if (neg) return { ok: true, nanos: -total };
  if (total > MAX_MAGNITUDE - 1n) return invalid();
  return { ok: true, nanos: total };
}

/** Formats `v / 10**prec` fraction digits like Go's fmtFrac: trailing zeros and a bare `.` dropped. */
function fraction(v: bigint, prec: number): { text: string; rest: bigint } {
  let digits = '';
  let printed = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    printed = printed || digit !== 0n;
    if (printed) digits = digit.toString() + digits;
    v /= 10n;
  }
  return { text: printed ? '.' + digits : '', rest: v };
}

/** Go's `time.Duration.String()`: `1h0m0s`, `1m30s`, `1.5s`, `1µs`, `0s`, `-2s`. */
export function formatGoDuration(nanos: bigint): string {
  if (nanos === 0n) return '0s';
  const neg = nanos < 0n;
  let u = neg ? -nanos : nanos;
  let out: string;
  if (u < 1_000_000_000n) {
    let unit: string;
    let prec: number;
    if (u < 1_000n) {
      unit = 'ns';
      prec = 0;
    } else if (u < 1_000_000n) {
      unit = '\u00b5s';
      prec = 3;
    } else {
      unit = 'ms';
      prec = 6;
    }
    const frac = fraction(u, prec);
    out = frac.rest.toString() + frac.text + unit;
  } else {
    const frac = fraction(u, 9);
    u = frac.rest;
    out = (u % 60n).toString() + frac.text + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

/** Result of {@link canonicalDuration}. */
export type CanonicalDuration = { ok: true; value: string; nanos: bigint } | { ok: false; error: string };

/**
 * Parse then print: the canonical form docker outputs, or Go's error text. Memoized (printing
 * costs BigInt arithmetic, and inputs repeat as much); treat the result as read-only.
 */
export const canonicalDuration: (input: string) => CanonicalDuration = memoizeString((input) => {
  const parsed = parseGoDuration(input);
  return parsed.ok ? { ok: true, value: formatGoDuration(parsed.nanos), nanos: parsed.nanos } : parsed;
});
