import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';

function load(text: string | Uint8Array) {
  const diagnostics: DiagnosticInput[] = [];
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const file = loadFile({ file: 'compose.yml', absPath: '/p/compose.yml', bytes }, (d) => diagnostics.push(d));
  return { file, diagnostics };
}

describe('loadFile', () => {
  it('keeps only the first document, as docker does (later ones may even be broken)', () => {
    const { file, diagnostics } = load('services: {a: {image: x}}\n---\nbroken: [\n');
    expect(diagnostics).toEqual([]);
    expect(file.data).toEqual({ services: { a: { image: 'x' } } });
  });

  it('accepts an explicit leading document marker', () => {
    expect(load('---\nservices: {}\n').file.data).toEqual({ services: {} });
  });

  it('types scalars like go-yaml: octal modes, yes stays a string', () => {
    const { file } = load('x-a:\n  mode: 0440\n  ro: yes\n  on: true\n');
    expect(file.data).toEqual({ 'x-a': { mode: 288, ro: 'yes', on: true } });
  });

  it('expands anchors and << merge keys, explicit keys winning', () => {
    const { file } = load('x-base: &b {image: a, tty: true}\nservices:\n  s:\n    <<: *b\n    image: b\n');
    expect((file.data as any).services.s).toEqual({ image: 'b', tty: true });
  });

  it.each([
    ['a: 1\na: 2\n', 'load/duplicate-key', 5],
    ['a:\n\t- b\n', 'load/', 3],
    ['a: [1\n', 'load/', undefined],
  ])('reports YAML syntax problems with offsets: %j', (text, code, start) => {
    const { file, diagnostics } = load(text);
    expect(file.data).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.code.startsWith(code)).toBe(true);
    expect(diagnostics[0]!.offset).toBeDefined();
    if (start !== undefined) expect(diagnostics[0]!.offset![0]).toBe(start);
  });

  it('rejects a non-string key below the top level, where docker fails too', () => {
    const { diagnostics } = load('services:\n  a:\n    environment:\n      1: FOO\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/not a string/);
  });

  it.each([
    ['', 'the file is empty'],
    ['# only a comment\n', 'the file is empty'],
    ['- a\n', 'it is a list'],
    ['hello\n', 'it is a scalar'],
  ])('requires a mapping at the top: %j', (text, why) => {
    const { diagnostics } = load(text);
    expect(diagnostics).toMatchObject([{ code: 'load/not-a-mapping' }]);
    // located: at the root node, or at the start of an empty file
    expect(diagnostics[0]!.path ?? diagnostics[0]!.offset).toBeDefined();
    expect(diagnostics[0]!.message).toContain(why);
  });

  it('decodes UTF-16 with a BOM and strips a UTF-8 BOM', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a: 1\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(load(utf16).file.data).toEqual({ a: 1 });
    expect(load(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 2\n')])).file.data).toEqual({ a: 2 });
  });

  it('refuses binary input', () => {
    const { diagnostics } = load(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    expect(diagnostics).toMatchObject([{ code: 'load/not-text', severity: 'error' }]);
  });

  it('records !reset and !override tags with their paths', () => {
    const { file } = load('services:\n  a:\n    ports: !reset []\n    environment: !override {A: b}\n');
    expect(file.mergeTags).toEqual([
      { path: ['services', 'a', 'ports'], tag: '!reset' },
      { path: ['services', 'a', 'environment'], tag: '!override' },
    ]);
  });
});
