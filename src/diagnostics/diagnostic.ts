/**
 * The one diagnostic shape shared by every stage.
 *
 * Stages never compute line/column themselves: they report a file and a document path (plus, for a
 * problem inside a string, the character range inside that string), and `locate` turns that into
 * 1-based positions once, at the edge. This keeps stages pure and lets one locator handle anchors,
 * merged files and reshaped values the same way.
 */

/** How bad a finding is. Only `error` makes `compile` fail (exit code 1). */
export type Severity = 'error' | 'warning' | 'info';

/** The pipeline stage that produced a diagnostic. */
export type Stage = 'cli' | 'load' | 'interpolate' | 'validate' | 'normalize' | 'merge' | 'lint' | 'emit' | 'engine';

/** A path into a YAML document: mapping keys as strings, sequence indexes as numbers. */
export type DocPath = readonly (string | number)[];

/**
 * What a stage reports. `file` is the display name of the input file (as the user wrote it);
 * `path` addresses the offending node inside that file's document.
 */
export interface DiagnosticInput {
  /** Stable code, `<stage>/<slug>`, e.g. `interpolate/required-variable`. */
  readonly code: string;
  readonly severity: Severity;
  /** One sentence, in compose vocabulary ("mapping", "list"). */
  readonly message: string;
  /** Input file display name; absent for project-wide findings. */
  readonly file?: string;
  /** Document path of the offending node in `file`. */
  readonly path?: DocPath;
  /** Point at the mapping key of `path` instead of its value (unknown keys, forbidden keys). */
  readonly atKey?: boolean;
  /** For problems inside a string: the [start, end) character range within the string's value. */
  readonly inner?: readonly [number, number];
  /** Already-known offsets in the file's text (YAML syntax errors), used when `path` is absent. */
  readonly offset?: readonly [number, number];
  /** Template parameters, so tests can assert data rather than prose. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A located diagnostic, as printed and returned by the library. */
export interface Diagnostic extends DiagnosticInput {
  /** 1-based line and column of the start; absent when nothing could be located. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** The sink every stage receives. Reporting never throws. */
export type Report = (d: DiagnosticInput) => void;

/** Dotted display form of a document path: `services.web.ports[0]`. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** JSON Pointer form of a document path (RFC 6901), for machine output. */
export function toPointer(path: DocPath): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
