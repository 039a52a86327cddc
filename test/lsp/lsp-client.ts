/**
 * A real LSP client for the bundled server: spawns `node dist/stackc.cjs lsp --stdio` and talks
 * to it with vscode-languageserver-protocol, collecting published diagnostics by URI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI bundle the package.json `bin` names. */
export const BIN = `${root}${JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin.stackc as string}`;

/** A running server and the client connected to it. */
export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly stderr: () => string;
  /** The next diagnostics published for `uri` that satisfy `accept` (the latest, if already there). */
  diagnostics(uri: string, accept?: (d: Diagnostic[], version?: number) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Resolves with the process's exit code. */
  readonly exited: Promise<number | null>;
}

/** Starts the server; fails with a hint when the bundle was not built. */
export function startServer(cwd: string): LspSession {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build`);
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => void (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, { diagnostics: Diagnostic[]; version?: number }>();
  const waiters: { uri: string; accept: (d: Diagnostic[], version?: number) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics, version }) => {
    latest.set(uri, { diagnostics, ...(version === undefined ? {} : { version }) });
    for (const w of [...waiters]) {
      if (w.uri === uri && w.accept(diagnostics, version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(diagnostics);
      }
    }
  });
  connection.listen();
  return {
    connection,
    child,
    stderr: () => stderr,
    exited,
    diagnostics(uri, accept = () => true, timeoutMs = 10000) {
      const have = latest.get(uri);
      if (have && accept(have.diagnostics, have.version)) return Promise.resolve(have.diagnostics);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(latest.get(uri)?.diagnostics)}; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
  };
}
