/**
 * Go's `<` on strings compares UTF-8 bytes, which is code point order. JavaScript's `<` compares
 * UTF-16 code units, which differs for characters above U+FFFF, so compare code points instead.
 * docker sorts merged volumes by target and secrets/configs by source this way.
 */
export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done) return cb.done ? 0 : -1;
    if (cb.done) return 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}
