/**
 * End to end: the bundled CLI's `lsp --stdio`, driven by a real protocol client over pipes.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { generateServices } from './generate-services.js';
import { startServer, type LspSession } from './lsp-client.js';

const BASE = ['version: "3.8"', 'services:', '  web:', '    imgae: nginx:1.25', '    deploy:', '      mode: replicated', ''].join('\n');
const OVERRIDE = ['version: "3.8"', 'services:', '  web:', '    deploy:', '      replicas: many', ''].join('\n');
// Line 6 is inside `deploy:` (6 spaces), line 7 inside the service (4 spaces).
const EDITING = [
  'version: "3.8"',
  'services:',
  '  web:',
  '    image: nginx:1.25',
  '    deploy:',
  '      endpoint_mode: vip',
  '      ',
  '    ',
  '  api:',
  '    image: redis',
  '    deploy:',
  '      mode: ',
  '',
].join('\n');

let dir: string;
let session: LspSession;
let baseUri: string;
let overrideUri: string;

function labels(r: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(r) ? r : (r?.items ?? []);
  return items.map((i) => i.label);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stackc-lsp-'));
  // On disk the base is valid: the open document's text must win over it.
  writeFileSync(join(dir, 'compose.yaml'), BASE.replace('imgae', 'image'));
  writeFileSync(join(dir, 'compose.override.yaml'), OVERRIDE);
  baseUri = pathToFileURL(join(dir, 'compose.yaml')).href;
  overrideUri = pathToFileURL(join(dir, 'compose.override.yaml')).href;
  session = startServer(dir);
  const init = await session.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
  });
  expect(init.capabilities.hoverProvider).toBe(true);
  await session.connection.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  if (session) {
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
    expect(await session.exited).toBe(0);
    session.connection.dispose();
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('stackc lsp --stdio', () => {
  let baseDiagnostics: Diagnostic[];

  it('publishes located diagnostics for the open file and its override on disk', async () => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: baseUri, languageId: 'yaml', version: 1, text: BASE },
    });
    baseDiagnostics = await session.diagnostics(baseUri, (d) => d.length > 0);
    expect(baseDiagnostics).toHaveLength(1);
    expect(baseDiagnostics[0]).toMatchObject({
      code: 'validate/additional-property',
      source: 'stackc',
      severity: 1,
      range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } },
      data: { path: ['services', 'web', 'imgae'] },
    });
    const override = await session.diagnostics(overrideUri, (d) => d.length > 0);
    expect(override).toHaveLength(1);
    expect(override[0]).toMatchObject({
      code: 'validate/type',
      range: { start: { line: 4, character: 16 }, end: { line: 4, character: 20 } },
      data: { path: ['services', 'web', 'deploy', 'replicas'] },
    });
  });

  it('offers "Did you mean `image`?" for the misspelled key', async () => {
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: baseUri },
      range: baseDiagnostics[0]!.range,
      context: { diagnostics: baseDiagnostics },
    });
    const fix = actions?.find((a) => a.title === 'Did you mean `image`?');
    expect(fix).toBeDefined();
    expect('edit' in fix! && fix.edit?.changes?.[baseUri]).toEqual([
      { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } }, newText: 'image' },
    ]);
  });

  it('clears the diagnostics once an incremental edit fixes the error', async () => {
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: baseUri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } }, text: 'image' }],
    });
    expect(await session.diagnostics(baseUri, (d) => d.length === 0)).toEqual([]);
  });

  it('hovers with the schema description', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: baseUri }, position: { line: 3, character: 6 } });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain('**`image`**');
    expect(value).toMatch(/image/i);
    expect(hover?.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 9 } });
    const deploy = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: baseUri }, position: { line: 5, character: 8 } });
    expect((deploy?.contents as MarkupContent).value).toContain('`global`');
  });

  it('completes keys of a service and of deploy, and values of deploy.mode', async () => {
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: baseUri, version: 3 },
      contentChanges: [{ text: EDITING }],
    });
    const at = (line: number, character: number) =>
      session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: baseUri }, position: { line, character } });
    const service = labels(await at(7, 4));
    expect(service).toEqual(expect.arrayContaining(['healthcheck', 'environment', 'ports', 'secrets']));
    expect(service).not.toContain('image');
    expect(service).not.toContain('deploy');
    const deploy = labels(await at(6, 6));
    expect(deploy).toEqual(expect.arrayContaining(['mode', 'replicas', 'resources', 'update_config', 'placement']));
    expect(deploy).not.toContain('endpoint_mode');
    expect(labels(await at(11, 12))).toEqual(expect.arrayContaining(['global', 'replicated']));
  });
});

describe('stackc lsp --stdio, warm, on a 200-service file', () => {
  // How fast is measured by `npm run bench` (scripts/bench/lsp-latency.mjs), not asserted here.
  it('answers every incremental edit with diagnostics for that version', async () => {
    const bigDir = mkdtempSync(join(tmpdir(), 'stackc-lsp-big-'));
    const uri = pathToFileURL(join(bigDir, 'compose.yaml')).href;
    const text = generateServices(200);
    writeFileSync(join(bigDir, 'compose.yaml'), text);
    try {
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      await session.diagnostics(uri, (_, v) => v === 1);
      // `replicas: 2` of the first service is on line 12 (0-based 11), value at character 16.
      for (let version = 2; version <= 21; version++) {
        // Typing pace: the previous edit's lint pass (run after its compile diagnostics) is done.
        await new Promise((r) => setTimeout(r, 80));
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: 11, character: 16 }, end: { line: 11, character: 17 } }, text: String(version % 8 + 1) }],
        });
        const d = await session.diagnostics(uri, (_, v) => v === version);
        // Lint warnings (no healthcheck limits…) may be there; errors not.
        expect(d.filter((x) => x.severity === 1)).toEqual([]);
      }
    } finally {
      rmSync(bigDir, { recursive: true, force: true });
    }
  });
});
