/**
 * yaml.v3's "natural" ordering of mapping keys (its `keyList.Less`), which docker uses for every
 * Go map it prints (services, labels, environment, networks, `x-*` keys…): letters compare by code
 * point, digit runs compare numerically, and a letter sorts before a non-letter only right after a
 * digit (stack-deploy.md §3.3).
 */
import { lazy } from '../../lazy.js';

// Built on first use: Unicode property classes are slow to build and only non-ASCII keys need them.
const letter = lazy(() => /^\p{L}$/u);
const digit = lazy(() => /^\p{Nd}$/u);

function isLetter(ch: string): boolean {
  return letter().test(ch);
}

function isDigit(ch: string): boolean {
  return digit().test(ch);
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
      // Inlined asciiDigit: this loop runs over every shared prefix character of every
      // comparison, most often before the optimizing compiler has inlined anything.
      digits = ac >= 0x30 && ac <= 0x39;
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

/**
 * Comparator for `Array.prototype.sort` built on {@link naturalLess}. One call decides: for two
 * different strings exactly one is less (every branch compares something that differs, or the
 * lengths when one is a prefix of the other).
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  return naturalLess(a, b) ? -1 : 1;
}

/** {@link naturalCompare} for keys already known to be ASCII. */
function asciiCompare(a: string, b: string): number {
  if (a === b) return 0;
  return asciiLess(a, b) ? -1 : 1;
}

/** Sorts in place, checking for non-ASCII keys once instead of at every comparison. */
function sortNatural(keys: string[]): string[] {
  return keys.sort(keys.every(isAscii) ? asciiCompare : naturalCompare);
}

/** A key sequence already sorted: the input order and the natural order. */
interface SortedKeys {
  readonly input: readonly string[];
  readonly sorted: readonly string[];
}

/**
 * Sorted orders by key sequence. Services repeat a handful of key sets (labels, environment,
 * networks, options), so each is sorted once per process instead of once per service.
 */
const sortedOrders = new Map<string, SortedKeys>();
const MAX_CACHED_ORDERS = 4096;
/** Larger maps (the services themselves) are sorted once per run anyway. */
const MAX_CACHED_KEYS = 32;

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The keys of a record in yaml.v3 natural order. The array may be shared: don't modify it. */
export function naturalKeys(record: Readonly<Record<string, unknown>>): readonly string[] {
  const keys = Object.keys(record);
  if (keys.length < 2) return keys;
  if (keys.length > MAX_CACHED_KEYS) return sortNatural(keys);
  // The joined text is only a hash: a key containing the separator could collide, so a hit is
  // confirmed against the input sequence it was sorted from.
  const signature = keys.join('\u0000');
  const hit = sortedOrders.get(signature);
  if (hit !== undefined && sameSequence(hit.input, keys)) return hit.sorted;
  const sorted = sortNatural([...keys]);
  if (hit === undefined && sortedOrders.size < MAX_CACHED_ORDERS) sortedOrders.set(signature, { input: keys, sorted });
  return sorted;
}
