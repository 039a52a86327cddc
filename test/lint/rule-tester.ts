/**
 * Runs one rule on compose YAML through the real pipeline (load → … → merge), then locates its
 * findings as the CLI does, so tests assert real line/column positions. ESLint's RuleTester in
 * spirit: `valid` snippets report nothing, `invalid` ones report exactly the listed errors.
 */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { compile } from '../../src/index.js';
import { lintStack, locateLintDiagnostics } from '../../src/lint/index.js';
import type { AnyRule } from '../../src/lint/rule.js';

/** Compose files by name (relative to /project), or one `compose.yml` text. */
export type Files = string | Readonly<Record<string, string>>;

/** Compiles `files` (first key first) and runs `rule` on the result; located lint diagnostics. */
export function runRule(rule: AnyRule, files: Files, options: Record<string, unknown> = {}): Diagnostic[] {
  const byName = typeof files === 'string' ? { 'compose.yml': files } : files;
  const cwd = '/project';
  const fs = new Map(Object.entries(byName).map(([name, text]) => [posix.resolve(cwd, name), text]));
  const result = compile({
    files: Object.keys(byName).filter((name) => name.endsWith('.yml') || name.endsWith('.yaml')),
    cwd,
    env: {},
    diagnosticsOnly: true,
    readFile: (p) => {
      const text = fs.get(p);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });
  if (!result.stack) throw new Error(`compile failed:\n${result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  const reported: DiagnosticInput[] = [];
  const config = { rules: [{ rule, severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}), ...options } }] };
  lintStack({ stack: result.stack, documents: result.documents }, config, (d) => void reported.push(d));
  return locateLintDiagnostics(reported, result.documents, result.sources, Object.keys(byName));
}

/** An expected finding: message id and where; `data` is matched partially. */
export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly file?: string;
  readonly data?: Record<string, unknown>;
  readonly fix?: string;
}

export interface RuleCases {
  readonly valid: readonly (Files | { files: Files; options: Record<string, unknown> })[];
  readonly invalid: readonly { readonly name?: string; readonly files: Files; readonly options?: Record<string, unknown>; readonly errors: readonly ExpectedError[] }[];
}

/** Declares the vitest cases of one rule. */
export function ruleTester(rule: AnyRule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}`, () => {
        const found = withOptions(c) ? runRule(rule, c.files, c.options) : runRule(rule, c);
        expect(found.map((d) => d.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = runRule(rule, c.files, c.options);
        expect(found.map((d) => ({ code: d.code, severity: d.severity }))).toEqual(c.errors.map(() => ({ code: `lint/${rule.meta.id}`, severity: rule.meta.defaultSeverity })));
        found.forEach((d, j) => {
          const want = c.errors[j]!;
          expect({ messageId: d.data?.messageId, line: d.line, column: d.column, ...(want.file ? { file: d.file } : {}) }, d.message).toEqual({
            messageId: want.messageId,
            line: want.line,
            column: want.column,
            ...(want.file ? { file: want.file } : {}),
          });
          if (want.data) expect(d.data).toMatchObject(want.data);
          if (want.fix !== undefined) {
            const fixes = d.data?.fixes as { edits: { replacement: string }[] }[] | undefined;
            expect(fixes?.[0]?.edits[0]?.replacement).toBe(want.fix);
          }
          expect(d.message).not.toMatch(/\{\{/);
        });
      });
    });
  });
}

function withOptions(c: RuleCases['valid'][number]): c is { files: Files; options: Record<string, unknown> } {
  return typeof c === 'object' && 'options' in c && typeof c.options === 'object';
}
