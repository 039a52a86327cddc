import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translateToStack } from '../../src/compose/translate.js';
import type { ComposeContext } from '../../src/compose/types.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { COMPOSE_SPEC_MODE } from '../../src/interpolate/compose-grammar.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { loadFile } from '../../src/load/index.js';
import { validateSchema } from '../../src/validate/index.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

interface IndexCase { accepted: boolean; features: string[]; files: string[] }
const index = JSON.parse(readFileSync(join(corpus, 'INDEX.json'), 'utf8')) as { cases: Record<string, IndexCase> };

/** Cases docker rejects that need no include/extends/profiles step before translation. */
const cases = Object.entries(index.cases)
  .filter(([, c]) => !c.accepted && !c.features.some((f) => ['extends', 'include', 'profiles'].includes(f)))
  .map(([name]) => name);

describe('translateToStack on the docker-rejected corpus', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases).toContain('mailcow');
    expect(cases).toContain('docker-compose-fixture-configs');
  });

  it.each(cases)('%s: every translated file passes the 3.13 stack schema', (name) => {
    const dir = join(corpus, name);
    const source = JSON.parse(readFileSync(join(dir, 'SOURCE.json'), 'utf8')) as { files: string[]; env?: Record<string, string> };
    const env = source.env ?? {};
    const reported: DiagnosticInput[] = [];
    const report = (d: DiagnosticInput) => void reported.push(d);
    const ctx: ComposeContext = { projectDir: dir, projectName: name, env, readFile: (p) => readFileSync(p), report };
    for (const file of source.files) {
      const absPath = join(dir, file);
      const loaded = loadFile({ file, absPath, bytes: readFileSync(absPath) }, report);
      expect(loaded.data).toBeDefined();
      const data = interpolateDocument(loaded.data, { file, env, mode: COMPOSE_SPEC_MODE }, report) as Record<string, unknown>;
      const out = translateToStack({ file, absPath, data }, { projectName: name, strict: false }, ctx);
      expect(out.data['version']).toBe('3.13');
      const schemaProblems: DiagnosticInput[] = [];
      validateSchema(out.data, { file, version: '3.13' }, (d) => void schemaProblems.push(d));
      expect(schemaProblems.filter((d) => d.severity === 'error')).toEqual([]);
    }
    expect(reported.filter((d) => d.severity === 'error')).toEqual([]);
    // Every translation note is located in the file that wrote it.
    for (const d of reported.filter((r) => r.code.startsWith('compose/'))) {
      expect(source.files).toContain(d.file);
      expect(d.path).toBeDefined();
    }
  });
});
