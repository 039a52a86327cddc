/**
 * Language-server latency, measured the way an editor sees it: `stackc lsp --stdio` started as a
 * child process and driven by a real LSP client (vscode-languageserver-protocol), a 200-service
 * compose file opened, then 40 one-character edits at typing pace. For each edit: the time from
 * sending didChange to the publication of its compile diagnostics, and to the publication that
 * includes the lint rules' findings. Medians over the last 20 edits (the first 20 warm up).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** A compose file with `n` services (image, port, environment, deploy, healthcheck). */
function composeText(n) {
  let text = 'version: "3.8"\nservices:\n';
  for (let i = 0; i < n; i++) {
    text += `  svc${i}:\n    image: registry.example.com/team/svc${i}:1.${i}\n    ports:\n      - "${8000 + i}:80"\n`;
    text += `    environment:\n      SERVICE_NAME: svc${i}\n    deploy:\n      replicas: 2\n`;
    text += `      resources:\n        limits:\n          memory: 256M\n    healthcheck:\n      test: ["CMD", "true"]\n`;
  }
  return text;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Returns `{ compileMs, lintMs }` medians, or throws. */
export async function measureLspLatency(bin, services = 200) {
  const dir = mkdtempSync(join(tmpdir(), 'stackc-lsp-bench-'));
  const file = join(dir, 'compose.yaml');
  const text = composeText(services);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const publications = [];
  let wake = () => {};
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri === uri) publications.push({ at: performance.now(), version: p.version, count: p.diagnostics.length });
    wake();
  });
  connection.listen();
  const waitFor = (pred, timeoutMs = 10000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics from the server in time')), timeoutMs);
      const check = () => {
        const hit = publications.find(pred);
        if (hit) {
          clearTimeout(timer);
          resolve(hit);
        }
      };
      wake = check;
      check();
    });
  try {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await waitFor((p) => p.version === 1);
    const compile = [];
    const lint = [];
    // `replicas: 2` of the first service: line 9 (0-based 8), the value at character 16.
    const line = text.split('\n').findIndex((l) => l.includes('replicas: 2'));
    for (let version = 2; version <= 41; version++) {
      await new Promise((r) => setTimeout(r, 80)); // typing pace: the previous edit is done
      publications.length = 0;
      const start = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 16 }, end: { line, character: 17 } }, text: String((version % 8) + 1) }],
      });
      const first = await waitFor((p) => p.version === version);
      // The lint findings follow in a second publication when the rules report anything.
      await new Promise((r) => setTimeout(r, 60));
      const last = publications.filter((p) => p.version === version).at(-1);
      if (version > 21) {
        compile.push(first.at - start);
        lint.push(last.at - start);
      }
    }
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    return { services, compileMs: median(compile), lintMs: median(lint) };
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
