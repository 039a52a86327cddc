import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatJson } from '../diagnostics/format/json.js';
import { formatPretty } from '../diagnostics/format/pretty.js';
import { linesOf } from '../diagnostics/text-lines.js';
import { EXIT } from './context.js';
import type { Io } from './io.js';

/** Diagnostics to stderr: human with code frames, or a JSON array. */
export function printDiagnostics(list: readonly Diagnostic[], format: 'pretty' | 'json', sources: ReadonlyMap<string, string>, io: Io): void {
  if (format === 'json') {
    io.stderr(formatJson(list));
    return;
  }
  // The same sources the locator read, so their line starts are already known.
  const lineOf = (file: string, line: number) => linesOf(sources, file)?.lineText(line);
  io.stderr(formatPretty(list, lineOf));
}

/** Text to stdout, or to FILE written atomically (never half-written, never truncated on failure). */
export function writeOutput(text: string, output: string | undefined, io: Io): number {
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    io.writeFileAtomic(resolve(io.cwd, output), text);
  } catch (err) {
    io.stderr(`stackc: cannot write ${output}: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** An unexpected exception: reported as an internal error (exit 2), never a bare stack trace on success paths. */
export function internalError(err: unknown, io: Io): number {
  io.stderr(`stackc: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  return EXIT.usage;
}
