/**
 * Configs and secrets whose data is given inline (`content:`) or by a variable (`environment:`)
 * (compose-spec.md §7.2). Docker stack only reads `file:`, so the data is written to a generated
 * file next to the project and the object points at it. The data is resolved now, from the
 * project environment, because docker stack deploy would only see the deploying shell's.
 */
import type { GeneratedFile } from './translate.js';
import { has, isMapping, own, setOwn, withKey, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

/** Where the data of `<section>.<key>` is written: a fixed, readable place per object. */
export function generatedPath(kind: 'config' | 'secret', key: string): string {
  return `.stackc/${kind}-${key}`;
}

const SECTIONS = [
  { section: 'configs', kind: 'config' },
  { section: 'secrets', kind: 'secret' },
] as const;

/** Rewrites `content:`/`environment:` sources as `file:` and returns the files to write. */
export function translateObjects(data: Mapping, scope: TranslateScope): { data: Mapping; generated: GeneratedFile[] } {
  const generated: GeneratedFile[] = [];
  let out = data;
  for (const { section, kind } of SECTIONS) {
    const entries = own(out, section);
    if (!isMapping(entries)) continue;
    const next: Mapping = {};
    let changed = false;
    for (const key of Object.keys(entries)) {
      const entry = entries[key];
      const source = isMapping(entry) ? (['content', 'environment'] as const).find((k) => has(entry, k)) : undefined;
      if (!isMapping(entry) || source === undefined) {
        setOwn(next, key, entry);
        continue;
      }
      changed = true;
      const file = generatedPath(kind, key);
      const at = [section, key, source];
      const written = own(entry, source);
      const content = source === 'content' ? contentOf(written) : variableOf(written, scope);
      if (content === undefined) {
        note(scope, source === 'environment' && typeof written === 'string'
          ? { code: 'compose/missing-variable', severity: 'error', message: `${section}.${key}: environment variable "${written}" is not set`, path: at, data: { variable: written } }
          : { code: 'compose/invalid-source', severity: 'error', message: `${section}.${key}.${source} must be a string`, path: at });
      } else {
        generated.push({ path: file, content });
        note(scope, {
          code: 'compose/generated-file',
          message: `${section}.${key}: the data of "${source}" is written to ${file}, referenced with "file:" (docker stack reads ${kind}s from files only)`,
          path: at,
          atKey: true,
          data: { source, file },
        });
      }
      setOwn(next, key, withKey(withoutKeys(entry, 'content', 'environment'), 'file', file));
    }
    if (changed) out = withKey(out, section, next);
  }
  return { data: out, generated };
}

/** Inline content as text (after interpolation a number or boolean can stand there). */
function contentOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function variableOf(name: unknown, scope: TranslateScope): string | undefined {
  if (typeof name !== 'string') return undefined;
  return Object.prototype.hasOwnProperty.call(scope.ctx.env, name) ? scope.ctx.env[name] : undefined;
}
