/**
 * Re-linting on every edit: a 200-service project, edited 40 times through the workspace (what a
 * didChange runs). How long it takes is measured by `npm run bench` (scripts/bench/lsp-latency.mjs),
 * never asserted here: timings in unit tests only measure how busy the machine is.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintPass } from '../../src/lsp/lint-pass.js';
import { Workspace } from '../../src/lsp/workspace.js';
import { generateServices } from './generate-services.js';

const enc = new TextEncoder();

async function applyEdits(edit: (text: string, i: number) => string, lint = false) {
  const base = generateServices(200);
  const override = 'version: "3.8"\nservices:\n  svc0:\n    deploy:\n      replicas: 3\n';
  const disk = new Map([['/p/compose.yaml', enc.encode(base)], ['/p/compose.override.yaml', enc.encode(override)]]);
  const published = new Map<string, Diagnostic[]>();
  const ws = new Workspace(
    {
      env: {},
      readFile: (p) => {
        const b = disk.get(p);
        if (!b) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return b;
      },
      exists: (p) => disk.has(p),
    },
    (uri, d) => void published.set(uri, d),
  );
  if (lint) ws.setExtraPass(lintPass({ readFile: ws.readFile, exists: ws.exists }));
  let doc = TextDocument.create('file:///p/compose.yaml', 'yaml', 1, base);
  for (let i = 0; i < 40; i++) {
    doc = TextDocument.update(doc, [{ text: edit(base, i) }], doc.version + 1);
    ws.changed(doc);
    ws.flush();
    // The lint rules run on the next turn.
    await new Promise((r) => setImmediate(r));
  }
  return { published };
}

describe('re-linting a 200-service project (base + override) on every edit', () => {
  it('publishes no diagnostics for valid edits', async () => {
    const { published } = await applyEdits((text, i) => text.replace('replicas: 2', `replicas: ${i + 2}`));
    expect(published.get('file:///p/compose.yaml')).toEqual([]);
  });

  it('publishes the error of the latest edit, located', async () => {
    const { published } = await applyEdits((text, i) => text.replace('      replicas: 2', `      replicas: 2\n      bogus${i}: 1`));
    const diagnostics = published.get('file:///p/compose.yaml')!;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('bogus39');
    // svc0's deploy block: the inserted line follows `replicas: 2` on line 12 (0-based).
    expect(diagnostics[0]!.range.start.line).toBe(12);
  });

  it('publishes the lint findings after the compile diagnostics', async () => {
    const { published } = await applyEdits((text, i) => text.replace('replicas: 2', `replicas: ${i + 2}`), true);
    expect(published.get('file:///p/compose.yaml')!.length).toBeGreaterThan(0);
    expect(published.get('file:///p/compose.yaml')!.every((d) => String(d.code).startsWith('lint/'))).toBe(true);
  });
});
