/**
 * Lint configuration: `stackc.config.json`, looked up from the first compose file's directory up
 * to the root, or the `"stackc"` key of the nearest package.json that has one, or an explicit
 * file. Every problem is a located `lint/config` error in the config file's own text.
 */
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import { configSchema } from './config-schema.js';
import { parseJsonText, type TextRange } from './json-text.js';
import { RULES } from './registry.js';
import { defaultLintConfig, type ResolvedRule } from './resolved-rule.js';
import type { LintSeverity } from './rule.js';

/** The file access config lookup needs (absolute paths). */
export interface ConfigFs {
  readFile(absPath: string): Uint8Array;
  exists(absPath: string): boolean;
}

/** The effective rules, and the config text they came from (for locating and code frames). */
export interface LoadedLintConfig {
  readonly rules: ResolvedRule[];
  readonly source?: { readonly file: string; readonly text: string };
}

/** Where the configuration was found. */
interface Found {
  readonly absPath: string;
  /** Path of the config object inside the JSON: `[]`, or `['stackc']` in package.json. */
  readonly prefix: DocPath;
}

export const CONFIG_FILE = 'stackc.config.json';

/**
 * Loads the lint configuration. `explicitPath` (resolved against `startDir` when relative) skips
 * the lookup. Without any file every rule runs at its default severity. Diagnostics name the
 * config file relative to `options.cwd` (default `startDir`).
 */
export function loadLintConfig(startDir: string, fs: ConfigFs, report: Report, explicitPath?: string, options: { cwd?: string } = {}): LoadedLintConfig {
  const found = explicitPath !== undefined ? { absPath: resolve(startDir, explicitPath), prefix: [] } : lookup(startDir, fs);
  if (!found) return { rules: [...defaultLintConfig().rules] };
  const file = displayPath(found.absPath, options.cwd ?? startDir);
  let text: string;
  try {
    text = new TextDecoder().decode(fs.readFile(found.absPath));
  } catch (err) {
    report({ code: 'lint/config', severity: 'error', file, message: `cannot read lint configuration ${file}: ${(err as Error)?.message ?? String(err)}` });
    return { rules: [...defaultLintConfig().rules] };
  }
  const source = { file, text };
  const fail = (message: string, offset: TextRange, data?: Record<string, unknown>) =>
    report({ code: 'lint/config', severity: 'error', file, message, offset, ...(data ? { data } : {}) });
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    fail(parsed.message, parsed.offset);
    return { rules: [...defaultLintConfig().rules], source };
  }
  const data = found.prefix.length === 0 ? parsed.data : (parsed.data as Record<string, unknown>)[found.prefix[0] as string];
  const at = (path: DocPath, atKey = false) => parsed.rangeOf([...found.prefix, ...path], atKey);
  const invalid = validate(data, (message, path, atKey) => fail(message, at(path, atKey), { path: [...path] }));
  return { rules: resolveRules(data, invalid), source };
}

/** The nearest `stackc.config.json`, or package.json with a `"stackc"` key, from `dir` upward. */
function lookup(dir: string, fs: ConfigFs): Found | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const config = join(current, CONFIG_FILE);
    if (fs.exists(config)) return { absPath: config, prefix: [] };
    const pkg = join(current, 'package.json');
    if (fs.exists(pkg) && hasStackcKey(pkg, fs)) return { absPath: pkg, prefix: ['stackc'] };
    if (dirname(current) === current) return undefined;
  }
}

function hasStackcKey(absPath: string, fs: ConfigFs): boolean {
  try {
    const data = JSON.parse(new TextDecoder().decode(fs.readFile(absPath))) as unknown;
    return typeof data === 'object' && data !== null && 'stackc' in data;
  } catch {
    // An unreadable or broken package.json is not ours to report: keep looking upward.
    return false;
  }
}

function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absPath : rel;
}

type Fail = (message: string, path: DocPath, atKey?: boolean) => void;

/** Compiled on first use: a run without a config file never loads ajv. */
let validator: ValidateFunction | undefined;

/**
 * Validates against the shipped schema and turns ajv's errors into one clear message per
 * problem. Returns the rule ids whose entries are invalid (they keep their defaults).
 */
function validate(data: unknown, fail: Fail): Set<string> {
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: false, logger: false }).compile(configSchema());
  }
  const invalid = new Set<string>();
  if (validator(data)) return invalid;
  const errors = validator.errors ?? [];
  const seen = new Set<string>();
  const once = (key: string, message: string, path: DocPath, atKey = false) => {
    if (seen.has(key)) return;
    seen.add(key);
    fail(message, path, atKey);
  };
  for (const error of errors) {
    const path = pointerToPath(error.instancePath);
    if (path.length === 0) {
      if (error.keyword === 'additionalProperties') {
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        once(`key:${key}`, `unknown configuration key "${key}" (expected "rules")`, [key], true);
      } else once('root', 'the lint configuration must be a JSON object like {"rules": {...}}', []);
      continue;
    }
    if (path.length === 1) {
      if (error.keyword === 'additionalProperties') {
        const id = (error.params as { additionalProperty: string }).additionalProperty;
        invalid.add(id);
        once(`rule:${id}`, `unknown rule "${id}"${suggest(id)}`, ['rules', id], true);
      } else once('rules', '"rules" must be an object mapping rule ids to a severity or [severity, options]', ['rules']);
      continue;
    }
    const id = String(path[1]);
    invalid.add(id);
    const entry = (data as { rules: Record<string, unknown> }).rules[id];
    // Errors inside the options object are specific; report those, not the oneOf noise.
    if (Array.isArray(entry) && isSeverity(entry[0]) && path.length >= 3 && path[2] === 1) {
      const where = path.slice(3);
      const what = error.keyword === 'additionalProperties' ? `unknown option "${(error.params as { additionalProperty: string }).additionalProperty}"` : `${where.length > 0 ? `option ${where.join('.')} ` : 'options '}${error.message ?? 'invalid'}`;
      const atKey = error.keyword === 'additionalProperties';
      const target = atKey ? [...path, (error.params as { additionalProperty: string }).additionalProperty] : path;
      once(`opt:${id}:${target.join('/')}:${what}`, `rule "${id}": ${what}`, target, atKey);
      continue;
    }
    if (Array.isArray(entry) && isSeverity(entry[0]) && entry.length <= 2) continue;
    once(`entry:${id}`, `rule "${id}": expected "off", "info", "warning" ("warn"), "error", or [severity, options]; got ${JSON.stringify(entry)}`, ['rules', id]);
  }
  return invalid;
}

function resolveRules(data: unknown, invalid: ReadonlySet<string>): ResolvedRule[] {
  const entries = (data as { rules?: Record<string, unknown> } | undefined)?.rules ?? {};
  const out: ResolvedRule[] = [];
  for (const rule of RULES) {
    const entry = invalid.has(rule.meta.id) ? undefined : entries[rule.meta.id];
    const [level, given] = Array.isArray(entry) ? entry : [entry, undefined];
    const severity = level === undefined ? rule.meta.defaultSeverity : toSeverity(level as string);
    if (severity === undefined) continue;
    out.push({ rule, severity, options: { ...(rule.meta.defaultOptions ?? {}), ...((given as object | undefined) ?? {}) } });
  }
  return out;
}

function isSeverity(value: unknown): boolean {
  return value === 'off' || value === 'info' || value === 'warning' || value === 'warn' || value === 'error';
}

/** `warn` is ESLint's spelling; `off` disables the rule. */
function toSeverity(level: string): LintSeverity | undefined {
  if (level === 'off') return undefined;
  return level === 'warn' ? 'warning' : (level as LintSeverity);
}

function pointerToPath(pointer: string): DocPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** "did you mean" by edit distance, for typos in rule ids. */
function suggest(id: string): string {
  let best: { id: string; d: number } | undefined;
  for (const rule of RULES) {
    const d = distance(id, rule.meta.id);
    if (d <= Math.max(2, Math.floor(id.length / 4)) && (!best || d < best.d)) best = { id: rule.meta.id, d };
  }
  return best ? `; did you mean "${best.id}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
