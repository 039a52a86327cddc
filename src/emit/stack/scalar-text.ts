/**
 * The text of a string scalar in each style, byte-for-byte as yaml.v3 writes it with docker's
 * settings (indent 2, unicode on, no line width limit: a 200-character value stays on one line).
 */

import { analyzeScalar, chooseStyle, isBreak, isPrintable, type ScalarAnalysis } from './scalar-style.js';

const ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x00, '\\0'], [0x07, '\\a'], [0x08, '\\b'], [0x09, '\\t'], [0x0a, '\\n'], [0x0b, '\\v'],
  [0x0c, '\\f'], [0x0d, '\\r'], [0x1b, '\\e'], [0x22, '\\"'], [0x5c, '\\\\'], [0x85, '\\N'],
  [0xa0, '\\_'], [0x2028, '\\L'], [0x2029, '\\P'],
]);

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** Double-quoted form: yaml.v3 escapes non-printables, breaks, BOM, `"` and `\` (`"tab\tx"`). */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || cp === 0x22 || cp === 0x5c) {
      const esc = ESCAPES.get(cp);
      if (esc !== undefined) out += esc;
      else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
      else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
      else out += `\\U${hex(cp, 8)}`;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/**
 * Single-quoted form. Only U+2028/U+2029 can be line breaks here (a `\n` always selects a literal
 * or double quotes); yaml.v3 writes them raw and indents the next character to `indent`.
 */
export function singleQuoted(value: string, indent: number): string {
  let out = "'";
  let breaks = false;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (isBreak(cp)) {
      out += ch;
      breaks = true;
      continue;
    }
    if (breaks) {
      out += ' '.repeat(indent);
      breaks = false;
    }
    out += ch === "'" ? "''" : ch;
  }
  return out + "'";
}

/**
 * Literal block `|` with yaml.v3's hints: an indentation indicator `2` when the text starts with a
 * space or break, chomping `-` (no final break), none (one final break) or `+` (more, or the text
 * is a single break). Content lines are indented to `indent`; empty lines carry no spaces.
 * Returns the text up to and including the final line break. Unlike docker, a value that starts
 * with a line break gets an empty first content line, so that the block reads back unchanged.
 */
export function literalBlock(value: string, indent: number): string {
  const cps = Array.from(value, (ch) => ch.codePointAt(0)!);
  const n = cps.length;
  let header = '|';
  if (cps[0] === 0x20 || isBreak(cps[0]!)) header += '2';
  if (!isBreak(cps[n - 1]!)) header += '-';
  else if (n === 1 || isBreak(cps[n - 2]!)) header += '+';
  const pad = ' '.repeat(indent);
  let out = header;
  let atLineStart = false;
  if (isBreak(cps[0]!)) {
    // Deliberate fix of a go-yaml v3 bug that docker inherits: it lets the value's first break
    // end the header line, so `"\nabc"` prints as `|2-` + `abc` and reads back as `abc` (verified:
    // `docker stack config` on its own output loses the break). One extra break keeps the value.
    out += '\n';
    atLineStart = true;
  }
  let breaks = true;
  for (const ch of value) {
    if (isBreak(ch.codePointAt(0)!)) {
      out += ch;
      atLineStart = true;
      breaks = true;
      continue;
    }
    if (breaks) {
      if (!atLineStart) out += '\n';
      out += pad;
      breaks = false;
    }
    out += ch;
    atLineStart = false;
  }
  return atLineStart ? out : out + '\n';
}

/**
 * A string scalar as docker prints it, followed by its line break. `indent` is the column of the
 * scalar's continuation lines (parent indentation + 2); `simpleKey` is the implicit-key context.
 */
export function scalarLine(value: string, indent: number, simpleKey: boolean, analysis?: ScalarAnalysis): string {
  const a = analysis ?? analyzeScalar(value);
  switch (chooseStyle(value, simpleKey, a)) {
    case 'plain':
      return value + '\n';
    case 'single':
      return singleQuoted(value, indent) + '\n';
    case 'double':
      return doubleQuoted(value) + '\n';
    case 'literal':
      return literalBlock(value, indent);
  }
}
