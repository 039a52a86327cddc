import { memoizeString } from '../normalize/memoize.js';
import type { MessageData } from './rule.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * A template split once into its literal text and placeholders: `parts[2i]` is text, `parts[2i+1]`
 * the placeholder's name, with `raw[i]` its text as written (kept when data lacks the name).
 */
interface CompiledTemplate {
  readonly parts: readonly string[];
  readonly raw: readonly string[];
}

/**
 * Templates come from the rules' `meta.messages`, a fixed set, while one run formats thousands of
 * findings: each template is scanned once, not once per finding.
 */
const compile = memoizeString((template: string): CompiledTemplate => {
  const parts: string[] = [];
  const raw: string[] = [];
  let last = 0;
  // The same global regex `replace` would use, so placeholders are exactly the ones it replaces.
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]!);
    raw.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return { parts, raw };
});

/** Fills `{{name}}` placeholders; an unknown placeholder is left as written, so it shows in tests. */
export function formatMessage(template: string, data: MessageData = {}): string {
  const { parts, raw } = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : raw[(i - 1) / 2]) + parts[i + 1]!;
  }
  return out;
}
