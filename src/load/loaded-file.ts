import type { DocPath } from '../diagnostics/diagnostic.js';

/** A `!reset` or `!override` tag found in a file, kept for the compose-spec merge. */
export interface MergeTag {
  readonly path: DocPath;
  readonly tag: '!reset' | '!override';
}

/** One input file after the load stage: its text, its first YAML document as plain data. */
export interface LoadedFile {
  /** Display name: the path as the user gave it, or `-` for stdin. Diagnostics use it. */
  readonly file: string;
  /** Absolute path; absent for stdin. */
  readonly absPath?: string;
  /** Decoded text (BOM removed, UTF-16 decoded). Offsets in diagnostics refer to it. */
  readonly text: string;
  /**
   * The first YAML document as plain data, typed the way docker's yaml.v3 reads it:
   * `0440` is 288, only true/True/TRUE are booleans, timestamps become Go's time string.
   * `undefined` when the file could not be parsed.
   */
  readonly data: unknown;
  /** `!reset` / `!override` tags, in document order. */
  readonly mergeTags: readonly MergeTag[];
  /**
   * js-yaml's event stream of the first document (offsets into `text`), kept so that locating
   * diagnostics needs no second parse. Absent when the file was read by the fallback parser.
   */
  readonly events?: readonly unknown[];
  /**
   * The mappings and sequences of `data` that hold a string value with a `$` at any depth (maybe
   * a few more, never fewer): interpolation needs to walk only these. Absent when the loader
   * could not tell, and every container may hold one.
   */
  readonly withDollar?: ReadonlySet<object>;
}
