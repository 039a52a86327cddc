import { describe, expect, it } from 'vitest';
import { mergeComposeFiles } from '../../src/compose/merge-files.js';
import { compile } from '../../src/index.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';

const enc = new TextEncoder();
function load(file: string, text: string) {
  const f = loadFile({ file, bytes: enc.encode(text) }, () => {});
  return { doc: { file, data: f.data as Record<string, unknown> }, tags: f.mergeTags };
}

describe('mergeComposeFiles (compose rules for -f files)', () => {
  it('merges services attribute by attribute, later files winning', () => {
    const a = load('a.yml', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n    environment: {A: "1"}\n');
    const b = load('b.yml', 'services:\n  web:\n    image: nginx:2\n    ports: ["443:443"]\n    environment: {B: "2"}\n');
    const merged = mergeComposeFiles([a.doc, b.doc], (i) => [a.tags, b.tags][i]!, () => {});
    const web = (merged.data.services as Record<string, Record<string, unknown>>).web!;
    expect(web.image).toBe('nginx:2');
    expect(web.ports).toEqual(['80:80', '443:443']);
    expect(web.environment).toEqual({ A: '1', B: '2' });
  });

  it('lets an override !reset what the files before it set', () => {
    const a = load('a.yml', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n');
    const b = load('b.yml', 'services:\n  web:\n    ports: !reset []\n');
    const merged = mergeComposeFiles([a.doc, b.doc], (i) => [a.tags, b.tags][i]!, () => {});
    expect((merged.data.services as Record<string, Record<string, unknown>>).web!.ports ?? []).toEqual([]);
  });

  it('reports a value that cannot be merged, in the override file', () => {
    const a = load('a.yml', 'services:\n  web:\n    image: nginx\n    x-thing: [1]\n');
    const b = load('b.yml', 'services:\n  web:\n    x-thing: {a: 1}\n');
    const out: DiagnosticInput[] = [];
    mergeComposeFiles([a.doc, b.doc], (i) => [a.tags, b.tags][i]!, (d) => void out.push(d));
    expect(out).toMatchObject([{ code: 'compose/merge-conflict', file: 'b.yml' }]);
  });
});

describe('compose mode says where docker stack\'s merge rules would differ', () => {
  it('warns, located in the file that wrote the value', () => {
    // Target-only ports: docker stack keys them by published port (0) and keeps only the last one.
    const files: Record<string, string> = {
      '/p/compose.yml': 'name: demo\nservices:\n  web:\n    image: nginx:1\n    ports: ["80", "81"]\n',
      '/p/compose.override.yml': 'services:\n  web:\n    ports: ["82"]\n',
    };
    const result = compile({
      files: ['compose.yml', 'compose.override.yml'],
      cwd: '/p',
      env: {},
      readFile: (p) => {
        if (files[p] === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return enc.encode(files[p]!);
      },
      exists: (p) => files[p] !== undefined,
    });
    expect(result.ok).toBe(true);
    expect(result.stack!.services.web!.ports!.map((p) => p.target)).toEqual([80, 81, 82]);
    const differ = result.diagnostics.filter((d) => d.code === 'compose/merge-rules-differ');
    expect(differ).toMatchObject([{ severity: 'warning', file: 'compose.override.yml', line: 3, path: ['services', 'web', 'ports'] }]);
  });
});
