import { formatPath, toPointer, type Diagnostic } from '../diagnostic.js';

/**
 * Machine output: a JSON array, one object per diagnostic, with stable field order. `path` is a
 * JSON Pointer and `pathText` its dotted display form.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    endLine: d.endLine ?? null,
    endColumn: d.endColumn ?? null,
    path: d.path ? toPointer(d.path) : null,
    pathText: d.path ? formatPath(d.path) : null,
    ...(d.data ? { data: d.data } : {}),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
