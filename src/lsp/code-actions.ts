/**
 * Quick fixes: the edits lint rules attach to their findings (`data.fixes`), and "Did you mean"
 * renames for unknown keys. Everything needed travels in the diagnostic's `data`, so a fix is
 * computed against the text the client has now, not the one that was linted.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { DocPath } from '../diagnostics/diagnostic.js';
import { SourceIndex } from '../diagnostics/source-index.js';
import type { SchemaNode } from '../validate/schema-derive.js';
import { closestName } from './edit-distance.js';
import { LineIndex } from './line-index.js';
import { propertiesOf, schemaAt } from './schema-walk.js';
import { SOURCE, type DiagnosticData } from './to-lsp-diagnostic.js';

/** What code actions need from the server: texts and URIs of files by path. */
export interface FixContext {
  /** URI of the document the actions are requested for. */
  readonly uri: string;
  /** Current text of the document. */
  readonly text: string;
  readonly schema: SchemaNode;
  /** URI and current text of a file a fix names (as the diagnostic's `file`), if readable. */
  resolveFile(file: string): { uri: string; text: string } | undefined;
}

interface FixEditData {
  readonly file?: string;
  readonly path: DocPath;
  readonly replacement: unknown;
}
interface FixData {
  readonly title: string;
  readonly edits: readonly FixEditData[];
}

/** The quick fixes for the diagnostics the client sent with its request. */
export function codeActionsFor(diagnostics: readonly LspDiagnostic[], ctx: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE) continue;
    const data = (d.data ?? {}) as DiagnosticData;
    const fixes = Array.isArray(data['fixes']) ? (data['fixes'] as FixData[]) : [];
    for (const fix of fixes) {
      const action = fromFix(fix, d, ctx);
      if (action) actions.push(action);
    }
    if (d.code === 'validate/additional-property' && Array.isArray(data.path)) {
      const action = didYouMean(data.path, d, ctx);
      if (action) actions.push(action);
    }
  }
  return actions;
}

/** A lint fix: each edit replaces the value node at its path with the given YAML text. */
function fromFix(fix: FixData, diagnostic: LspDiagnostic, ctx: FixContext): CodeAction | undefined {
  if (typeof fix?.title !== 'string' || !Array.isArray(fix.edits)) return undefined;
  const changes: Record<string, TextEdit[]> = {};
  for (const e of fix.edits) {
    const target = e.file === undefined ? { uri: ctx.uri, text: ctx.text } : ctx.resolveFile(e.file);
    if (!target || !Array.isArray(e.path)) return undefined;
    const found = new SourceIndex(target.text).find(e.path);
    if (!found.exact || !found.value) return undefined;
    const newText = typeof e.replacement === 'string' ? e.replacement : JSON.stringify(e.replacement);
    (changes[target.uri] ??= []).push({ range: new LineIndex(target.text).rangeOf(found.value[0], found.value[1]), newText });
  }
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes } };
}

/** Rename an unknown key to the closest key the schema allows there (edit distance ≤ 2). */
function didYouMean(path: readonly unknown[], diagnostic: LspDiagnostic, ctx: FixContext): CodeAction | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = path.slice(0, -1) as DocPath;
  const index = new SourceIndex(ctx.text);
  const siblings = index.find(parent);
  const allowed = propertiesOf(schemaAt(ctx.schema, parent)).map((p) => p.name);
  const suggestion = closestName(key, allowed);
  if (!suggestion) return undefined;
  // Renaming onto a key that is already there would only trade one error for another.
  if (siblings.exact && index.find([...parent, suggestion]).exact) return undefined;
  const found = index.find(path as DocPath);
  const lines = new LineIndex(ctx.text);
  const range = found.exact && found.key ? lines.rangeOf(found.key[0], found.key[1]) : diagnostic.range;
  return {
    title: `Did you mean \`${suggestion}\`?`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [ctx.uri]: [{ range, newText: suggestion }] } },
  };
}
