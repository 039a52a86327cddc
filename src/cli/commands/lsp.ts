import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { VERSION } from '../version.js';

/**
 * `stackc lsp --stdio`: the compose language server, speaking LSP on standard input/output until
 * the client sends `exit` (or closes the pipe), when the protocol library ends the process.
 */
export function registerLsp(program: Command, ctx: CommandContext): void {
  program
    .command('lsp')
    .description('run the language server for compose files (diagnostics, hover, completion, quick fixes)')
    .requiredOption('--stdio', 'talk LSP over standard input and output')
    .action(() => runLsp(ctx));
}

async function runLsp({ io }: CommandContext): Promise<void> {
  // Loaded only here, so the other commands never pay for the protocol library.
  const [{ createConnection, StreamMessageReader, StreamMessageWriter }, { startLanguageServer }, { lintPass }] = await Promise.all([
    import('vscode-languageserver/node'),
    import('../../lsp/server.js'),
    import('../../lsp/lint-pass.js'),
  ]);
  // The transport is the process's own stdio: the one thing Io deliberately doesn't abstract.
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  const server = startLanguageServer(connection, { env: io.env, readFile: io.readFile, exists: io.exists, version: VERSION });
  // Lint configuration is read like the compose files: an open, unsaved config counts.
  server.setExtraPass(lintPass({ readFile: server.readFile, exists: server.exists }));
  await new Promise<void>(() => {
    // Never resolves: the connection exits the process on `exit` or when stdin closes.
  });
}
