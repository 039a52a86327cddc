/**
 * The compose project name (compose-spec.md §1.E): `-p`, then `COMPOSE_PROJECT_NAME`, then the
 * top-level `name:` of the files, then the project directory's basename.
 */
import { basename } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.js';
import { composeSubstitute } from '../interpolate/compose-grammar.js';
import type { Env } from '../options.js';
import type { RawDocument } from './types.js';

/** What the project name is computed from. */
export interface ProjectNameOptions {
  /** `-p/--project-name`, when given (an empty string counts as not given). */
  readonly flag?: string;
  /** The project environment (so `COMPOSE_PROJECT_NAME` may come from `.env`). */
  readonly env: Env;
  /** Every compose file's document, in merge order. */
  readonly documents: readonly RawDocument[];
  /** Absolute project directory. */
  readonly projectDir: string;
  readonly report: Report;
}

/**
 * compose-go's `NormalizeProjectName`: lowercase, keep only `[a-z0-9_-]` (dots, spaces and other
 * letters are dropped), then strip leading `_` and `-`.
 */
export function sanitizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** Whether `name` may be used as given: `-p` and `COMPOSE_PROJECT_NAME` must already be sanitized. */
export function isValidProjectName(name: string): boolean {
  return name !== '' && sanitizeProjectName(name) === name;
}

function invalidNameMessage(name: string): string {
  return `invalid project name ${JSON.stringify(name)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`;
}

/**
 * The project name: the `-p` flag, else `COMPOSE_PROJECT_NAME`, else the last non-empty top-level
 * `name:` of the documents (interpolated with `env`, then sanitized), else the project directory's
 * basename, sanitized. An explicit name that is not already valid is an error (its sanitized form
 * is returned so later steps can go on); an empty result is an error too.
 */
export function resolveProjectName(opts: ProjectNameOptions): string {
  const { report } = opts;
  const explicit: readonly (readonly [string | undefined, string])[] = [
    [opts.flag, '-p/--project-name'],
    [opts.env['COMPOSE_PROJECT_NAME'], 'COMPOSE_PROJECT_NAME'],
  ];
  for (const [value, source] of explicit) {
    if (value === undefined || value === '') continue;
    if (!isValidProjectName(value)) {
      report({ code: 'compose/invalid-project-name', severity: 'error', message: invalidNameMessage(value), data: { name: value, source } });
    }
    return sanitizeProjectName(value);
  }

  const declared = lastDeclaredName(opts.documents, opts.env, report);
  if (declared !== undefined) {
    const name = sanitizeProjectName(declared.value);
    if (name === '') {
      report({ code: 'compose/empty-project-name', severity: 'error', message: 'project name must not be empty', file: declared.file, path: ['name'], data: { name: declared.value } });
    } else if (name !== declared.value) {
      report({
        code: 'compose/project-name-sanitized',
        severity: 'warning',
        message: `project name ${JSON.stringify(declared.value)} is used as ${JSON.stringify(name)}: only lowercase letters, digits, '-' and '_' are kept`,
        file: declared.file,
        path: ['name'],
        data: { name: declared.value, sanitized: name },
      });
    }
    return name;
  }

  const name = sanitizeProjectName(basename(opts.projectDir));
  if (name === '') {
    report({ code: 'compose/empty-project-name', severity: 'error', message: 'project name must not be empty', data: { projectDir: opts.projectDir } });
  }
  return name;
}

/**
 * The last non-empty top-level `name` across the documents, interpolated. A `name` whose
 * interpolation fails is skipped without a report: the document's own interpolation reports it.
 */
function lastDeclaredName(documents: readonly RawDocument[], env: Env, report: Report): { value: string; file: string } | undefined {
  const lookup = (k: string): string | undefined => (Object.prototype.hasOwnProperty.call(env, k) ? env[k] : undefined);
  let found: { value: string; file: string } | undefined;
  for (const doc of documents) {
    if (!Object.prototype.hasOwnProperty.call(doc.data, 'name')) continue;
    const raw = doc.data['name'];
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'string') {
      report({ code: 'compose/invalid-project-name', severity: 'error', message: 'name must be a string', file: doc.file, path: ['name'], data: { dockerMessage: `validating ${doc.file}: name must be a string` } });
      continue;
    }
    const result = composeSubstitute(raw, lookup);
    if (result.problem || result.value === '') continue;
    found = { value: result.value, file: doc.file };
  }
  return found;
}
