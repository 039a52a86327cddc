import { Option, type Command } from 'commander';
import { delimiter, resolve } from 'node:path';
import { EXIT } from './context.js';
import type { Io } from './io.js';

/** Files looked for when neither `-f` nor `COMPOSE_FILE` names any (docker compose's order). */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The input flags every command shares, as parsed. */
export interface InputFlags {
  readonly envFile: string[];
  readonly profile: string[];
  readonly projectName?: string;
  readonly projectDirectory?: string;
  readonly mode: 'auto' | 'stack' | 'compose';
}

/** The part of the compile options the shared input flags decide. */
export function inputOptions(flags: InputFlags) {
  return {
    envFiles: flags.envFile,
    mode: flags.mode,
    ...(flags.profile.length ? { profiles: flags.profile } : {}),
    ...(flags.projectName ? { projectName: flags.projectName } : {}),
    ...(flags.projectDirectory ? { projectDirectory: flags.projectDirectory } : {}),
  };
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
    .option('--env-file <file>', 'variables for interpolation (repeatable; the shell environment wins)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--profile <name>', 'compose mode: activate a profile (repeatable; COMPOSE_PROFILES adds more)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-p, --project-name <name>', 'compose mode: the project name (default: top-level name:, COMPOSE_PROJECT_NAME, the folder name)')
    .option('--project-directory <dir>', "compose mode: the project directory (default: the first file's folder)")
    .addOption(
      new Option('--mode <mode>', 'auto: compose mode only for input docker stack cannot read; stack: docker stack rules only; compose: always compose mode')
        .choices(['auto', 'stack', 'compose'])
        .default('auto'),
    );
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
