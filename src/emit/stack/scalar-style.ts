/**
 * How yaml.v3 (as docker's `stack config` drives it) chooses the style of a string scalar:
 * its encoder asks for literal (`|`) when the string has a newline, plain when the plain form reads
 * back as the same string, double quotes otherwise; the emitter then downgrades plain to single
 * quotes and single/literal to double quotes when the characters do not allow them
 * (`yaml_emitter_analyze_scalar` / `select_scalar_style`). Verified case by case with
 * `docker stack config` (see test/emit/fixtures/quoting.*).
 */

import { canBePlainString } from './plain-resolve.js';

/** The four styles docker's output uses for strings. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** What the character scan allows (yaml.v3 `scalar_data`). */
export interface ScalarAnalysis {
  /** Contains a line break (`\n`, `\r`, U+0085, U+2028, U+2029). */
  readonly multiline: boolean;
  readonly blockPlainAllowed: boolean;
  readonly singleQuotedAllowed: boolean;
  readonly blockAllowed: boolean;
}

/** yaml.v3 `is_printable`, per code point (tab is handled separately, as yaml.v3 does). */
export function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

/** yaml.v3 `is_break`. */
export function isBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

function isBlankOrEnd(cp: number | undefined): boolean {
  return cp === undefined || cp === 0x20 || cp === 0x09 || cp === 0 || isBreak(cp);
}

/** Indicators that forbid a plain scalar when they start it: `#,[]{}&*!|>'"%@` and backquote. */
const FIRST_INDICATORS = new Set(Array.from('#,[]{}&*!|>\'"%@`', (c) => c.charCodeAt(0)));
const ALWAYS_PLAIN: ScalarAnalysis = { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };

/** Code point at UTF-16 index `i` of `s`, or `undefined` past the end. */
function codePointAt(s: string, i: number): number | undefined {
  return i < s.length ? s.codePointAt(i) : undefined;
}

/**
 * Scans `value` like `yaml_emitter_analyze_scalar`. Only block context matters: docker prints
 * flow collections only empty (`{}`, `[]`), so flow indicators such as `,` or `]` never force quotes.
 */
export function analyzeScalar(value: string): ScalarAnalysis {
  if (value === '') {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  const n = value.length;
  for (let i = 0; i < n; ) {
    const cp = value.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const first = i === 0;
    const isLast = i + w >= n;
    const followedByWhitespace = isBlankOrEnd(codePointAt(value, i + w));
    if (first) {
      if (FIRST_INDICATORS.has(cp)) blockIndicators = true;
      else if ((cp === 0x3f || cp === 0x3a || cp === 0x2d) && followedByWhitespace) blockIndicators = true;
    } else if (cp === 0x3a && followedByWhitespace) {
      blockIndicators = true;
    } else if (cp === 0x23 && precededByWhitespace) {
      blockIndicators = true;
    }
    if (cp === 0x09) tabs = true;
    else if (!isPrintable(cp)) special = true;
    if (cp === 0x20) {
      if (first) leadingSpace = true;
      if (isLast) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (first) leadingBreak = true;
      if (isLast) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(cp);
    i += w;
  }
  if (!(blockIndicators || lineBreaks || special || tabs || leadingSpace || trailingSpace)) return ALWAYS_PLAIN;
  let blockPlainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleQuotedAllowed = true;
  let blockAllowed = !trailingSpace;
  if (breakSpace) blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || tabs || special) blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || special) blockAllowed = false;
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/** UTF-8 byte length, which yaml.v3 compares with its 128-byte simple-key limit. */
function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Can `key` be written as an implicit (simple) key `key: value`? yaml.v3 switches to the explicit
 * `? key` / `: value` form for keys over 128 bytes or spanning lines (observed with docker).
 */
export function isSimpleKey(key: string, analysis: ScalarAnalysis = analyzeScalar(key)): boolean {
  return !analysis.multiline && fitsSimpleKey(key);
}

/** `utf8Length(key) <= 128`, counted only when the UTF-16 length can't decide (1 to 3 bytes per unit). */
function fitsSimpleKey(key: string): boolean {
  if (key.length <= 42) return true;
  return key.length <= 128 && utf8Length(key) <= 128;
}

/**
 * The style docker prints `value` in. `simpleKeyContext` is true for a key written in the
 * implicit `key:` form, where literal blocks are impossible (they fall back to double quotes).
 */
export function chooseStyle(value: string, simpleKeyContext: boolean, analysis: ScalarAnalysis = analyzeScalar(value)): ScalarStyle {
  let style: ScalarStyle;
  if (value.includes('\n')) style = 'literal';
  else if (canBePlainString(value)) style = 'plain';
  else style = 'double';
  if (style === 'plain' && !analysis.blockPlainAllowed) style = 'single';
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!analysis.blockAllowed || simpleKeyContext)) style = 'double';
  return style;
}
