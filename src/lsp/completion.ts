/** Completion: the keys a mapping may still take, and the values a key accepts. */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { SchemaNode } from '../validate/schema-derive.js';
import { completionSiteAt } from './completion-site.js';
import { LineIndex } from './line-index.js';
import { allowedValues, schemaMarkdown, versionNote } from './schema-docs.js';
import { annotationsOf, propertiesOf, schemaAt, typesOf, expand } from './schema-walk.js';

/** Completion items at `position` in `text`. */
export function completionsAt(text: string, position: Position, schema: SchemaNode): CompletionItem[] {
  const site = completionSiteAt(text, position);
  if (!site) return [];
  const lines = new LineIndex(text);
  const range = lines.rangeOf(site.replace[0], site.replace[1]);
  if (site.kind === 'value') {
    return allowedValues(schemaAt(schema, site.path), site.path).map((v, i) => ({
      label: String(v),
      kind: CompletionItemKind.EnumMember,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: String(v) },
    }));
  }
  const place = schemaAt(schema, site.parent);
  const present = new Set(site.present);
  const items: CompletionItem[] = propertiesOf(place)
    .filter((p) => !present.has(p.name))
    .map((p) => {
      const at = { nodes: expand(schema, p.node), declared: p.node };
      const types = typesOf(at);
      const block = types.length > 0 && types.every((t) => t === 'object' || t === 'array' || t === 'null');
      // Compose-Specification-only keys are rejected by `docker stack`: list them last.
      const specOnly = annotationsOf(p.node).composeSpecOnly;
      return {
        label: p.name,
        kind: CompletionItemKind.Property,
        detail: versionNote(p.node) ?? types.join(' | '),
        documentation: { kind: 'markdown', value: schemaMarkdown(p.name, at, [...site.parent, p.name]) },
        sortText: `${specOnly ? 1 : 0}${p.name}`,
        textEdit: { range, newText: block ? `${p.name}:` : `${p.name}: ` },
        filterText: p.name,
      } satisfies CompletionItem;
    });
  // A scalar sequence item (`cap_add: [- ...]`) completes to the item schema's values.
  const last = site.parent[site.parent.length - 1];
  if (typeof last === 'number') {
    for (const v of allowedValues(place, site.parent)) {
      items.push({ label: String(v), kind: CompletionItemKind.EnumMember, textEdit: { range, newText: String(v) } });
    }
  }
  return items;
}
