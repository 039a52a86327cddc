/** Service `secrets` / `configs` references: a string `s` becomes `{source: s}` (§1.8.3). */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { FileReference } from '../model/stack-config.js';
import { goTypeName } from './ports.js';
import { decodeErrorText, isRecord, reportError, type Scope } from './scope.js';

/** Normalizes a `secrets` or `configs` list of one service. */
export function normalizeFileReferences(
  value: unknown,
  path: DocPath,
  scope: Scope,
  goField: 'Secrets' | 'Configs',
): FileReference[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: FileReference[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') {
      out.push(item === '' ? {} : { source: item });
      return;
    }
    if (!isRecord(item)) {
      const text = `invalid type ${goTypeName(item)} for secret`;
      reportError(scope, 'invalid-file-reference', [...path, index], text, {
        dockerMessage: decodeErrorText(`${goField}[${index}]`, text),
      });
      return;
    }
    const ref: FileReference = {};
    for (const key of ['source', 'target', 'uid', 'gid'] as const) {
      const v = item[key];
      if (typeof v === 'string' && v !== '') ref[key] = v;
    }
    // mode is a *uint32: kept even when 0. yaml.v3 already read `0440` as 288.
    if (typeof item.mode === 'number') ref.mode = Math.trunc(item.mode);
    out.push(ref);
  });
  return out.length > 0 ? out : undefined;
}
