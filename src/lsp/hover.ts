/** Hover: what the schema says about the key (or value) under the cursor. */
import type { Hover, Position } from 'vscode-languageserver';
import type { SchemaNode } from '../validate/schema-derive.js';
import type { ParsedText } from './parsed-text.js';
import { pathAtOffset } from './path-at-position.js';
import { schemaMarkdown } from './schema-docs.js';
import { schemaAt } from './schema-walk.js';

/** Hover for `position`, or null when the cursor is on nothing the schema describes. */
export function hoverAt(source: ParsedText, position: Position, schema: SchemaNode): Hover | null {
  const at = pathAtOffset(source.doc, source.lines.offsetAt(position));
  if (!at || at.on === 'inside' || at.path.length === 0) return null;
  const place = schemaAt(schema, at.path);
  if (place.nodes.length === 0) return null;
  const last = at.path[at.path.length - 1]!;
  const contents = schemaMarkdown(typeof last === 'string' ? last : undefined, place, at.path);
  if (!contents) return null;
  return {
    contents: { kind: 'markdown', value: contents },
    ...(at.range ? { range: source.lines.rangeOf(at.range[0], at.range[1]) } : {}),
  };
}
