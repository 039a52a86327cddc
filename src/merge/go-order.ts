/**
 * Go's `<` on strings compares UTF-8 bytes, which is code point order. JavaScript's `<` compares
 * UTF-16 code units, which differs for characters above U+FFFF, so compare code points instead.
 * docker sorts merged volumes by target and secrets/configs by source this way.
 */
export function compareGoStrings(a: string, b: string): number {
  // Up to the first difference the two orders agree; at it, code units order like code points
  // unless one of them is a surrogate, which only the slow path reads correctly.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (isSurrogate(ca) || isSurrogate(cb)) return compareCodePoints(a, b);
    return ca < cb ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function compareCodePoints(a: string, b: string): number {
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
