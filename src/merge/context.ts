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

/** The context for a child field: same sink and service, path extended by `key`. */
export function childContext(ctx: MergeContext, key: string | number): MergeContext {
  return { ...ctx, path: [...ctx.path, key] };
}
