/**
 * Plain-scalar typing as docker reads compose files (go-yaml v3), which is neither YAML 1.1 nor
 * YAML 1.2 core: `0440` is octal, `0o17`/`0x1F`/`0b11` and `1_000` are ints, only
 * true/True/TRUE and false/False/FALSE are booleans (`yes` and `on` stay strings), and an unquoted
 * `2001-12-14` is a timestamp. Getting this wrong changes values silently (a file mode, a label),
 * so the rules are spelled out here rather than borrowed from a YAML library's schema.
 */

/** What a plain scalar resolves to. */
export type PlainScalar =
  | { kind: 'null'; value: null }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int' | 'float'; value: number }
  | { kind: 'timestamp'; value: string }
  | { kind: 'str'; value: string };

const FIXED: ReadonlyMap<string, PlainScalar> = new Map<string, PlainScalar>([
  ...['true', 'True', 'TRUE'].map((s) => [s, { kind: 'bool', value: true }] as const),
  ...['false', 'False', 'FALSE'].map((s) => [s, { kind: 'bool', value: false }] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, { kind: 'null', value: null }] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, { kind: 'float', value: NaN }] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, { kind: 'float', value: Infinity }] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, { kind: 'float', value: -Infinity }] as const),
]);

/**
 * The first characters each non-string kind can start with (`''` for the empty scalar, a null):
 * a plain scalar starting with anything else is a string, without further look.
 */
export const FIRST_CHARS: Readonly<Record<'null' | 'bool' | 'number', readonly string[]>> = {
  null: ['', '~', 'n', 'N'],
  bool: [...'tTfF'],
  // ints, floats (`.5`, `.inf`) and timestamps
  number: [...'0123456789+-.'],
};

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Resolve a plain (unquoted, untagged) scalar the way go-yaml v3 does. */
export function resolvePlainScalar(text: string): PlainScalar {
  const fixed = FIXED.get(text);
  if (fixed) return fixed;
  const first = text.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  if (text[0] === '.') {
    const f = parseGoFloat(text);
    return f === undefined ? { kind: 'str', value: text } : { kind: 'float', value: f };
  }
  if (!isDigit && text[0] !== '+' && text[0] !== '-') return { kind: 'str', value: text };
  // Most numbers in compose files are plain decimals (ports, replicas, counts): a leading 0 would
  // make them octal, and 16 digits could pass 2^53, so only shorter ones take this path.
  if (isDigit && first !== 48 && text.length < 16 && isDecimalDigits(text)) return { kind: 'int', value: Number(text) };
  // A timestamp starts with four digits and a dash; checking that first spares most values the regex.
  if (isDigit && text.length >= 8 && text.charCodeAt(4) === 45) {
    const ts = parseGoTimestamp(text);
    if (ts !== undefined) return { kind: 'timestamp', value: ts };
  }
  const plain = text.includes('_') ? text.replace(/_/g, '') : text;
  const int = parseGoIntBase0(plain);
  if (int !== undefined) return { kind: 'int', value: int };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = parseGoFloat(plain);
    if (f !== undefined) return { kind: 'float', value: f };
  }
  return { kind: 'str', value: text };
}

function isDecimalDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Go's strconv.ParseInt(s, 0, 64) (and ParseUint as a fallback), as a JS number. */
function parseGoIntBase0(s: string): number | undefined {
  let i = 0;
  let sign = 1;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? -1 : 1;
    i = 1;
  }
  let digits = s.slice(i);
  let base = 10;
  if (/^0[xX]/.test(digits)) (base = 16), (digits = digits.slice(2));
  else if (/^0[oO]/.test(digits)) (base = 8), (digits = digits.slice(2));
  else if (/^0[bB]/.test(digits)) (base = 2), (digits = digits.slice(2));
  else if (digits.length > 1 && digits[0] === '0') (base = 8), (digits = digits.slice(1));
  if (digits === '') return undefined;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return undefined;
  const n = sign * parseInt(digits, base);
  // Beyond uint64 Go falls through to the float rules; the float regex then decides.
  return Math.abs(n) > 1.8446744073709552e19 ? undefined : n;
}

/** Go's strconv.ParseFloat for the decimal forms YAML can produce. */
function parseGoFloat(s: string): number | undefined {
  const t = s.replace(/^\+/, '');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    if (/^[-+]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(s)) return NaN;
    return undefined;
  }
  return Number(t);
}

/**
 * go-yaml's timestamp forms (`2006-1-2`, with an optional time part). Returns Go's
 * `time.Time.String()` rendering, which is what docker prints when such a value lands in a
 * string map (a label): `2001-12-14 00:00:00 +0000 UTC`.
 */
export function parseGoTimestamp(s: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]| )(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, sep, h = '0', mi = '0', se = '0', frac = '', zone] = m;
  if (sep === ' ' && zone !== undefined) return undefined; // go-yaml's space form has no zone
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(y), month)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return undefined;
  const pad = (v: string | number, n = 2) => String(v).padStart(n, '0');
  const fraction = frac.replace(/0+$/, '') === '.' ? '' : frac.replace(/0+$/, '');
  const base = `${y}-${pad(month)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(se)}${fraction}`;
  if (zone === undefined || zone === 'Z') return `${base} +0000 UTC`;
  const offset = zone.replace(':', '');
  return `${base} ${offset} ${offset}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
