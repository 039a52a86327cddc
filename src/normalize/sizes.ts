/**
 * Docker's memory sizes (`go-units.RAMInBytes`): binary multiples `k m g t p`, case-insensitive,
 * optional `b`/`ib` suffix, one optional space before the unit, fractions truncated.
 */
import { memoizeString } from './memoize.js';

/** Result of {@link parseRamInBytes}: a byte count or Go's error text. */
export type SizeResult = { ok: true; bytes: number } | { ok: false; error: string };

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** Decimal forms accepted by Go's strconv.ParseFloat (hex floats and `inf` words aside). */
const GO_DECIMAL_FLOAT = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

/**
 * Go's float64 → int64 conversion. Out-of-range values give the amd64 "integer indefinite"
 * value, which is what the docker binary produces.
 */
function truncateToInt64(n: number): number {
  if (!Number.isFinite(n) || Math.abs(n) >= 2 ** 63) return -(2 ** 63);
  return Math.trunc(n);
}

/** Parses a size string the way docker does for `memory` and `*_bytes` fields. Memoized; treat the result as read-only. */
export const parseRamInBytes: (sizeStr: string) => SizeResult = memoizeString(parseUncached);

function parseUncached(sizeStr: string): SizeResult {
  const invalidSize: SizeResult = { ok: false, error: `invalid size: '${sizeStr}'` };
  // Split at the last digit, dot or space: everything after it is the unit.
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(sizeStr[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return invalidSize;
  const num = sizeStr[sep] === ' ' ? sizeStr.slice(0, sep) : sizeStr.slice(0, sep + 1);
  let sfx = sizeStr.slice(sep + 1);
  if (!GO_DECIMAL_FLOAT.test(num)) {
    return { ok: false, error: `strconv.ParseFloat: parsing ${JSON.stringify(num)}: invalid syntax` };
  }
  let size = Number(num);
  if (!Number.isFinite(size)) {
    return { ok: false, error: `strconv.ParseFloat: parsing ${JSON.stringify(num)}: value out of range` };
  }
  if (size < 0) return invalidSize;
  if (sfx.length === 0) return { ok: true, bytes: truncateToInt64(size) };
  const badSuffix = (): SizeResult => ({ ok: false, error: `invalid suffix: '${sfx}'` });
  if (sfx.length > 3) return badSuffix();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? badSuffix() : { ok: true, bytes: truncateToInt64(size) };
  const mul = MULTIPLIERS[sfx[0]!];
  if (mul === undefined) return badSuffix();
  size *= mul;
  if (sfx.length === 2 && sfx[1] !== 'b') return badSuffix();
  if (sfx.length === 3 && sfx.slice(1) !== 'ib') return badSuffix();
  return { ok: true, bytes: truncateToInt64(size) };
}
