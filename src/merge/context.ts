import type { DocPath, Report } from '../diagnostics/diagnostic.js';

/**
 * What a field rule knows about where it is. Only the extension rule reports anything (the one
 * merge error docker can actually hit), but every rule receives the context so the path is
 * always at hand.
 */
export interface MergeContext {
  /** Sink for merge errors; absent when the caller does not care. */
  readonly report: Report | undefined;
  /** Display name of the override file, as docker names it in `cannot merge services from <file>`. */
  readonly file: string | undefined;
  /** Name of the service being merged (empty outside services). */
  readonly service: string;
  /** Document path of the field being merged, in the override file. */
  readonly path: DocPath;
}

/**
 * A child field's context. Every merged field gets one but almost none reads its path (only an
 * extension conflict is reported), so the path is built on first use.
 */
class ChildContext implements MergeContext {
  readonly report: Report | undefined;
  readonly file: string | undefined;
  readonly service: string;
  readonly #parent: MergeContext;
  readonly #key: string | number;
  #path: DocPath | undefined;

  constructor(parent: MergeContext, key: string | number) {
    this.report = parent.report;
    this.file = parent.file;
    this.service = parent.service;
    this.#parent = parent;
    this.#key = key;
  }

  get path(): DocPath {
    return (this.#path ??= [...this.#parent.path, this.#key]);
  }
}

/** The context for a child field: same sink and service, path extended by `key`. */
export function childContext(ctx: MergeContext, key: string | number): MergeContext {
  return new ChildContext(ctx, key);
}
