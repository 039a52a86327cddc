/**
 * The compose project environment (compose-spec.md §1.A steps 2–4, §1.F) and the compose `.env`
 * syntax (§3.4). The shell wins over every file; among files a later one wins; the project
 * directory's `.env` is read only when no env file is named (by `--env-file` or
 * `COMPOSE_ENV_FILES`) and `COMPOSE_DISABLE_ENV_FILE` is not true.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.js';
import { composeSubstitute } from '../interpolate/compose-grammar.js';
import { lazy } from '../lazy.js';
import type { Env, ReadFile } from '../options.js';

/** Where the project environment comes from. */
export interface ProjectEnvOptions {
  /** Absolute project directory: holds the default `.env`; relative env files resolve against it. */
  readonly projectDir: string;
  /** `--env-file` paths in order, as the user wrote them (display names); replaces the default `.env`. */
  readonly envFiles?: readonly string[];
  /** The process environment; `undefined` values are unset. */
  readonly shell: Env;
  readonly readFile: ReadFile;
  /** Whether a path exists (only consulted for the optional default `.env`). */
  readonly exists: (p: string) => boolean;
  readonly report: Report;
}

/** Variables looked up while parsing an env file, before the file's own earlier values. */
export type EnvLookup = (name: string) => string | undefined;

/**
 * The project environment: the project dir's `.env` (unless env files are named), then the
 * `--env-file`s in order (a later file wins), the shell winning over all. Values inside the files
 * are interpolated with the compose grammar, looking up the shell first, then values read earlier
 * (compose-spec.md §3.4). Problems are reported against the env file, located by offset.
 */
export function loadProjectEnv(opts: ProjectEnvOptions): Env {
  const files = envFilesToRead(opts);
  const shellLookup: EnvLookup = (name) => (Object.prototype.hasOwnProperty.call(opts.shell, name) ? opts.shell[name] : undefined);
  const fromFiles: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const { display, absPath, optional } of files) {
    const text = readEnvText(display, absPath, optional, opts);
    if (text === undefined) continue;
    parseDotEnv(text, display, shellLookup, opts.report, fromFiles);
  }
  const env: Record<string, string | undefined> = {};
  for (const key of Object.keys(fromFiles)) env[key] = fromFiles[key];
  for (const key of Object.keys(opts.shell)) {
    const value = opts.shell[key];
    if (value !== undefined) env[key] = value;
    else if (!(key in env)) env[key] = undefined;
  }
  return env;
}

interface EnvFileRef {
  readonly display: string;
  readonly absPath: string;
  /** The default `.env`: silently skipped when absent or not a regular file. */
  readonly optional: boolean;
}

function envFilesToRead(opts: ProjectEnvOptions): EnvFileRef[] {
  const named = opts.envFiles?.length ? opts.envFiles : composeEnvFiles(opts.shell);
  if (named.length > 0) {
    return named.map((display) => ({ display, absPath: absolute(opts.projectDir, display), optional: false }));
  }
  if (envFileDisabled(opts.shell, opts.report)) return [];
  const absPath = resolve(opts.projectDir, '.env');
  return opts.exists(absPath) ? [{ display: '.env', absPath, optional: true }] : [];
}

function absolute(dir: string, p: string): string {
  return isAbsolute(p) ? p : resolve(dir, p);
}

/** docker compose's `COMPOSE_ENV_FILES`: a comma-separated list, used when no `--env-file` is given. */
function composeEnvFiles(shell: Env): string[] {
  const raw = shell['COMPOSE_ENV_FILES'];
  if (raw === undefined || raw === '') return [];
  return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Go's `strconv.ParseBool`, which compose applies to `COMPOSE_DISABLE_ENV_FILE`. */
const GO_TRUE = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

function envFileDisabled(shell: Env, report: Report): boolean {
  const raw = shell['COMPOSE_DISABLE_ENV_FILE'];
  if (raw === undefined || raw === '') return false;
  if (GO_TRUE.has(raw)) return true;
  if (GO_FALSE.has(raw)) return false;
  report({
    code: 'compose/invalid-env-setting',
    severity: 'error',
    message: `COMPOSE_DISABLE_ENV_FILE must be a boolean, got ${JSON.stringify(raw)}`,
    data: { variable: 'COMPOSE_DISABLE_ENV_FILE', value: raw },
  });
  return false;
}

function readEnvText(display: string, absPath: string, optional: boolean, opts: ProjectEnvOptions): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = opts.readFile(absPath);
  } catch (err) {
    if (optional) return undefined; // a directory named `.env` is ignored, as compose does
    const isDir = (err as { code?: string } | null)?.code === 'EISDIR';
    const message = isDir ? `${absPath} is a directory` : `couldn't find env file: ${absPath}`;
    opts.report({ code: 'compose/env-file-not-found', severity: 'error', file: display, message, data: { absPath } });
    return undefined;
  }
  // TextDecoder drops a UTF-8 BOM, as compose's parser skips it; offsets refer to this text.
  return new TextDecoder().decode(bytes);
}

/** Whitespace compose's parser skips inside a line (Go's `isSpace` there: no newline). */
function isLineSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';
}

/** Go's `unicode.IsSpace`, used between statements. */
function isAnySpace(c: string | undefined): boolean {
  return c === '\n' || isLineSpace(c) || (c !== undefined && /^[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(c));
}

// Built on first use: Unicode property classes are slow to build and only `.env` files need it.
const keyChar = lazy(() => /^[\p{L}\p{N}_.\-[\]]$/u);

/**
 * Parse compose `.env` text (compose-spec.md §3.4) into `into` (a later assignment wins) and return
 * it. Interpolation looks up `lookup` first, then values already in `into`, so several files parsed
 * into one map see each other's earlier values. Each problem is reported at its offset in `text`;
 * the faulty statement is skipped and parsing goes on with the next line.
 */
export function parseDotEnv(
  text: string,
  file: string,
  lookup: EnvLookup,
  report: Report,
  into: Record<string, string> = Object.create(null) as Record<string, string>,
): Record<string, string> {
  const resolveVar = (name: string): string | undefined => lookup(name) ?? (Object.prototype.hasOwnProperty.call(into, name) ? into[name] : undefined);
  const lineOf = (at: number): number => {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
    return n;
  };
  const problem = (slug: string, start: number, end: number, detail: string, data: Record<string, unknown> = {}): void => {
    report({
      code: `compose/${slug}`,
      severity: 'error',
      message: detail,
      file,
      offset: [start, Math.max(end, start + 1)],
      data: { ...data, composeMessage: `line ${lineOf(start)}: ${detail}` },
    });
  };
  const nextLine = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? text.length : nl + 1;
  };
  const interpolate = (raw: string, start: number): string | undefined => {
    const result = composeSubstitute(raw, resolveVar);
    for (const name of result.unset) {
      report({
        code: 'interpolate/unset-variable',
        severity: 'warning',
        message: `The ${JSON.stringify(name)} variable is not set. Defaulting to a blank string.`,
        file,
        offset: [start, start + raw.length],
        data: { variable: name },
      });
    }
    if (!result.problem) return result.value;
    const p = result.problem;
    report({
      code: p.kind === 'invalid' ? 'interpolate/invalid-template' : 'interpolate/required-variable',
      severity: 'error',
      message: p.message,
      file,
      // Positions inside escaped double-quoted text may be off by the escapes removed before it.
      offset: [start + p.start, start + p.end],
      data: p.variable === undefined ? {} : { variable: p.variable },
    });
    return undefined;
  };

  let i = 0;
  while (i < text.length) {
    // Statement start: skip whitespace (newlines included) and `#` comment lines.
    while (i < text.length && isAnySpace(text[i])) i++;
    if (i >= text.length) break;
    if (text[i] === '#') {
      i = nextLine(i);
      continue;
    }
    const stmt = i;
    // `export` followed by whitespace (Go's `\s`) is a prefix; `exportFOO` is a name.
    if (text.startsWith('export', i) && /^[\t\n\f\r ]$/.test(text[i + 6] ?? '')) {
      i += 6;
      while (isLineSpace(text[i])) i++;
    }
    const keyStart = i;
    let sep = -1;
    let bad = -1;
    for (; i < text.length; i++) {
      const c = text[i] as string;
      if (c === '=' || c === ':' || c === '\n') {
        sep = i;
        break;
      }
      if (isLineSpace(c) || keyChar().test(c)) continue;
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff && keyChar().test(String.fromCodePoint(cp))) {
        i++;
        continue;
      }
      bad = i;
      break;
    }
    const keyEnd = sep < 0 ? (bad < 0 ? text.length : bad) : sep;
    if (bad >= 0) {
      const line = text.slice(stmt, nextLine(stmt)).replace(/\r?\n$/, '');
      const ch = String.fromCodePoint(text.codePointAt(bad) as number);
      problem('env-syntax', bad, bad + ch.length, `unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(line)}`, { character: ch });
      i = nextLine(bad);
      continue;
    }
    const key = trimLineSpaceEnd(text.slice(keyStart, keyEnd));
    if (/[ \t\v\f\r\u0085\u00a0]/.test(key)) {
      problem('env-syntax', keyStart, keyEnd, 'key cannot contain a space', { key });
      i = nextLine(keyStart);
      continue;
    }
    // A key alone on its line (or at the end of the text, which compose mis-parses) is inherited.
    if (sep < 0 || text[sep] === '\n') {
      const inherited = resolveVar(key);
      if (inherited !== undefined) into[key] = inherited;
      i = sep < 0 ? text.length : sep + 1;
      continue;
    }
    i = sep + 1;
    while (isLineSpace(text[i])) i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const parsed = readQuoted(text, i);
      if (parsed === undefined) {
        const end = text.indexOf('\n', i);
        const rest = text.slice(i, end < 0 ? text.length : end);
        problem('env-syntax', i, i + rest.length, `unterminated quoted value ${rest}`);
        i = text.length;
        continue;
      }
      if (quote === '"') {
        const value = interpolate(expandEscapes(parsed.raw), i + 1);
        if (value !== undefined) into[key] = value;
      } else {
        into[key] = parsed.raw;
      }
      // The rest of the line is read as a new statement (a compose quirk): `# x` is a comment.
      i = parsed.end;
      continue;
    }
    const lineEnd = text.indexOf('\n', i);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let raw = text.slice(i, end);
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    raw = raw.replace(/\s+$/u, '');
    const value = interpolate(raw, i);
    if (value !== undefined) into[key] = value;
    i = end + 1;
  }
  return into;
}

function trimLineSpaceEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isAnySpace(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * A quoted value starting at the quote at `open`: its text with the closing-quote escape applied
 * (`\"` or `\'` becomes the quote, every other backslash is kept for `expandEscapes`), and the
 * index after the closing quote; `undefined` when unterminated.
 */
function readQuoted(text: string, open: number): { raw: string; end: number } | undefined {
  const quote = text[open];
  let raw = '';
  let escaped = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== quote) {
      if (!escaped && c === '\\') {
        escaped = true;
        continue;
      }
      if (escaped) raw += '\\';
      escaped = false;
      raw += c;
      continue;
    }
    if (escaped) {
      escaped = false;
      raw += c;
      continue;
    }
    return { raw, end: i + 1 };
  }
  return undefined;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/**
 * Double-quoted escapes (compose-spec.md §3.4): `\a \b \f \n \r \t \v \\ \"`, `\$` as `$$` (a
 * literal `$` once interpolated), octal `\0NNN`; anything else (`\x07`, `\u12e4`, `\c`) stays.
 */
function expandEscapes(raw: string): string {
  return raw.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (match) => {
    const c = match[1] as string;
    if (c === '$') return '$$';
    if (c === '0') {
      const digits = match.slice(2);
      if (!/^[0-7]{3}$/.test(digits)) return match;
      const code = parseInt(digits, 8);
      return code > 0xff ? match : String.fromCharCode(code);
    }
    return SIMPLE_ESCAPES[c] ?? match;
  });
}
