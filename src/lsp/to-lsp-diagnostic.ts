/**
 * Our located diagnostics as LSP diagnostics. The document path travels in `data`, so code
 * actions can find the node again without keeping server-side state per diagnostic.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { formatPath, type Diagnostic, type DocPath, type Severity } from '../diagnostics/diagnostic.js';
import { toLspRange } from './line-index.js';

/** The `source` every published diagnostic carries. */
export const SOURCE = 'stackc';

/** What a published diagnostic keeps in `data`. */
export interface DiagnosticData {
  /** Document path of the node in its file (absent for project-wide findings). */
  readonly path?: DocPath;
  readonly pathText?: string;
  /** True when the range is the mapping key of `path`. */
  readonly atKey?: boolean;
  /** The stage's own data (e.g. `fixes` from lint rules). */
  readonly [key: string]: unknown;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Convert one diagnostic (its 1-based UTF-16 columns become a 0-based range). */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = {
    ...d.data,
    ...(d.path ? { path: d.path, pathText: formatPath(d.path) } : {}),
    ...(d.atKey ? { atKey: true } : {}),
  };
  return { range: toLspRange(d), severity: SEVERITY[d.severity], code: d.code, source: SOURCE, message: d.message, data };
}
