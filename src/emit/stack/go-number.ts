/**
 * Numbers as Go's yaml.v3 prints them: integers in decimal, floats with
 * `strconv.FormatFloat(f, 'g', -1, bits)` — shortest digits, `%e` form (two-digit exponent, explicit
 * sign) when the exponent is below -4 or at least 6. So `1e6` prints `1e+06` and float32
 * `1e-7` prints `1e-07` (both observed with `docker stack config`).
 */

const TWO_63 = 2 ** 63;
const TWO_64 = 2 ** 64;

/** Formats shortest decimal digits `digits` (no dot) with decimal exponent `exp` like Go's `%g`. */
function formatG(negative: boolean, digits: string, exp: number): string {
  const sign = negative ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const abs = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Splits `x.toExponential(p)` output into digits and exponent. */
function splitExponential(text: string): { digits: string; exp: number } {
  const [mant = '0', e = '0'] = text.split('e');
  return { digits: mant.replace('.', ''), exp: Number(e) };
}

function special(value: number): string | undefined {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  return undefined;
}

/** Go `FormatFloat(v, 'g', -1, 64)` with yaml.v3's spellings of the infinities and NaN. */
export function formatGoFloat64(value: number): string {
  const s = special(value);
  if (s !== undefined) return s;
  const { digits, exp } = splitExponential(Math.abs(value).toExponential());
  return formatG(value < 0, digits, exp);
}

/** Go `FormatFloat(v, 'g', -1, 32)`: the shortest digits that read back as the same float32. */
export function formatGoFloat32(value: number): string {
  // The same few ratios (0.1, 0.3, …) recur in every service: the shortest-digits search runs once per value.
  let text = float32Texts.get(value);
  if (text === undefined) {
    text = formatFloat32Uncached(value);
    if (float32Texts.size < 1024) float32Texts.set(value, text);
  }
  return text;
}

const float32Texts = new Map<number, string>();

function formatFloat32Uncached(value: number): string {
  const f = Math.fround(value);
  const s = special(f);
  if (s !== undefined) return s;
  const abs = Math.abs(f);
  for (let p = 0; p < 9; p++) {
    const text = abs.toExponential(p);
    if (Math.fround(Number(text)) === abs) {
      const { digits, exp } = splitExponential(text);
      return formatG(f < 0, digits.replace(/0+$/, '') || '0', exp);
    }
  }
  return formatGoFloat64(f);
}

/**
 * A number of unknown Go type (an `x-*` value): yaml.v3 decodes a plain scalar as int64, then
 * uint64, then float64, so integral values in that range print as integers and the rest as floats.
 */
export function formatGoNumber(value: number): string {
  // Ports, replicas and sizes: a safe integer prints the same through String, without a BigInt.
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  if (Number.isInteger(value) && value >= -TWO_63 && value < TWO_64 && !Object.is(value, -0)) {
    return BigInt(value).toString();
  }
  return formatGoFloat64(value);
}
