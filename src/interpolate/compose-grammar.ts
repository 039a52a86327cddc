/**
 * The Compose Specification's substitution grammar (compose-spec.md §3.1) and casts (§3.3), as a
 * second {@link InterpolationMode} next to docker stack's. Pure: no environment access, only the
 * `lookup` callback.
 *
 * At each `$`: `$$` is an escape; `$NAME` is an unbraced substitution (no modifiers); `${` opens a
 * braced expression `${NAME}` or `${NAME<op>word}` with `op` one of `:-`, `-`, `:?`, `?`, `:+`,
 * `+`, closed by the `}` that balances the opening brace (so words nest: `${A:-${B:-x}}`). Any
 * other character after `$` leaves the `$` literal, while a `${` that does not form a valid
 * braced expression is an error. Words are substituted recursively; default words only when used,
 * required messages and `+` alternatives always (compose-go evaluates those eagerly, so their
 * errors and unset warnings surface even when unused).
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { CastKind } from './casts.js';
import type { InterpolationMode } from './mode.js';
import type { Lookup, SubstituteResult, TemplateProblem } from './template.js';
import { CLOSE_BRACE, DOLLAR, OPEN_BRACE, isNameChar, isNameStart } from './variable-name.js';

/** A compose substitution result: docker's shape plus the variables compose warns about. */
export interface ComposeSubstituteResult extends SubstituteResult {
  /**
   * Variables read while unset and without a default (`${V}`, `$V`), once each in order of
   * appearance: compose warns `The "V" variable is not set. Defaulting to a blank string.`
   */
  readonly unset: readonly string[];
}

const NEWLINE = 0x0a;

function nameEnd(text: string, from: number, to: number): number {
  let j = from + 1;
  while (j < to && isNameChar(text.charCodeAt(j))) j++;
  return j;
}

/** The six braced operators, by their characters. */
type Operator = ':-' | '-' | ':?' | '?' | ':+' | '+';

/** The operator starting at `at`, if any (a lone `:` is not one: `${A:x}` is invalid). */
function operatorAt(text: string, at: number, to: number): Operator | undefined {
  const c = text[at];
  if (c === '-' || c === '?' || c === '+') return c;
  if (c === ':' && at + 1 < to) {
    const n = text[at + 1];
    if (n === '-' || n === '?' || n === '+') return `:${n}` as Operator;
  }
  return undefined;
}

/**
 * The `}` closing the `{` at `open`: the one that balances it, counting nested braces. When the
 * braces never balance, compose-go's pattern still matched up to the last `}` on the line (its `.*`
 * is greedy and stops at newlines), so that one closes it; -1 when there is none.
 */
function closingBrace(text: string, open: number, to: number): number {
  let depth = 0;
  let lastOnLine = -1;
  for (let i = open; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACE) {
      depth--;
      if (depth === 0) return i;
      lastOnLine = i;
    }
  }
  return lastOnLine;
}

/** Mutable state of one substitution: the first problem (compose reports that one) and unset names. */
interface ScanState {
  readonly lookup: Lookup;
  problem?: TemplateProblem;
  readonly unset: string[];
}

function fail(state: ScanState, problem: TemplateProblem): void {
  if (state.problem === undefined) state.problem = problem;
}

function readUnset(state: ScanState, name: string): string {
  const value = state.lookup(name);
  if (value !== undefined) return value;
  if (!state.unset.includes(name)) state.unset.push(name);
  return '';
}

/** Substitute `text[from, to)`; positions in problems are offsets in the whole `text`. */
function scan(text: string, from: number, to: number, state: ScanState): string {
  let out = '';
  let copied = from;
  let dollar = text.indexOf('$', from);
  while (dollar >= 0 && dollar < to) {
    out += text.slice(copied, dollar);
    const next = dollar + 1 < to ? text.charCodeAt(dollar + 1) : -1;
    if (next === DOLLAR) {
      out += '$';
      copied = dollar + 2;
    } else if (isNameStart(next)) {
      const end = nameEnd(text, dollar + 1, to);
      out += readUnset(state, text.slice(dollar + 1, end));
      copied = end;
    } else if (next === OPEN_BRACE) {
      const braced = scanBraced(text, dollar, to, state);
      out += braced.value;
      copied = braced.end;
    } else {
      // `$1`, `$ `, `$}`, a trailing `$`: not a template, the `$` stays.
      out += '$';
      copied = dollar + 1;
    }
    dollar = text.indexOf('$', copied);
  }
  return out + text.slice(copied, to);
}

/** Evaluate the braced expression whose `$` is at `dollar`; returns its value and where it ends. */
function scanBraced(text: string, dollar: number, to: number, state: ScanState): { value: string; end: number } {
  const close = closingBrace(text, dollar + 1, to);
  const nameStart = dollar + 2;
  const invalid = (): { value: string; end: number } => {
    const end = close < 0 ? lineEnd(text, dollar, to) : close + 1;
    fail(state, { kind: 'invalid', message: `invalid template ${JSON.stringify(text.slice(dollar, end))}`, start: dollar, end });
    // compose-go's fallback alternative consumed only the `${`; the string is rejected anyway.
    return { value: '', end: dollar + 2 };
  };
  if (close < 0 || !isNameStart(text.charCodeAt(nameStart))) return invalid();
  const end = nameEnd(text, nameStart, close);
  const name = text.slice(nameStart, end);
  if (end === close) return { value: readUnset(state, name), end: close + 1 };
  const op = operatorAt(text, end, close);
  if (op === undefined) return invalid();
  const wordStart = end + op.length;
  const value = state.lookup(name);
  const emptyCounts = op.startsWith(':');
  const missing = value === undefined || (emptyCounts && value === '');
  switch (op) {
    case ':-':
    case '-':
      return { value: missing ? scan(text, wordStart, close, state) : (value as string), end: close + 1 };
    case ':?':
    case '?': {
      const reason = scan(text, wordStart, close, state);
      if (!missing) return { value: value as string, end: close + 1 };
      fail(state, {
        kind: 'required',
        message: reason === '' ? `required variable ${name} is missing a value` : `required variable ${name} is missing a value: ${reason}`,
        start: dollar,
        end: close + 1,
        variable: name,
      });
      return { value: '', end: close + 1 };
    }
    default: {
      const alternative = scan(text, wordStart, close, state);
      return { value: missing ? (value ?? '') : alternative, end: close + 1 };
    }
  }
}

function lineEnd(text: string, from: number, to: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > to ? to : nl;
}

/**
 * Substitute variables in `text` with the Compose Specification's grammar (compose-spec.md §3.1).
 * The first problem in the string is reported (compose-go keeps the first error). A string without
 * `$` is returned as is, at the cost of one `indexOf`.
 */
export function composeSubstitute(text: string, lookup: Lookup): ComposeSubstituteResult {
  if (text.indexOf('$') < 0) return { value: text, unset: [] };
  const state: ScanState = { lookup, unset: [] };
  const value = scan(text, 0, text.length, state);
  return state.problem ? { value, problem: state.problem, unset: state.unset } : { value, unset: state.unset };
}

/**
 * compose-go's cast table (`loader/interpolate.go`, compose-spec.md §3.3) in its tree-path notation:
 * `*` is any one key, `[]` any list item. int64 paths use the int cast (same syntax; only Go's
 * error prefix differs), and `cpus` (a float32 in compose) the float cast.
 */
export const COMPOSE_CAST_TABLE: readonly (readonly [pattern: string, cast: CastKind])[] = [
  ['services.*.init', 'bool'],
  ['services.*.oom_kill_disable', 'bool'],
  ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.depends_on.*.required', 'bool'],
  ['services.*.depends_on.*.restart', 'bool'],
  ['services.*.volumes.[].read_only', 'bool'],
  ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv4', 'bool'],
  ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.scale', 'int'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.cpu_count', 'int'],
  ['services.*.cpu_period', 'int'],
  ['services.*.cpu_quota', 'int'],
  ['services.*.cpu_rt_period', 'int'],
  ['services.*.cpu_rt_runtime', 'int'],
  ['services.*.cpu_shares', 'int'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.pids_limit', 'int'],
  ['services.*.cpu_percent', 'float'],
  ['services.*.cpus', 'float'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
];

const SPLIT_TABLE = COMPOSE_CAST_TABLE.map(([pattern, cast]) => [pattern.split('.'), cast] as const);

/**
 * The compose cast at `path`, if any. Matching is per path segment, so a service or key containing
 * a dot stays one segment (unlike docker stack, which re-splits the dotted path).
 */
export function composeCastFor(path: DocPath): CastKind | undefined {
  for (const [pattern, cast] of SPLIT_TABLE) {
    if (pattern.length !== path.length) continue;
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
      const part = pattern[i];
      const seg = path[i];
      if (part === '[]') ok = typeof seg === 'number';
      else if (part !== '*') ok = seg === part;
    }
    if (ok) return cast;
  }
  return undefined;
}

/** The Compose Specification's grammar and casts (compose-spec.md §3.1, §3.3). */
export const COMPOSE_SPEC_MODE: InterpolationMode = {
  name: 'compose-spec',
  substitute: composeSubstitute,
  castFor: composeCastFor,
};
