/** Markdown documentation of a schema place, shared by hover and completion. */
import type { SchemaNode } from '../validate/schema-derive.js';
import { annotationsOf, describe, enumValuesOf, typesOf, type SchemaAt } from './schema-walk.js';
import { valueHints } from './value-hints.js';
import type { DocPath } from '../diagnostics/diagnostic.js';

/** The annotation line: which stack versions know the key. */
export function versionNote(declared: SchemaNode | undefined): string | undefined {
  const { since, composeSpecOnly } = annotationsOf(declared);
  if (composeSpecOnly) return 'Compose Specification only (rejected by `docker stack`)';
  return since ? `since stack version ${since}` : undefined;
}

/**
 * Markdown for a key: its name, description, type and allowed values, and version note.
 * `values` lists the schema's enums and the known values docker accepts.
 */
export function schemaMarkdown(name: string | undefined, at: SchemaAt, path: DocPath): string {
  const parts: string[] = [];
  if (name !== undefined) parts.push(`**\`${name}\`**`);
  const description = describe(at);
  if (description) parts.push(description);
  const facts: string[] = [];
  const types = typesOf(at);
  if (types.length) facts.push(`Type: ${types.map((t) => `\`${t}\``).join(' | ')}`);
  const values = allowedValues(at, path);
  if (values.length) facts.push(`Values: ${values.map((v) => `\`${String(v)}\``).join(', ')}`);
  if (facts.length) parts.push(facts.join('  \n'));
  const note = versionNote(at.declared);
  if (note) parts.push(`_${note}_`);
  return parts.join('\n\n');
}

/** The schema's enumerated values plus the ones docker checks outside the schema. */
export function allowedValues(at: SchemaAt, path: DocPath): unknown[] {
  const out = enumValuesOf(at);
  for (const v of valueHints(path)) if (!out.includes(v)) out.push(v);
  return out;
}
