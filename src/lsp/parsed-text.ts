/**
 * One version of a document's text with its positioned YAML tree, built on first use: diagnostics
 * never need it (the compiler locates its own findings), only hover, completion and code actions.
 */
import type { Document } from 'yaml';
import { yamlLib } from '../load/lazy-yaml.js';
import { LineIndex } from './line-index.js';

/** A text, its line index, and (lazily) its YAML document with source ranges. */
export class ParsedText {
  readonly lines: LineIndex;
  private parsed?: Document.Parsed;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }

  /** The first YAML document (compose reads only the first), parsed leniently: errors leave partial trees. */
  get doc(): Document.Parsed {
    this.parsed ??= yamlLib().parseDocument(this.text, { merge: true, uniqueKeys: false, prettyErrors: false });
    return this.parsed;
  }
}
