/** Unit tests of the language server's parts: positions, paths, schema walking, sites, fixes. */
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { composeSchema } from '../../src/validate/schema.js';
import { codeActionsFor } from '../../src/lsp/code-actions.js';
import { completionSiteAt } from '../../src/lsp/completion-site.js';
import { completionsAt } from '../../src/lsp/completion.js';
import { closestName, editDistance } from '../../src/lsp/edit-distance.js';
import { hoverAt } from '../../src/lsp/hover.js';
import { LineIndex, toLspRange } from '../../src/lsp/line-index.js';
import { ParsedText } from '../../src/lsp/parsed-text.js';
import { pathAtOffset } from '../../src/lsp/path-at-position.js';
import { projectFilesFor } from '../../src/lsp/project-files.js';
import { describe as describeSchema, enumValuesOf, propertiesOf, schemaAt } from '../../src/lsp/schema-walk.js';
import { toLspDiagnostic } from '../../src/lsp/to-lsp-diagnostic.js';

const schema = composeSchema();
const TEXT = ['services:', '  web:', '    image: "nginx"', '    ports:', '      - target: 80', '        protocol: udp', '    deploy:', '      mode: global', ''].join('\n');

describe('range mapping', () => {
  it('turns 1-based line/column (exclusive end) into a 0-based LSP range', () => {
    expect(toLspRange({ line: 4, column: 5, endLine: 4, endColumn: 10 })).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 9 } });
    expect(toLspRange({})).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(toLspRange({ line: 2, column: 3 })).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 2 } });
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const idx = new LineIndex('a: "😀x"\nb: 1\r\nc: 2');
    expect(idx.positionAt(6)).toEqual({ line: 0, character: 6 }); // after the surrogate pair
    expect(idx.offsetAt({ line: 1, character: 99 })).toBe(13); // clamped before \r\n
    expect(idx.lineText(1)).toBe('b: 1');
    expect(idx.positionAt(15)).toEqual({ line: 2, character: 0 });
  });

  it('maps severity, code, source and puts the document path in data', () => {
    const d = toLspDiagnostic({ code: 'validate/type', severity: 'warning', message: 'm', file: 'f', path: ['services', 'a', 'ports', 0], line: 1, column: 1, endLine: 1, endColumn: 3, data: { x: 1 } });
    expect(d).toMatchObject({ severity: DiagnosticSeverity.Warning, code: 'validate/type', source: 'stackc', data: { x: 1, path: ['services', 'a', 'ports', 0], pathText: 'services.a.ports[0]' } });
  });
});

describe('path at position', () => {
  const src = new ParsedText(TEXT);
  const at = (line: number, character: number) => pathAtOffset(src.doc, src.lines.offsetAt({ line, character }));

  it('finds keys, values and sequence items', () => {
    expect(at(2, 6)).toMatchObject({ path: ['services', 'web', 'image'], on: 'key' });
    expect(at(2, 9)).toMatchObject({ path: ['services', 'web', 'image'], on: 'key' }); // right after the key
    expect(at(2, 13)).toMatchObject({ path: ['services', 'web', 'image'], on: 'value' });
    expect(at(5, 10)).toMatchObject({ path: ['services', 'web', 'ports', 0, 'protocol'], on: 'key' });
    expect(at(5, 19)).toMatchObject({ path: ['services', 'web', 'ports', 0, 'protocol'], on: 'value' });
    expect(at(7, 13)).toMatchObject({ path: ['services', 'web', 'deploy', 'mode'], on: 'value' });
  });
});

describe('schema walking', () => {
  it('follows $ref, patternProperties and items, and flattens oneOf branches', () => {
    expect(describeSchema(schemaAt(schema, ['services', 'web']))).toBe('One service.');
    expect(propertiesOf(schemaAt(schema, ['services', 'web'])).map((p) => p.name)).toEqual(expect.arrayContaining(['image', 'deploy', 'healthcheck']));
    expect(propertiesOf(schemaAt(schema, ['services', 'web', 'ports', 3])).map((p) => p.name)).toEqual(expect.arrayContaining(['target', 'published', 'protocol', 'mode']));
    expect(describeSchema(schemaAt(schema, ['services', 'web', 'deploy', 'update_config', 'order']))).toMatch(/stop-first/);
    expect(enumValuesOf(schemaAt(schema, ['services', 'web', 'deploy', 'update_config', 'order']))).toEqual(['start-first', 'stop-first']);
    expect(schemaAt(schema, ['services', 'web', 'nope']).nodes).toEqual([]);
  });

  it('hovers with description, values and version notes', () => {
    const src = new ParsedText(['version: "3.8"', 'services:', '  web:', '    configs: []', '    deploy:', '      mode: global', 'name: x', ''].join('\n'));
    const md = (line: number, character: number) => (hoverAt(src, { line, character }, schema)?.contents as { value: string }).value;
    expect(md(3, 5)).toContain('since stack version 3.3');
    expect(md(5, 7)).toContain('`replicated-job`');
    expect(md(6, 1)).toContain('Compose Specification only');
    expect(hoverAt(src, { line: 1, character: 3 }, schema)).not.toBeNull();
    expect(hoverAt(src, { line: 2, character: 6 }, schema)).toBeNull(); // after `web:`
  });
});

describe('completion site', () => {
  it('finds the mapping of a key being typed, even where the YAML is broken', () => {
    const text = ['services:', '  web:', '    image: x', '    dep', '    deploy:', '      replicas: 1', '      ', ''].join('\n');
    expect(completionSiteAt(text, { line: 3, character: 7 })).toMatchObject({ kind: 'key', parent: ['services', 'web'], prefix: 'dep', present: ['image', 'deploy'] });
    expect(completionSiteAt(text, { line: 6, character: 6 })).toMatchObject({ kind: 'key', parent: ['services', 'web', 'deploy'], present: ['replicas'] });
    expect(completionSiteAt(text, { line: 7, character: 0 })).toMatchObject({ kind: 'key', parent: [], present: ['services'] });
    // Where the tree can't name an earlier sequence item, the text does.
    const broken = ['services:', '  web:', '    ports:', '      - target: 80', '        pub', '      - target: 81', '        mode: host', '        ', ''].join('\n');
    expect(completionSiteAt(broken, { line: 7, character: 8 })).toMatchObject({ kind: 'key', parent: ['services', 'web', 'ports', 1] });
  });

  it('finds sequence items and values', () => {
    const text = ['services:', '  web:', '    ports:', '      - target: 80', '        proto', '      - ', '    deploy:', '      restart_policy:', '        condition: on', ''].join('\n');
    expect(completionSiteAt(text, { line: 4, character: 13 })).toMatchObject({ kind: 'key', parent: ['services', 'web', 'ports', 0], prefix: 'proto' });
    expect(completionSiteAt(text, { line: 5, character: 8 })).toMatchObject({ kind: 'key', parent: ['services', 'web', 'ports', 1], present: [] });
    expect(completionSiteAt(text, { line: 4, character: 13 })).toMatchObject({ present: ['target'] });
    const around = ['services:', '  web:', '    ', '    ports:', '      - "80:80"', '    image: x', '  db:', '    image: y', ''].join('\n');
    expect(completionSiteAt(around, { line: 2, character: 4 })).toMatchObject({ parent: ['services', 'web'], present: ['ports', 'image'] });
    expect(completionSiteAt(text, { line: 8, character: 21 })).toMatchObject({ kind: 'value', path: ['services', 'web', 'deploy', 'restart_policy', 'condition'], prefix: 'on' });
  });

  it('completes values of keys the schema leaves free-form', () => {
    const text = ['services:', '  web:', '    ports:', '      - target: 80', '        protocol: ', ''].join('\n');
    expect(completionsAt(text, { line: 4, character: 18 }, schema).map((i) => i.label)).toEqual(['tcp', 'udp', 'sctp']);
  });
});

describe('project files', () => {
  const on = (...names: string[]) => (p: string) => names.some((n) => p === `/p/${n}`);
  it('pairs a base with its override the way docker compose discovers them', () => {
    expect(projectFilesFor('/p/compose.yaml', on('compose.yaml', 'compose.override.yaml'))).toEqual(['/p/compose.yaml', '/p/compose.override.yaml']);
    expect(projectFilesFor('/p/docker-compose.yml', on('compose.override.yml', 'compose.override.yaml'))).toEqual(['/p/docker-compose.yml', '/p/compose.override.yml']);
    expect(projectFilesFor('/p/compose.override.yaml', on('docker-compose.yml', 'compose.yml'))).toEqual(['/p/compose.yml', '/p/compose.override.yaml']);
    expect(projectFilesFor('/p/stack.prod.yml', on('compose.yaml'))).toEqual(['/p/stack.prod.yml']);
    expect(projectFilesFor('/p/compose.yaml', on())).toEqual(['/p/compose.yaml']);
  });
});

describe('quick fixes', () => {
  it('measures edit distance with transpositions', () => {
    expect(editDistance('imgae', 'image')).toBe(1);
    expect(closestName('healtcheck', ['healthcheck', 'hostname'])).toBe('healthcheck');
    expect(closestName('zzzzz', ['image'])).toBeUndefined();
  });

  const text = ['services:', '  web:', '    imgae: x', '    deploy:', '      replicas: 1', ''].join('\n');
  const diag = (over: Partial<LspDiagnostic>): LspDiagnostic => ({
    range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } },
    message: 'm',
    source: 'stackc',
    ...over,
  });
  const ctx = { uri: 'file:///p/compose.yaml', text, schema, resolveFile: () => ({ uri: 'file:///p/other.yaml', text: 'a:\n  b: 1\n' }) };

  it('renames an unknown key to the closest allowed one', () => {
    const [action] = codeActionsFor([diag({ code: 'validate/additional-property', data: { path: ['services', 'web', 'imgae'] } })], ctx);
    expect(action).toMatchObject({ title: 'Did you mean `image`?', isPreferred: true });
    expect(action!.edit!.changes!['file:///p/compose.yaml']).toEqual([{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, newText: 'image' }]);
  });

  it('turns data.fixes into edits replacing the value at each path', () => {
    const fixes = [{ title: 'Use 2 replicas', edits: [{ file: '/p/compose.yaml', path: ['services', 'web', 'deploy', 'replicas'], replacement: '2' }] }];
    const fixesElsewhere = [{ title: 'Other file', edits: [{ file: 'other.yaml', path: ['a', 'b'], replacement: 'true' }] }];
    const actions = codeActionsFor([diag({ code: 'lint/x', data: { fixes } }), diag({ code: 'lint/y', data: { fixes: fixesElsewhere } })], {
      ...ctx,
      resolveFile: (f) => (f === '/p/compose.yaml' ? { uri: ctx.uri, text } : { uri: 'file:///p/other.yaml', text: 'a:\n  b: 1\n' }),
    });
    expect(actions.map((a) => a.title)).toEqual(['Use 2 replicas', 'Other file']);
    expect(actions[0]!.edit!.changes![ctx.uri]).toEqual([{ range: { start: { line: 4, character: 16 }, end: { line: 4, character: 17 } }, newText: '2' }]);
    expect(actions[1]!.edit!.changes!['file:///p/other.yaml']).toEqual([{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, newText: 'true' }]);
  });
});
