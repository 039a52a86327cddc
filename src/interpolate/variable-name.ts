/**
 * What both interpolation grammars (docker stack's and the Compose Specification's) agree on: the
 * characters that delimit a substitution and those a variable name is made of.
 */

export const DOLLAR = 0x24;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;

/**
 * `ſ` and the Kelvin sign: both grammars match names with a case-insensitive Go pattern
 * (`(?i)[_a-z][_a-z0-9]*`), and Go folds these two into `[_a-z]` (verified: `${ſx}` reads `ſx`).
 */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** A character a variable name may start with. */
export function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === LONG_S || c === KELVIN;
}

/** A character a variable name may continue with. */
export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39);
}
