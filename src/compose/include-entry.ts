/**
 * Reading one `include` entry (compose-spec.md §4.2): a path, or a mapping with `path` (one file or
 * several), `project_directory` and `env_file`. Shape errors are reported at the offending node.
 */
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import { isMapping } from './extends-values.js';

/** A value written in the including file, with where it was written. */
export interface Located<T> {
  readonly value: T;
  readonly at: DocPath;
}

/** One include entry, as written. */
export interface IncludeEntry {
  /** Path of the entry itself (`include[i]`). */
  readonly at: DocPath;
  /** The files, the first being the main one (never empty). */
  readonly paths: readonly Located<string>[];
  readonly projectDirectory?: Located<string>;
  readonly envFiles: readonly Located<string>[];
}

/** A string or a list of strings, each with its path; `undefined` when anything else is there. */
function stringOrList(v: unknown, at: DocPath): Located<string>[] | undefined {
  if (typeof v === 'string') return [{ value: v, at }];
  if (!Array.isArray(v)) return undefined;
  const out: Located<string>[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'string') return undefined;
    out.push({ value: x, at: [...at, i] });
  }
  return out;
}

/** The entry at `include[index]`, or `undefined` after reporting `compose/include-invalid`. */
export function readIncludeEntry(value: unknown, index: number, file: string, report: Report): IncludeEntry | undefined {
  const at: DocPath = ['include', index];
  const invalid = (message: string, path: DocPath = at, atKey = false): undefined => {
    report({ code: 'compose/include-invalid', severity: 'error', file, path, atKey, message });
    return undefined;
  };
  if (typeof value === 'string') {
    if (value === '') return invalid('include entry names no file');
    return { at, paths: [{ value, at }], envFiles: [] };
  }
  if (!isMapping(value)) return invalid('include entry must be a path or a mapping with "path"');
  for (const key of Object.keys(value)) {
    if (key !== 'path' && key !== 'project_directory' && key !== 'env_file') {
      return invalid(`include entry: additional property ${key} is not allowed`, [...at, key], true);
    }
  }
  if (value.path === undefined || value.path === null) return invalid('include entry: "path" is required');
  const paths = stringOrList(value.path, [...at, 'path']);
  if (!paths || paths.length === 0 || paths.some((p) => p.value === '')) {
    return invalid('include entry: "path" must be a file or a list of files', [...at, 'path']);
  }
  const dir = value.project_directory;
  if (dir !== undefined && dir !== null && (typeof dir !== 'string' || dir === '')) {
    return invalid('include entry: "project_directory" must be a path', [...at, 'project_directory']);
  }
  let envFiles: Located<string>[] = [];
  if (value.env_file !== undefined && value.env_file !== null) {
    const list = stringOrList(value.env_file, [...at, 'env_file']);
    if (!list) return invalid('include entry: "env_file" must be a file or a list of files', [...at, 'env_file']);
    envFiles = list;
  }
  return {
    at,
    paths,
    ...(typeof dir === 'string' ? { projectDirectory: { value: dir, at: [...at, 'project_directory'] } } : {}),
    envFiles,
  };
}
