/**
 * Docker's env-file format (`pkg/kvfile`, §1.9): one `KEY[=VALUE]` per line, leading whitespace
 * trimmed, `#` lines skipped, no quote removal or escapes, a bare `KEY` kept only if the process
 * environment has it.
 */
import { lazy } from '../lazy.js';
import type { Env } from '../options.js';

/** Result of {@link parseEnvFile}: ordered `[key, value]` pairs, or docker's error text. */
export type EnvFileResult = { ok: true; vars: [string, string][] } | { ok: false; error: string };

// Go's unicode.IsSpace (note: unlike JS `\s`, U+FEFF is not a space).
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

// ignoreBOM keeps a BOM in the text: docker strips it on the first line only. Made on first use:
// most runs read no env file.
const utf8 = lazy(() => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }));

/** Splits like bufio.ScanLines: on `\n`, dropping one trailing `\r`; a final unterminated line counts. */
function scanLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i > start && bytes[i - 1] === 0x0d ? i - 1 : i));
      start = i + 1;
    }
  }
  if (start < bytes.length) {
    const end = bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    lines.push(bytes.subarray(start, end));
  }
  return lines;
}

/**
 * Parses env-file bytes. `displayPath` is the absolute path docker puts in its messages;
 * `env` answers bare-key lookups.
 */
export function parseEnvFile(bytes: Uint8Array, displayPath: string, env: Env): EnvFileResult {
  const fail = (msg: string): EnvFileResult => ({ ok: false, error: `invalid env file (${displayPath}): ${msg}` });
  const vars: [string, string][] = [];
  const lines = scanLines(bytes);
  for (let n = 0; n < lines.length; n++) {
    let raw = lines[n]!;
    let text: string;
    try {
      text = utf8().decode(raw);
    } catch {
      return fail(`invalid utf8 bytes at line ${n + 1}: [${Array.from(raw).join(' ')}]`);
    }
    if (n === 0 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
      raw = raw.subarray(3);
      text = utf8().decode(raw);
    }
    const line = text.replace(GO_SPACE, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq === -1 ? line : line.slice(0, eq);
    if (key === '') return fail(`no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) return fail(`variable '${key}' contains whitespaces`);
    if (eq !== -1) {
      vars.push([key, line.slice(eq + 1)]);
      continue;
    }
    const found = Object.prototype.hasOwnProperty.call(env, line) ? env[line] : undefined;
    if (found !== undefined) vars.push([key, found]);
  }
  return { ok: true, vars };
}
