/**
 * yaml.v3's "natural" ordering of mapping keys (its `keyList.Less`), which docker uses for every
 * Go map it prints (services, labels, environment, networks, `x-*` keys…): letters compare by code
 * point, digit runs compare numerically, and a letter sorts before a non-letter only right after a
 * digit (stack-deploy.md §3.3).
 */

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

function isDigit(ch: string): boolean {
  return DIGIT.test(ch);
}

/** Go's `rune - '0'` for a (possibly non-ASCII) decimal digit, as yaml.v3 computes it. */
function digitValue(ch: string): number {
  return (ch.codePointAt(0) ?? 48) - 48;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function asciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function asciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** {@link naturalLess} for ASCII strings, on char codes without allocating (the common case). */
function asciiLess(a: string, b: string): boolean {
  let digits = false;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ac = a.charCodeAt(i);
    const bc = b.charCodeAt(i);
    if (ac === bc) {
      digits = asciiDigit(ac);
      continue;
    }
    const al = asciiLetter(ac);
    const bl = asciiLetter(bc);
    if (al && bl) return ac < bc;
    if (al || bl) return digits ? al : bl;
    let an = 0;
    let bn = 0;
    if (ac === 0x30 || bc === 0x30) {
      for (let j = i - 1; j >= 0 && asciiDigit(a.charCodeAt(j)); j--) {
        if (a.charCodeAt(j) !== 0x30) {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < a.length && asciiDigit(a.charCodeAt(ai)); ai++) an = an * 10 + a.charCodeAt(ai) - 0x30;
    let bi = i;
    for (; bi < b.length && asciiDigit(b.charCodeAt(bi)); bi++) bn = bn * 10 + b.charCodeAt(bi) - 0x30;
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ac < bc;
  }
  return a.length < b.length;
}

/** True when `a` sorts before `b` in yaml.v3's natural order. */
export function naturalLess(a: string, b: string): boolean {
  if (isAscii(a) && isAscii(b)) return asciiLess(a, b);
  const ar = Array.from(a);
  const br = Array.from(b);
  let digits = false;
  const n = Math.min(ar.length, br.length);
  for (let i = 0; i < n; i++) {
    const ac = ar[i]!;
    const bc = br[i]!;
    if (ac === bc) {
      digits = isDigit(ac);
      continue;
    }
    const al = isLetter(ac);
    const bl = isLetter(bc);
    if (al && bl) return ac.codePointAt(0)! < bc.codePointAt(0)!;
    if (al || bl) return digits ? al : bl;
    // Digits or punctuation: compare the digit runs starting here numerically. yaml.v3 treats a
    // run of zeros that continues a non-zero number as significant (`10` vs `100`).
    let an = 0;
    let bn = 0;
    if (ac === '0' || bc === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + digitValue(ar[ai]!);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + digitValue(br[bi]!);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ac.codePointAt(0)! < bc.codePointAt(0)!;
  }
  return ar.length < br.length;
}

/** Comparator for `Array.prototype.sort` built on {@link naturalLess}. */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}

/** The keys of a record in yaml.v3 natural order (a new array). */
export function naturalKeys(record: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(record);
  return keys.sort(naturalCompare);
}
