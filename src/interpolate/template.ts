import { CLOSE_BRACE, DOLLAR, OPEN_BRACE, isNameChar, isNameStart } from './variable-name.js';
/**
 * The `docker stack` (docker/cli `cli/compose/template`) substitution grammar, reproduced exactly,
 * quirks included (stack-deploy.md §1.5). Pure: no environment access, only the `lookup` callback.
 *
 * Docker matches, at each `$`, the case-insensitive alternatives (in this order of preference):
 * `$$` (escape), `$NAME[modifier]` (unbraced), `${NAME[modifier]}` (braced), or else the bare `$`
 * alone as an "invalid" match. A modifier is an optional `:`, then `-` or `?`, then any run of
 * characters other than `}`. We scan by hand instead of using a regular expression: it is faster
 * on large files and lets us report exact positions.
 */

/** A substitution error, with the [start, end) range of the offending `$…` text in the input. */
export interface TemplateProblem {
  /** `invalid`: the text after a `$` is not a template; `required`: a `?`/`:?` variable is missing. */
  readonly kind: 'invalid' | 'required';
  /**
   * For `required`, docker's text: `required variable X is missing a value: msg`.
   * For `invalid`, a short description of the offending template.
   */
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** The variable name, for `required`. */
  readonly variable?: string;
}

/** Result of substituting one string. When `problem` is set, docker rejects the string. */
export interface SubstituteResult {
  readonly value: string;
  readonly problem?: TemplateProblem;
}

/** Variable lookup: the value, or `undefined` when the variable is unset (`""` is set and empty). */
export type Lookup = (name: string) => string | undefined;

/** A substitution grammar: the seam where a second grammar (Compose Specification) plugs in. */
export type Substituter = (text: string, lookup: Lookup) => SubstituteResult;

const COLON = 0x3a;
const DASH = 0x2d;
const QUESTION = 0x3f;

/**
 * Scan a substitution body starting at `from` (which must hold a name-start character).
 * Returns where the name ends, and whether a modifier follows it.
 */
function scanName(text: string, from: number): { nameEnd: number; hasModifier: boolean } {
  let j = from + 1;
  while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  const hasModifier = c === DASH || c === QUESTION || (c === COLON && (next === DASH || next === QUESTION));
  return { nameEnd: j, hasModifier };
}

/** End (exclusive) of the text an invalid `$` is blamed for: the `${…}` attempt, or `$` plus one character. */
function invalidEnd(text: string, at: number): number {
  if (at + 1 >= text.length) return at + 1;
  if (text.charCodeAt(at + 1) === OPEN_BRACE) {
    const close = text.indexOf('}', at + 2);
    return close < 0 ? text.length : close + 1;
  }
  const cp = text.codePointAt(at + 1) as number;
  return at + 1 + (cp > 0xffff ? 2 : 1);
}

/** `strings.Cut`: split at the first occurrence of `sep`. */
function cut(body: string, at: number, sepLength: number): [string, string] {
  return [body.slice(0, at), body.slice(at + sepLength)];
}

/**
 * Evaluate one substitution body. Docker tests the operators by plain substring search on the whole
 * body, in the fixed order `:-`, `-`, `:?`, `?` — so `${UNSETV:?must be set-ok}` is a hard default
 * for the variable `UNSETV:?must be set`, and `${FOO-a:-b}` a soft default for `FOO-a` (verified).
 */
function evaluate(body: string, lookup: Lookup): { value: string; missing?: [string, string] } {
  let at = body.indexOf(':-');
  if (at >= 0) {
    const [name, fallback] = cut(body, at, 2);
    const value = lookup(name);
    return { value: value === undefined || value === '' ? fallback : value };
  }
  at = body.indexOf('-');
  if (at >= 0) {
    const [name, fallback] = cut(body, at, 1);
    return { value: lookup(name) ?? fallback };
  }
  at = body.indexOf(':?');
  if (at >= 0) {
    const [name, reason] = cut(body, at, 2);
    const value = lookup(name);
    return value === undefined || value === '' ? { value: '', missing: [name, reason] } : { value };
  }
  at = body.indexOf('?');
  if (at >= 0) {
    const [name, reason] = cut(body, at, 1);
    const value = lookup(name);
    return value === undefined ? { value: '', missing: [name, reason] } : { value };
  }
  return { value: lookup(body) ?? '' };
}

/** What docker's pattern matches at one `$`: a substitution body's range and the match end, or nothing. */
interface BodyMatch {
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly end: number;
}

/**
 * Match a substitution at `dollar` (not an escape). `undefined` means docker's fallback alternative,
 * the invalid `$` alone.
 */
function matchBody(text: string, dollar: number): BodyMatch | undefined {
  const c = text.charCodeAt(dollar + 1);
  if (isNameStart(c)) {
    // Unbraced: a modifier swallows everything up to the next `}` (not included) or the end,
    // so `"$FOO-bar"` is a default and `"$FOO}"` keeps its `}` (verified).
    const { nameEnd, hasModifier } = scanName(text, dollar + 1);
    let end = nameEnd;
    if (hasModifier) {
      const close = text.indexOf('}', nameEnd);
      end = close < 0 ? text.length : close;
    }
    return { bodyStart: dollar + 1, bodyEnd: end, end };
  }
  if (c === OPEN_BRACE && isNameStart(text.charCodeAt(dollar + 2))) {
    const { nameEnd, hasModifier } = scanName(text, dollar + 2);
    let close = -1;
    if (hasModifier) close = text.indexOf('}', nameEnd);
    else if (text.charCodeAt(nameEnd) === CLOSE_BRACE) close = nameEnd;
    if (close >= 0) return { bodyStart: dollar + 2, bodyEnd: close, end: close + 1 };
  }
  return undefined;
}

/**
 * Substitute variables in `text` with docker stack's grammar.
 *
 * Docker keeps a single error slot per string that every non-escape match overwrites: an invalid `$`
 * sets it, and each substitution sets it to its own outcome. So a later successful substitution
 * clears an earlier error (`"${UNSETV:?boom} ${FOO:-d}"` gives `" xyz"`, no error), and the
 * reported problem is always the last one (verified with `docker stack config`).
 * A string without `$` is returned as is, at the cost of one `indexOf`.
 */
export function substitute(text: string, lookup: Lookup): SubstituteResult {
  let dollar = text.indexOf('$');
  if (dollar < 0) return { value: text };
  let out = '';
  let copied = 0;
  let problem: TemplateProblem | undefined;
  while (dollar >= 0) {
    out += text.slice(copied, dollar);
    if (text.charCodeAt(dollar + 1) === DOLLAR) {
      out += '$';
      copied = dollar + 2;
    } else {
      const match = matchBody(text, dollar);
      if (match === undefined) {
        // The fallback alternative consumes the `$` alone and scanning resumes right after it:
        // `"${ $FOO}"` gives `{ xyz}` with no error, the later `$FOO` clearing it (verified).
        const end = invalidEnd(text, dollar);
        problem = {
          kind: 'invalid',
          message: `invalid template ${JSON.stringify(text.slice(dollar, end))}`,
          start: dollar,
          end,
        };
        copied = dollar + 1;
      } else {
        const result = evaluate(text.slice(match.bodyStart, match.bodyEnd), lookup);
        out += result.value;
        problem = result.missing && {
          kind: 'required',
          message: `required variable ${result.missing[0]} is missing a value: ${result.missing[1]}`,
          start: dollar,
          end: match.end,
          variable: result.missing[0],
        };
        copied = match.end;
      }
    }
    dollar = text.indexOf('$', copied);
  }
  out += text.slice(copied);
  return problem ? { value: out, problem } : { value: out };
}
