/**
 * Re-lint latency in a warm server: a 200-service project, edited and re-linted through the
 * workspace (what a didChange runs), timed after a warm-up. The budget is 20 ms per edit.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintPass } from '../../src/lsp/lint-pass.js';
import { Workspace } from '../../src/lsp/workspace.js';
import { generateServices } from './generate-services.js';

const enc = new TextEncoder();

async function timeEdits(edit: (text: string, i: number) => string, lint = false) {
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
  const times: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 40; i++) {
    doc = TextDocument.update(doc, [{ text: edit(base, i) }], doc.version + 1);
    const start = performance.now();
    ws.changed(doc);
    ws.flush();
    times.push(performance.now() - start);
    // The lint rules run on the next turn.
    await new Promise((r) => setImmediate(r));
    full.push(performance.now() - start);
  }
  const median = (xs: number[]) => xs.slice(20).sort((a, b) => a - b)[10]!;
  return { median: median(times), full: median(full), published };
}

describe('re-lint latency (200 services, base + override)', () => {
  it('stays under 20 ms per edit for a valid file', async () => {
    const { median, published } = await timeEdits((text, i) => text.replace('replicas: 2', `replicas: ${i + 2}`));
    expect(published.get('file:///p/compose.yaml')).toEqual([]);
    console.log(`re-lint, valid edit: median ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(20);
  });

  it('reports an error edit located, and says how long it took', async () => {
    const { median, published } = await timeEdits((text, i) => text.replace('      replicas: 2', `      replicas: 2\n      bogus${i}: 1`));
    expect(published.get('file:///p/compose.yaml')).toHaveLength(1);
    console.log(`re-lint, edit with an error: median ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(60);
  });
});

describe('re-lint latency with the lint rules', () => {
  it('publishes compile diagnostics under 20 ms, then the lint findings', async () => {
    const { median, full, published } = await timeEdits((text, i) => text.replace('replicas: 2', `replicas: ${i + 2}`), true);
    expect(published.get('file:///p/compose.yaml')!.length).toBeGreaterThan(0);
    expect(published.get('file:///p/compose.yaml')!.every((d) => String(d.code).startsWith('lint/'))).toBe(true);
    console.log(`re-lint with lint rules: compile diagnostics median ${median.toFixed(1)} ms, lint findings median ${full.toFixed(1)} ms`);
    expect(median).toBeLessThan(20);
    expect(full).toBeLessThan(100);
  });
});
