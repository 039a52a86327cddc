/**
 * Go's `strconv.Quote`, which docker uses (through `%#v` and `strconv.NumError`) whenever it puts a
 * user string inside an error message. Reproducing it keeps our `dockerMessage` texts byte-identical.
 */

import { lazy } from '../lazy.js';

/**
 * Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
 * Built on first use: its Unicode classes take about a millisecond to build, and only text
 * outside {@link SAFE_ASCII} needs it.
 */
const printable = lazy(() => /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u);

/** Go's short escapes for control characters. */
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

/** Plain printable ASCII other than `"` and `\`: the overwhelmingly common case, copied as is. */
const SAFE_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/**
 * Quote `text` the way Go's `strconv.Quote` does: surrounding double quotes, `\"` and `\\`,
 * `\n`-style escapes for control characters, `\xNN` for other ASCII controls, `\uNNNN` /
 * `\UNNNNNNNN` for non-printable runes. Lone surrogates (impossible in Go strings) become `\ufffd`,
 * matching what Go does with the invalid UTF-8 they would have been.
 */
export function goQuote(text: string): string {
  if (SAFE_ASCII.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else if (printable().test(ch)) out += ch;
    else if (SHORT_ESCAPES[code] !== undefined) out += SHORT_ESCAPES[code];
    else if (code < 0x20 || code === 0x7f) out += '\\x' + hex(code, 2);
    else if (code < 0x10000) out += '\\u' + hex(code, 4);
    else out += '\\U' + hex(code, 8);
  }
  return out + '"';
}
