/**
 * Would a plain (unquoted) scalar read back as something other than a string? This mirrors
 * yaml.v3's `resolve` plus the two YAML 1.1 checks its encoder adds (`isBase60Float`,
 * `isOldBool`): docker's output double-quotes every string for which this is true, e.g. `"3000"`,
 * `"0o17"`, `"1_000"`, `"1:20"`, `"2001-12-14"`, `"yes"`, `"~"`, `""` (stack-deploy.md §3.3).
 */

/** Strings yaml.v3 resolves by table lookup (null, bools, inf/nan). */
const RESOLVED_WORDS = new Set([
  '', '~', 'null', 'Null', 'NULL',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  '.nan', '.NaN', '.NAN',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

/** YAML 1.1 booleans the encoder still quotes for old readers. */
const OLD_BOOLS = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF',
]);

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Go `strconv.ParseFloat` decimal syntax for strings starting with `.` (underscores between digits). */
const GO_DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` would succeed (base prefixes, octal `017`). */
function parsesAsGoInt(s: string): boolean {
  const m = GO_INT.exec(s);
  if (!m) return false;
  const sign = m[1];
  const body = m[2]!;
  let v: bigint;
  if (/^0[oO]/.test(body)) v = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) v = BigInt(`0o${body.slice(1)}`);
  else v = BigInt(body);
  // ParseInt takes a sign and int64; ParseUint (tried next) takes no sign and uint64.
  if (sign === '-') return v <= INT64_MAX + 1n;
  if (sign === '+') return v <= INT64_MAX;
  return v <= UINT64_MAX;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

const DATE = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/;
const CLOCK = /^([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?/;

/** yaml.v3 `parseTimestamp`: Go `time.Parse` with its four accepted layouts. */
function isTimestamp(s: string): boolean {
  const date = DATE.exec(s);
  if (!date || !validDate(Number(date[1]), Number(date[2]), Number(date[3]))) return false;
  let rest = s.slice(date[0].length);
  if (rest === '') return true;
  const sep = rest[0];
  if (sep !== 'T' && sep !== 't' && sep !== ' ') return false;
  rest = rest.slice(1);
  const clock = CLOCK.exec(rest);
  if (!clock || Number(clock[1]) > 23 || Number(clock[2]) > 59 || Number(clock[3]) > 59) return false;
  rest = rest.slice(clock[0].length);
  if (sep === ' ') return rest === '';
  if (rest === 'Z') return true;
  const zone = /^[+-]([0-9]{2}):([0-9]{2})$/.exec(rest);
  return zone !== null && Number(zone[1]) <= 24 && Number(zone[2]) <= 60;
}

/** The plain form of `s` would resolve to a non-string (yaml.v3 `resolve`, YAML 1.2 core + ints). */
function resolvesToNonString(s: string): boolean {
  if (RESOLVED_WORDS.has(s)) return true;
  const c = s.charCodeAt(0);
  if (c === 0x2e /* . */) return GO_DOT_FLOAT.test(s);
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && c !== 0x2b && c !== 0x2d) return false;
  if (digit && isTimestamp(s)) return true;
  const plain = s.replace(/_/g, '');
  if (parsesAsGoInt(plain)) return true;
  return YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain));
}

/**
 * True when yaml.v3 may print `s` plain as far as typing goes (the emitter may still choose
 * quotes for syntax reasons). False means docker double-quotes it.
 */
export function canBePlainString(s: string): boolean {
  return !resolvesToNonString(s) && !BASE60_FLOAT.test(s) && !OLD_BOOLS.has(s);
}

/** ASCII letters. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Characters that can never make a scalar non-plain after a leading letter or `/`: `[A-Za-z0-9_./=@+-]`. */
function isPlainSafe(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x2d && c <= 0x39) /* - . / 0-9 */ || c === 0x5f || c === 0x3d || c === 0x40 || c === 0x2b;
}

/**
 * Fast path for the bulk of real values (`image` names, paths, `tcp`, `ingress`): true only when
 * the full analysis would certainly choose the plain style. A char-code loop, not a regex: it runs
 * for every string the emitter prints.
 */
export function isObviouslyPlain(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  if (!isAsciiLetter(first) && first !== 0x2f) return false;
  for (let i = 1; i < n; i++) if (!isPlainSafe(s.charCodeAt(i))) return false;
  return !RESOLVED_WORDS.has(s) && !OLD_BOOLS.has(s);
}
