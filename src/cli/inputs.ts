import type { Command } from 'commander';
import { delimiter, resolve } from 'node:path';
import { EXIT } from './context.js';
import type { Io } from './io.js';

/** Files looked for when neither `-f` nor `COMPOSE_FILE` names any (docker compose's order). */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The input flags every command shares, as parsed. */
export interface InputFlags {
  readonly envFile: string[];
}

/**
 * Adds `-f/--file`, its docker-stack alias `-c/--compose-file` (both into one ordered list, as the
 * merge order is the order given) and `--env-file`. Returns a getter for the files.
 */
export function addInputOptions(cmd: Command): () => string[] {
  const files: string[] = [];
  const collect = (value: string) => (files.push(value), files);
  cmd
    .option('-f, --file <file>', 'compose file; repeat to merge overrides, left to right (`-` reads stdin)', collect, files)
    .option('-c, --compose-file <file>', 'alias of --file, as docker stack spells it', collect, files)
    .option('--env-file <file>', 'variables for interpolation (repeatable; the shell environment wins)', (v: string, acc: string[]) => [...acc, v], [] as string[]);
  return () => files;
}

/** The files to read and standard input's text (read only when a file is `-`). */
export type ResolvedInputs = { files: string[]; stdin?: string } | { exitCode: number };

/** `-f` files, else `COMPOSE_FILE` (a path-separated list), else the first default file that exists. */
export function resolveInputs(given: readonly string[], io: Io): ResolvedInputs {
  let files = [...given];
  if (files.length === 0) {
    const fromEnv = io.env.COMPOSE_FILE;
    if (fromEnv) files = fromEnv.split(delimiter).filter((f) => f !== '');
    else {
      const found = DEFAULT_FILES.find((name) => io.exists(resolve(io.cwd, name)));
      if (found) files = [found];
    }
  }
  if (files.length === 0) {
    io.stderr(`stackc: no compose file found in ${io.cwd} (looked for ${DEFAULT_FILES.join(', ')}); use -f FILE\n`);
    return { exitCode: EXIT.usage };
  }
  return files.includes('-') ? { files, stdin: io.readStdin() } : { files };
}

/** docker's rule: a stack name is invalid only when empty once blanks and quotes are trimmed. */
export function checkStackName(name: string, io: Io): boolean {
  if (name.replace(/^[\s"']+|[\s"']+$/g, '') !== '') return true;
  io.stderr(`stackc: invalid stack name: ${JSON.stringify(name)}\n`);
  return false;
}
