/**
 * Go's `fmt.Sprint` (`%v`) for the scalar values a YAML document can hold. Docker stringifies
 * label, sysctl, environment and option values this way (`loader.go: toString`).
 */

/**
 * Formats a float like Go's `strconv.FormatFloat(v, 'g', -1, 64)`: shortest round-trip digits,
 * exponent form when the decimal exponent is < -4 or >= 6 (`1e6` → `1e+06`).
 */
export function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  // toExponential() without an argument yields the shortest digits that round-trip, like Go.
  const [mantissa, expText] = v.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const digits = String(Math.abs(exp)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  // In this exponent range JavaScript's own formatting is plain decimal, same as Go's %f part.
  return String(v);
}

/**
 * Go `%v` of a YAML scalar. Integer-valued numbers print as integers: the loader hands us
 * JS numbers, so a YAML float such as `1e6` cannot be told apart from the int `1000000`
 * (docker would print `1e+06` for the former); ints are by far the common case.
 */
export function formatGoValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // Below 2^53 JavaScript prints integers exactly; above, only BigInt gives every digit.
    if (Number.isSafeInteger(value)) return String(value);
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) return BigInt(value).toString();
    return formatGoFloat(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(formatGoValue).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${k}:${formatGoValue((value as Record<string, unknown>)[k])}`);
    return `map[${entries.join(' ')}]`;
  }
  return String(value);
}

/**
 * Go `%s` of a non-string operand, as in docker's `fmt.Sprintf("%s%s%s", key, sep, value)` for
 * map-form `extra_hosts`: a number prints as `%!s(int=5)`.
 */
export function formatGoPercentS(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return `%!s(bool=${value})`;
  if (typeof value === 'number') {
    const isInt = Number.isInteger(value) && Math.abs(value) < 2 ** 63;
    return isInt ? `%!s(int=${formatGoValue(value)})` : `%!s(float64=${formatGoFloat(value)})`;
  }
  return formatGoValue(value);
}
