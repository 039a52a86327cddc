import type { ScalarTag } from 'yaml';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { resolvePlainScalar } from './go-yaml-scalars.js';
import { yamlLib } from './lazy-yaml.js';

/**
 * The second parser, used only when js-yaml refuses a file. js-yaml is stricter than docker's
 * go-yaml in places real files rely on (a flow list's closing `]` at the key's own indentation,
 * as in the OpenTelemetry demo and Sentry's compose files), while `yaml` accepts what go-yaml
 * accepts and reports every real error with offsets. Scalars are typed with the same go-yaml rules.
 */
export type LenientParse =
  | { ok: true; data: unknown }
  | { ok: false; problems: Omit<DiagnosticInput, 'file'>[] };

/** go-yaml typing for every plain scalar: one catch-all tag whose resolver decides. */
const goYamlScalar: ScalarTag = {
  tag: 'tag:yaml.org,2002:go-yaml',
  default: true,
  test: /^(?:[-+.0-9~nNtTfF].*|)$/s,
  resolve: (source: string) => resolvePlainScalar(source).value as never,
};

/** Parse with `yaml`; `maxAliasCount` guards against alias bombs. */
export function parseLenient(text: string, maxAliases: number): LenientParse {
  const { parseDocument } = yamlLib();
  const doc = parseDocument(text, {
    schema: 'failsafe',
    customTags: [goYamlScalar],
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    strict: false,
  });
  // Unknown local tags (`!reset`, `!override`, …) are warnings in `yaml`; docker ignores them too.
  const errors = doc.errors;
  if (errors.length === 0) {
    const nonString = findNonStringKey(doc.toJS({ maxAliasCount: maxAliases, mapAsMap: true }));
    if (nonString !== undefined) {
      return { ok: false, problems: [{ code: 'load/invalid-yaml', severity: 'error', message: `mapping key ${nonString} is not a string; quote it` }] };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: maxAliases }) };
  }
  return {
    ok: false,
    problems: errors.map((e) => ({
      code: `load/${e.code.toLowerCase().replace(/_/g, '-')}`,
      severity: 'error' as const,
      message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
      offset: [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)] as const,
      data: { yamlCode: e.code },
    })),
  };
}

function findNonStringKey(value: unknown): string | undefined {
  if (value instanceof Map) {
    for (const [k, v] of value) {
      if (typeof k !== 'string') return String(k);
      const inner = findNonStringKey(v);
      if (inner !== undefined) return inner;
    }
  } else if (Array.isArray(value)) {
    for (const v of value) {
      const inner = findNonStringKey(v);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
