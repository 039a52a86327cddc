import type { Report } from '../diagnostics/diagnostic.js';
import { decodeText } from './decode-text.js';
import type { LoadedFile } from './loaded-file.js';
import { checkJsonEncodable } from './json-encodable.js';
import { findMergeTags } from './merge-tags.js';
import { parseFirstDocument } from './parse-yaml.js';

export type { LoadedFile, MergeTag } from './loaded-file.js';

/** One file's raw input, as read by the caller. */
export interface FileInput {
  /** Display name (as given on the command line, `-` for stdin). */
  readonly file: string;
  /** Absolute path; absent for stdin. */
  readonly absPath?: string;
  readonly bytes: Uint8Array;
}

/**
 * The load stage: bytes → text → first YAML document as plain data, typed as docker reads it.
 * Reports `load/*` diagnostics (binary input, YAML syntax, a top level that is not a mapping);
 * `data` is `undefined` when the file can't be used.
 */
export function loadFile(input: FileInput, report: Report): LoadedFile {
  const base = { file: input.file, absPath: input.absPath, mergeTags: [] };
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    report({ code: 'load/not-text', severity: 'error', message: decoded.reason, file: input.file });
    return { ...base, text: '', data: undefined };
  }
  const text = decoded.text;
  const parsed = parseFirstDocument(text);
  if (!parsed.ok) {
    for (const p of parsed.problems) report({ ...p, file: input.file });
    return { ...base, text, data: undefined };
  }
  const data = parsed.data;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const what = data === null || data === undefined ? 'the file is empty' : Array.isArray(data) ? 'it is a list' : 'it is a scalar';
    report({
      code: 'load/not-a-mapping',
      severity: 'error',
      message: `top-level object must be a mapping (${what})`,
      file: input.file,
      // An empty file has no node to point at: point at its start.
      ...(data === null || data === undefined ? { offset: [0, Math.min(1, text.length)] as const } : { path: [] }),
    });
    return { ...base, text, data: undefined };
  }
  if (!checkJsonEncodable(text, data, input.file, report)) return { ...base, text, data: undefined };
  return {
    ...base,
    text,
    data,
    mergeTags: findMergeTags(text),
    ...(parsed.events ? { events: parsed.events } : {}),
    ...(parsed.withDollar ? { withDollar: parsed.withDollar } : {}),
  };
}
