/**
 * The server's view of the files: open documents (whose text wins over the disk), the projects
 * they belong to, and which file's diagnostics were published by which project, so that stale
 * ones are cleared and nothing else is.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Env, ReadFile } from '../options.js';
import { pathToUri, uriToPath } from './file-uri.js';
import { ParsedText } from './parsed-text.js';
import { byFile, compileProject, type ExtraPass } from './project-linter.js';
import { projectFilesFor } from './project-files.js';

/** The outside world the language server works in. */
export interface WorkspaceOptions {
  readonly env: Env;
  readonly readFile: ReadFile;
  readonly exists: (absPath: string) => boolean;
  /** Extra findings on a compiled project (the lint engine), if any. */
  readonly extra?: ExtraPass;
}

/** Sends one file's complete diagnostics (an empty list clears them), for the open document's `version`. */
export type Publish = (uri: string, diagnostics: LspDiagnostic[], version?: number) => void;

/** Open documents, their projects, and their published diagnostics. */
export class Workspace {
  /** Open documents by absolute path (only `file:` documents take part in projects). */
  private readonly open = new Map<string, TextDocument>();
  /** The project (key) whose lint last published each URI's diagnostics. */
  private readonly owner = new Map<string, string>();
  private readonly pending = new Set<string>();
  private scheduled = false;
  private readonly encoded = new Map<string, { version: number; bytes: Uint8Array }>();
  private readonly parsed = new Map<string, { version: number; text: ParsedText }>();
  private readonly encoder = new TextEncoder();
  private extra: ExtraPass | undefined;
  /** Per project: the latest lint generation, and the extra pass's last findings per file. */
  private readonly generations = new Map<string, number>();
  private readonly extraFindings = new Map<string, Map<string, LspDiagnostic[]>>();

  constructor(
    private readonly options: WorkspaceOptions,
    private readonly publish: Publish,
  ) {
    this.extra = options.extra;
  }

  /** Sets the extra pass (it may need this workspace's own `readFile`, hence after construction). */
  setExtraPass(extra: ExtraPass | undefined): void {
    this.extra = extra;
  }

  /** A document was opened or edited: its projects are re-linted on the next turn. */
  changed(doc: TextDocument): void {
    const path = uriToPath(doc.uri);
    if (path === undefined) return;
    this.open.set(path, doc);
    this.touch(path);
  }

  /** A document was closed: its text comes from disk again, and orphaned diagnostics go. */
  closed(doc: TextDocument): void {
    const path = uriToPath(doc.uri);
    this.parsed.delete(doc.uri);
    if (path === undefined) return;
    this.open.delete(path);
    this.encoded.delete(path);
    this.touch(path);
  }

  /** A file changed on disk (file watcher): re-lint the projects that read it. */
  touch(path: string): void {
    this.pending.add(path);
    if (this.scheduled) return;
    this.scheduled = true;
    // Coalesce a burst of changes into one lint, without delaying a lone change.
    setImmediate(() => this.flush());
  }

  /** Lint now every project that reads a changed file, and publish (clearing what went away). */
  flush(): void {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const changed = new Set(this.pending);
    this.pending.clear();
    const live = new Map<string, string[]>();
    for (const path of this.open.keys()) {
      const files = projectFilesFor(path, this.exists);
      live.set(files.join('\n'), files);
    }
    // Projects with no open document left: their diagnostics are cleared.
    for (const [uri, key] of [...this.owner]) {
      if (live.has(key)) continue;
      this.owner.delete(uri);
      this.publish(uri, []);
    }
    for (const [key, files] of live) if (files.some((f) => changed.has(f))) this.lint(key, files);
  }

  /** The current text of an open document, parsed for positions (cached per version). */
  parsedText(doc: TextDocument): ParsedText {
    const hit = this.parsed.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.text;
    const text = new ParsedText(doc.getText());
    this.parsed.set(doc.uri, { version: doc.version, text });
    return text;
  }

  /** URI and current text of a file (open document first), for fixes that edit another file. */
  fileText(absPath: string): { uri: string; text: string } | undefined {
    const doc = this.open.get(absPath);
    if (doc) return { uri: doc.uri, text: doc.getText() };
    try {
      return { uri: pathToUri(absPath), text: new TextDecoder().decode(this.options.readFile(absPath)) };
    } catch {
      return undefined;
    }
  }

  /** Reads a file: an open document's in-memory text wins over the disk. */
  readonly readFile: ReadFile = (absPath) => {
    const doc = this.open.get(absPath);
    if (!doc) return this.options.readFile(absPath);
    const hit = this.encoded.get(absPath);
    if (hit && hit.version === doc.version) return hit.bytes;
    const bytes = this.encoder.encode(doc.getText());
    this.encoded.set(absPath, { version: doc.version, bytes });
    return bytes;
  };

  /** True when a file is open or on disk (an unsaved new override counts). */
  readonly exists = (absPath: string): boolean => this.open.has(absPath) || this.options.exists(absPath);

  /**
   * Compile the project and publish its diagnostics at once; then run the extra pass (lint rules,
   * which must locate their findings and so parse the file with positions: the slow part) on
   * the next turn, unless a newer edit superseded it. Until then the project's previous lint
   * findings stay shown, so warnings don't flicker while typing.
   */
  private lint(key: string, files: readonly string[]): void {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const result = compileProject(files, { env: this.options.env, readFile: this.readFile });
    const compiled = byFile(result.diagnostics, files);
    const extra = this.extra;
    if (!extra || !result.stack) {
      this.extraFindings.delete(key);
      this.send(key, compiled);
      return;
    }
    this.send(key, merged(compiled, this.extraFindings.get(key)));
    setImmediate(() => {
      if (this.generations.get(key) !== generation) return;
      const found = byFile(extra(result, files), files);
      this.extraFindings.set(key, found);
      this.send(key, merged(compiled, found));
    });
  }

  /** Publish a project's diagnostics per file, clearing files it published before and not now. */
  private send(key: string, diagnostics: ReadonlyMap<string, LspDiagnostic[]>): void {
    const now = new Set<string>();
    for (const [file, list] of diagnostics) {
      const doc = this.open.get(file);
      const uri = doc?.uri ?? pathToUri(file);
      now.add(uri);
      this.owner.set(uri, key);
      this.publish(uri, list, doc?.version);
    }
    for (const [uri, owner] of [...this.owner]) {
      if (owner !== key || now.has(uri)) continue;
      this.owner.delete(uri);
      this.publish(uri, []);
    }
  }
}

function merged(a: ReadonlyMap<string, LspDiagnostic[]>, b: ReadonlyMap<string, LspDiagnostic[]> | undefined): Map<string, LspDiagnostic[]> {
  const out = new Map(a);
  for (const [file, list] of b ?? []) out.set(file, [...(out.get(file) ?? []), ...list]);
  return out;
}
