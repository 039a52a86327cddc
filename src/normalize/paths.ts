/**
 * Path helpers with Go semantics (`path.Clean`, `filepath.Join` on Linux) plus docker's
 * Windows-absolute test (`loader/windows_path.go`), so bind sources and file references are
 * resolved the way `docker stack config` prints them.
 */
import type { Env } from '../options.js';

const SLASH = 0x2f;
const DOT = 0x2e;

/**
 * Whether `path.Clean` would return `p` unchanged because it has nothing to clean: no empty,
 * `.` or `..` segment and no trailing slash. (Conservative: `../a` is clean but is not detected.)
 */
function isPlainlyClean(p: string): boolean {
  if (p === '/') return true;
  if (p === '' || p.charCodeAt(p.length - 1) === SLASH) return false;
  let start = p.charCodeAt(0) === SLASH ? 1 : 0;
  for (let i = start; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== SLASH) continue;
    const n = i - start;
    if (n === 0) return false;
    if (p.charCodeAt(start) === DOT && (n === 1 || (n === 2 && p.charCodeAt(start + 1) === DOT))) return false;
    start = i + 1;
  }
  return true;
}

/** Go's `path.Clean`: lexical processing of `.`, `..` and repeated slashes. */
export function cleanPath(p: string): string {
  // Most paths (a working directory joined with `data/x`) have nothing to clean: skip the split.
  if (isPlainlyClean(p)) return p;
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (rooted) return '/' + body;
  return body === '' ? '.' : body;
}

/** Go's `filepath.Join` on Linux: joins the non-empty elements and cleans the result. */
export function joinPath(...parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : cleanPath(kept.join('/'));
}

/**
 * Docker's `absPath`: an absolute path (Linux rules) is returned untouched (not cleaned),
 * anything else is joined to the working directory.
 */
export function resolveAgainst(workingDir: string, p: string): string {
  if (p.startsWith('/')) return p;
  // A leading `./` is dropped by the cleaning anyway; without it the joined path is often clean already.
  // (Only after a non-empty directory: alone, `.//x` would turn into the rooted `/x`.)
  let rel = p;
  if (workingDir !== '') while (rel.startsWith('./')) rel = rel.slice(2);
  return joinPath(workingDir, rel);
}

function isSlash(c: string | undefined): boolean {
  return c === '\\' || c === '/';
}

/** Length of a Windows volume name (`C:` or a UNC `\\server\share`), 0 when there is none. */
function volumeNameLen(p: string): number {
  if (p.length < 2) return 0;
  const c = p[0]!;
  if (p[1] === ':' && /^[A-Za-z]$/.test(c)) return 2;
  const l = p.length;
  if (l >= 5 && isSlash(p[0]) && isSlash(p[1]) && !isSlash(p[2]) && p[2] !== '.') {
    for (let n = 3; n < l - 1; n++) {
      if (isSlash(p[n])) {
        n++;
        if (!isSlash(p[n])) {
          if (p[n] === '.') break;
          for (; n < l; n++) if (isSlash(p[n])) break;
          return n;
        }
        break;
      }
    }
  }
  return 0;
}

/** Docker's Windows-absolute test: a volume name followed by a slash (`C:\x`, `\\srv\share\x`). */
export function isWindowsAbs(p: string): boolean {
  const l = volumeNameLen(p);
  if (l === 0) return false;
  return isSlash(p[l]);
}

/** Outcome of `~` expansion. */
export interface ExpandedPath {
  readonly path: string;
  /** True when the path starts with `~` but the environment has no HOME (docker warns). */
  readonly missingHome: boolean;
}

/**
 * Docker's `expandUser`: a leading `~` is replaced by HOME, replacing only that first
 * character (`~user/x` → `<HOME>user/x`).
 */
export function expandHome(p: string, env: Env): ExpandedPath {
  if (!p.startsWith('~')) return { path: p, missingHome: false };
  const home = Object.prototype.hasOwnProperty.call(env, 'HOME') ? env.HOME : undefined;
  if (home === undefined) return { path: p, missingHome: true };
  return { path: home + p.slice(1), missingHome: false };
}
