/**
 * The word splitter docker uses for string `command` / `entrypoint` (google/shlex): spaces
 * separate words, `"…"` allows backslash escapes, `'…'` is literal, a backslash escapes the next
 * character, and `#` at the start of a word begins a comment up to the end of the line.
 * No expansion of any kind.
 */

/** Result of {@link shlexSplit}: the words, or google/shlex's error text. */
export type ShlexResult = { ok: true; words: string[] } | { ok: false; error: string };

const SPACE = new Set([' ', '\t', '\r', '\n']);

type State = 'start' | 'word' | 'escape' | 'quotedEscape' | 'double' | 'single' | 'comment';

/** Splits a command line into words. */
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
  for (const ch of input) {
    switch (state) {
      case 'start':
        if (SPACE.has(ch)) break;
        if (ch === '"') state = 'double';
        else if (ch === "'") state = 'single';
        else if (ch === '\\') state = 'escape';
        else if (ch === '#') {
          isComment = true;
          state = 'comment';
        } else {
          value += ch;
          state = 'word';
        }
        break;
      case 'word':
        if (SPACE.has(ch)) finish();
        else if (ch === '"') state = 'double';
        else if (ch === "'") state = 'single';
        else if (ch === '\\') state = 'escape';
        else value += ch;
        break;
      case 'escape':
        value += ch;
        state = 'word';
        break;
      case 'quotedEscape':
        value += ch;
        state = 'double';
        break;
      case 'double':
        if (ch === '"') state = 'word';
        else if (ch === '\\') state = 'quotedEscape';
        else value += ch;
        break;
      case 'single':
        if (ch === "'") state = 'word';
        else value += ch;
        break;
      case 'comment':
        // Only a newline ends a comment; other spaces belong to it.
        if (ch === '\n') finish();
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
