/**
 * The word splitter docker uses for string `command` / `entrypoint` (google/shlex): spaces
 * separate words, `"…"` allows backslash escapes, `'…'` is literal, a backslash escapes the next
 * character, and `#` at the start of a word begins a comment up to the end of the line.
 * No expansion of any kind.
 */

/** Result of {@link shlexSplit}: the words, or google/shlex's error text. */
export type ShlexResult = { ok: true; words: string[] } | { ok: false; error: string };

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const DOUBLE = 0x22;
const SINGLE = 0x27;
const BACKSLASH = 0x5c;
const HASH = 0x23;

const isSpace = (c: number): boolean => c === SPACE || c === TAB || c === CR || c === LF;

type State = 'start' | 'word' | 'escape' | 'quotedEscape' | 'double' | 'single' | 'comment';

/**
 * End of the run of characters from `from` that `state` takes literally: in a word anything but
 * spaces, quotes and backslashes; in double quotes anything but `"` and backslashes; in single
 * quotes anything but `'`.
 */
function literalRunEnd(input: string, from: number, state: 'word' | 'double' | 'single'): number {
  let i = from;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (state === 'single' ? c === SINGLE : c === DOUBLE || c === BACKSLASH || (state === 'word' && (c === SINGLE || isSpace(c)))) break;
  }
  return i;
}

/**
 * Splits a command line into words. All the special characters are ASCII, so the input is read
 * in UTF-16 units, and runs of ordinary characters are copied as one slice.
 */
export function shlexSplit(input: string): ShlexResult {
  const words: string[] = [];
  let state: State = 'start';
  let value = '';
  let isComment = false;
  const finish = (): void => {
    if (!isComment) words.push(value);
    value = '';
    isComment = false;
    state = 'start';
  };
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    switch (state) {
      case 'start':
        if (isSpace(c)) break;
        if (c === DOUBLE) state = 'double';
        else if (c === SINGLE) state = 'single';
        else if (c === BACKSLASH) state = 'escape';
        else if (c === HASH) {
          isComment = true;
          state = 'comment';
        } else {
          state = 'word';
          const end = literalRunEnd(input, i + 1, 'word');
          value += input.slice(i, end);
          i = end - 1;
        }
        break;
      case 'word':
        if (isSpace(c)) finish();
        else if (c === DOUBLE) state = 'double';
        else if (c === SINGLE) state = 'single';
        else if (c === BACKSLASH) state = 'escape';
        else {
          const end = literalRunEnd(input, i + 1, 'word');
          value += input.slice(i, end);
          i = end - 1;
        }
        break;
      case 'escape':
        value += input[i];
        state = 'word';
        break;
      case 'quotedEscape':
        value += input[i];
        state = 'double';
        break;
      case 'double':
        if (c === DOUBLE) state = 'word';
        else if (c === BACKSLASH) state = 'quotedEscape';
        else {
          const end = literalRunEnd(input, i + 1, 'double');
          value += input.slice(i, end);
          i = end - 1;
        }
        break;
      case 'single':
        if (c === SINGLE) state = 'word';
        else {
          const end = literalRunEnd(input, i + 1, 'single');
          value += input.slice(i, end);
          i = end - 1;
        }
        break;
      case 'comment':
        // Only a newline ends a comment; other spaces belong to it.
        if (c === LF) finish();
        break;
    }
  }
  switch (state) {
    case 'escape':
    case 'quotedEscape':
      return { ok: false, error: 'EOF found after escape character' };
    case 'double':
    case 'single':
      return { ok: false, error: 'EOF found when expecting closing quote' };
    case 'word':
    case 'comment':
      finish();
      break;
    case 'start':
      break;
  }
  return { ok: true, words };
}
