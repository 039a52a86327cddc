/**
 * `stackc lsp`: a language server for compose files over any LSP connection. Diagnostics come from
 * the compiler itself, run on the whole project (base + override) on every change; hover and
 * completion come from the annotated schema.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolve } from 'node:path';
import { composeSchema } from '../validate/schema.js';
import type { SchemaNode } from '../validate/schema-derive.js';
import { codeActionsFor } from './code-actions.js';
import { completionsAt } from './completion.js';
import { uriToPath } from './file-uri.js';
import { hoverAt } from './hover.js';
import { Workspace, type WorkspaceOptions } from './workspace.js';

/** Options of {@link startLanguageServer}. */
export interface LanguageServerOptions extends WorkspaceOptions {
  /** Reported to the client as `serverInfo.version`. */
  readonly version?: string;
}

/** Wires the compose language features to `connection` and starts listening. */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions): Workspace {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(options, (uri, diagnostics, version) => {
    void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, diagnostics, version });
  });
  let schema: SchemaNode | undefined;
  const getSchema = () => (schema ??= composeSchema());

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'stackc', ...(options.version ? { version: options.version } : {}) },
    }),
  );

  // Fired on open too: both mean "this text is now the truth for this file".
  documents.onDidChangeContent(({ document }) => workspace.changed(document));
  documents.onDidClose(({ document }) => {
    workspace.closed(document);
    // The client keeps the last published list of a closed file; the project's re-lint replaces it.
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (path !== undefined) workspace.touch(path);
    }
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? hoverAt(workspace.parsedText(doc), position, getSchema()) : null;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? completionsAt(doc.getText(), position, getSchema()) : [];
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const base = uriToPath(doc.uri);
    return codeActionsFor(context.diagnostics, {
      uri: doc.uri,
      text: doc.getText(),
      schema: getSchema(),
      // Fix edits name files as the compiler was given them: absolute paths (or relative to the document).
      resolveFile: (file) => (base === undefined ? undefined : workspace.fileText(resolve(base, '..', file))),
    });
  });

  documents.listen(connection);
  connection.listen();
  return workspace;
}
