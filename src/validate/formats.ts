/**
 * The two custom JSON-Schema formats docker registers (stack-deploy.md §1.7): `ports` (a short
 * port spec, go-connections `nat.ParsePortSpec`) and `duration` (Go `time.ParseDuration`).
 * Written from the documented grammar; both are pure predicates.
 */
import { memoizeString } from '../normalize/memoize.js';
import { isValidPortSpec } from '../normalize/parse-port-spec.js';

/**
 * Whether a string is a valid short port spec `[ip:][hostPort[-end]:]containerPort[-end][/proto]`
 * (stack-deploy.md §1.8.1): exactly the strings the normalize stage can expand, so the schema
 * check and the expansion share one grammar.
 */
export function isPortSpecString(raw: string): boolean {
  return isValidPortSpec(raw);
}

/**
 * The numerator of a number written as a reduced fraction. gojsonschema hands numbers to docker's
 * `ports` checker as `big.Rat`, and docker keeps the part before `/` — so `80.5` (161/2) is
 * checked as `"161"`.
 */
function ratNumerator(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString();
  let num = x;
  let den = 1n;
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  let n = BigInt(num);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const g = gcd(n, den);
  n /= g;
  return n.toString();
}

/** docker's `ports` format: a short port spec string, or a number checked the same way. */
export function isPortSpec(value: unknown): boolean {
  if (typeof value === 'string') return isPortSpecString(value);
  if (typeof value === 'number' && Number.isFinite(value)) return isPortSpecString(ratNumerator(value));
  // Any other type reaches the checker as an empty spec, which fails.
  return false;
}

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek small letter mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX_DURATION = (1n << 63n) - 1n;

/**
 * Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-zµμ]+)+`, or a bare `0`. Every number
 * needs a unit; the total must fit in an int64 of nanoseconds (`9999999999999h` fails).
 */
export function isGoDuration(value: unknown): boolean {
  return typeof value === 'string' && checkGoDuration(value);
}

/** Files repeat the same few durations in every service. */
const checkGoDuration = memoizeString(parsesAsGoDuration);

function parsesAsGoDuration(value: string): boolean {
  let s = value;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  if (s === '0') return true;
  if (s === '') return false;
  let total = 0n;
  const re = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  while (s !== '') {
    const m = re.exec(s);
    if (!m) return false;
    const [all, intPart = '', frac, unitText = ''] = m;
    const hasFrac = frac !== undefined && frac !== '';
    if (intPart === '' && !hasFrac) return false;
    const unit = UNITS[unitText];
    if (unit === undefined) return false;
    const whole = intPart === '' ? 0n : BigInt(intPart);
    if (whole > MAX_DURATION / unit) return false;
    let v = whole * unit;
    if (hasFrac) {
      // Go scales the fraction to the unit and truncates, ignoring digits beyond int64 precision.
      const digits = frac.slice(0, 18);
      v += (BigInt(digits) * unit) / 10n ** BigInt(digits.length);
    }
    total += v;
    if (total > MAX_DURATION) return false;
    s = s.slice(all.length);
  }
  return true;
}
