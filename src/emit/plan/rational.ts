/**
 * `cpus` → nano-CPUs the way docker's `opts.ParseCPUs` does it: Go's `big.Rat.SetString`, times
 * 1e9, which must come out whole. SetString accepts more than decimals (recorded with 28.2.2:
 * `3/2`, `0x10`, `1_0`, `0x1p-2`, `1.5e1`, `0b1/0x2` all deploy), so this is a small port of its
 * grammar on BigInt rather than a float parse, which would also lose exactness.
 */

interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

interface Scanned {
  readonly value: bigint;
  readonly base: number;
  /** Minus the number of digits after the radix point (0 without one). */
  readonly fcount: number;
  readonly next: number;
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * Go's `nat.scan` with base 0: an optional `0b`/`0o`/`0x` prefix (a bare leading `0` means octal
 * only when fractions are not allowed), `_` between digits, and a radix point when `fracOk`.
 */
function scanNat(s: string, start: number, fracOk: boolean): Scanned | undefined {
  let i = start;
  let base = 10;
  let prefix = '';
  let count = 0;
  let prev = '.';
  if (s[i] === '0') {
    prev = '0';
    count = 1;
    i++;
    const p = s[i]?.toLowerCase();
    if (p === 'b' || p === 'o' || p === 'x') {
      base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
      prefix = p;
      count = 0;
      i++;
    } else if (!fracOk) {
      base = 8;
      prefix = '0';
      count = 0;
    }
  }
  let value = 0n;
  let invalidSeparator = false;
  let point = -1;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '.' && fracOk && point < 0) {
      point = count;
      prev = '.';
    } else if (ch === '_') {
      if (prev !== '0') invalidSeparator = true;
      prev = '_';
    } else {
      const d = digitValue(ch);
      if (d >= base) break;
      prev = '0';
      count++;
      value = value * BigInt(base) + BigInt(d);
    }
  }
  if (count === 0) {
    // Only the octal prefix `0`: Go reads it as decimal zero.
    if (prefix === '0') return { value: 0n, base: 10, fcount: 0, next: i };
    return undefined;
  }
  if (invalidSeparator || prev === '_') return undefined;
  return { value, base, fcount: point < 0 ? 0 : point - count, next: i };
}

/** Go's `scanExponent` (decimal `e`, binary `p`, `_` separators allowed). */
function scanExponent(s: string, start: number): { exp: bigint; base: 10 | 2; next: number } | undefined {
  const ch = s[start];
  if (ch !== 'e' && ch !== 'E' && ch !== 'p' && ch !== 'P') return { exp: 0n, base: 10, next: start };
  let i = start + 1;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const m = /^[0-9_]*/.exec(s.slice(i))![0];
  if (!/^[0-9]+(_[0-9]+)*$/.test(m)) return undefined;
  const exp = BigInt(m.replace(/_/g, ''));
  return { exp: neg ? -exp : exp, base: ch === 'p' || ch === 'P' ? 2 : 10, next: i + m.length };
}

function scale(f: Fraction, base: bigint, exp: bigint): Fraction {
  if (exp === 0n) return f;
  const factor = base ** (exp < 0n ? -exp : exp);
  return exp < 0n ? { num: f.num, den: f.den * factor } : { num: f.num * factor, den: f.den };
}

function parseInteger(s: string, signed: boolean): bigint | undefined {
  let i = 0;
  let neg = false;
  if (signed && (s[0] === '+' || s[0] === '-')) {
    neg = s[0] === '-';
    i = 1;
  }
  const scanned = scanNat(s, i, false);
  if (!scanned || scanned.next !== s.length) return undefined;
  return neg ? -scanned.value : scanned.value;
}

/** Go's `new(big.Rat).SetString(s)`; `undefined` where Go reports failure. */
export function parseGoRational(s: string): Fraction | undefined {
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const num = parseInteger(s.slice(0, slash), true);
    const den = parseInteger(s.slice(slash + 1), false);
    if (num === undefined || den === undefined || den === 0n) return undefined;
    return { num, den };
  }
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  const mantissa = scanNat(s, i, true);
  if (!mantissa) return undefined;
  const exponent = scanExponent(s, mantissa.next);
  if (!exponent || exponent.next !== s.length) return undefined;
  let f: Fraction = { num: neg ? -mantissa.value : mantissa.value, den: 1n };
  const bitsPerDigit = mantissa.base === 16 ? 4n : mantissa.base === 8 ? 3n : 1n;
  if (mantissa.base === 10) f = scale(f, 10n, BigInt(mantissa.fcount));
  else f = scale(f, 2n, BigInt(mantissa.fcount) * bitsPerDigit);
  return scale(f, exponent.base === 2 ? 2n : 10n, exponent.exp);
}

/** Result of {@link parseNanoCpus}: nano-CPUs, or docker's error text. */
export type NanoCpusResult = { ok: true; nanoCpus: number } | { ok: false; error: string };

/** Docker's `opts.ParseCPUs`: `"0.5"` → 500000000; errors worded as docker words them. */
export function parseNanoCpus(value: string): NanoCpusResult {
  const rat = parseGoRational(value);
  if (!rat) return { ok: false, error: `failed to parse ${value} as a rational number` };
  const scaled = rat.num * 1_000_000_000n;
  if (scaled % rat.den !== 0n) return { ok: false, error: 'value is too precise' };
  // Go keeps the low 64 bits (`Num().Int64()`).
  return { ok: true, nanoCpus: Number(BigInt.asIntN(64, scaled / rat.den)) };
}
