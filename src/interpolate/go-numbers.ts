/**
 * The two Go number parsers docker's interpolation casts use (`strconv.Atoi`, `strconv.ParseFloat`
 * with bitSize 64), reproduced for their accepted syntax and their error texts.
 */
import { goQuote } from './go-quote.js';

/** A parse result: the number, or the Go error text (`strconv.Atoi: parsing "x": invalid syntax`). */
export type GoParse = { ok: true; value: number } | { ok: false; error: string };

const MAX_UINT64 = (1n << 64n) - 1n;
/** `ParseUint` reports overflow as soon as `n * 10` would overflow: once n reaches this cutoff. */
const UINT64_CUTOFF = MAX_UINT64 / 10n + 1n;
const INT64_LIMIT = 1n << 63n;

function numError(fn: string, text: string, reason: 'invalid syntax' | 'value out of range'): GoParse {
  return { ok: false, error: `strconv.${fn}: parsing ${goQuote(text)}: ${reason}` };
}

/**
 * Go's `strconv.Atoi` on a 64-bit platform: optional `+`/`-`, then decimal digits only (no
 * underscores, no base prefixes, no spaces). Overflow is detected digit by digit, so
 * `99999999999999999999x` is "value out of range", not "invalid syntax" (verified with docker).
 * Values beyond 2^53 lose precision as JS numbers; such replica counts are not meaningful anyway.
 */
export function goAtoi(text: string): GoParse {
  let i = 0;
  const neg = text.startsWith('-');
  if (neg || text.startsWith('+')) i = 1;
  if (i === text.length) return numError('Atoi', text, 'invalid syntax');
  let n = 0n;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return numError('Atoi', text, 'invalid syntax');
    if (n >= UINT64_CUTOFF) return numError('Atoi', text, 'value out of range');
    n = n * 10n + BigInt(c - 0x30);
    if (n > MAX_UINT64) return numError('Atoi', text, 'value out of range');
  }
  if (neg ? n > INT64_LIMIT : n >= INT64_LIMIT) return numError('Atoi', text, 'value out of range');
  return { ok: true, value: Number(neg ? -n : n) };
}

/** Decimal float: digits with optional point (at least one digit), optional exponent; `_` checked later. */
const DECIMAL_FLOAT = /^[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?$/;
/** Hex float: `0x` mantissa with optional point, mandatory `p` exponent (Go rejects `0x1` here). */
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9_]+)$/;
/** `inf`, `infinity` (signed or not) and unsigned `nan`, any case. */
const SPECIAL_FLOAT = /^(?:([+-]?)inf(?:inity)?|nan)$/i;

/**
 * Go's rule for `_` in number literals: only between digits, or between a base prefix and a digit.
 */
function underscoresOk(text: string): boolean {
  let s = text;
  if (s.startsWith('+') || s.startsWith('-')) s = s.slice(1);
  let saw: '^' | '0' | '_' | '!' = '^';
  let i = 0;
  let hexDigits = false;
  if (s.length >= 2 && s[0] === '0' && /[box]/i.test(s[1] as string)) {
    i = 2;
    saw = '0';
    hexDigits = /x/i.test(s[1] as string);
  }
  for (; i < s.length; i++) {
    const ch = s[i] as string;
    if ((ch >= '0' && ch <= '9') || (hexDigits && /[a-f]/i.test(ch))) {
      saw = '0';
    } else if (ch === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

function parseHexFloat(m: RegExpExecArray): number | undefined {
  const [, sign, intPart = '', fracPart = '', expPart = ''] = m;
  const digits = (intPart + fracPart).replace(/_/g, '');
  if (digits === '') return undefined;
  const mantissa = Number(BigInt('0x' + digits));
  const exp = Number(expPart.replace(/_/g, '')) - 4 * fracPart.replace(/_/g, '').length;
  const magnitude = mantissa === 0 ? 0 : mantissa * 2 ** exp;
  return sign === '-' ? -magnitude : magnitude;
}

/**
 * Go's `strconv.ParseFloat(text, 64)`: decimal and hexadecimal float syntax with `_` separators,
 * `inf`/`infinity`/`nan` in any case; a finite literal that overflows is "value out of range"
 * (verified: `1e400`). Decimal parsing is correctly rounded in both languages; hex mantissas longer
 * than 13 digits may differ in the last bit, which no compose value will notice.
 */
export function goParseFloat(text: string): GoParse {
  const special = SPECIAL_FLOAT.exec(text);
  if (special) {
    if (/nan/i.test(text)) return { ok: true, value: Number.NaN };
    return { ok: true, value: special[1] === '-' ? -Infinity : Infinity };
  }
  let value: number | undefined;
  const hexMatch = HEX_FLOAT.exec(text);
  if (hexMatch) value = underscoresOk(text) ? parseHexFloat(hexMatch) : undefined;
  else if (DECIMAL_FLOAT.test(text) && /[0-9]/.test(text.split(/[eE]/)[0] as string) && underscoresOk(text)) {
    value = Number(text.replace(/_/g, ''));
  }
  if (value === undefined || Number.isNaN(value)) return numError('ParseFloat', text, 'invalid syntax');
  if (!Number.isFinite(value)) return numError('ParseFloat', text, 'value out of range');
  return { ok: true, value };
}
