import { Command, CommanderError, Option } from 'commander';
import { delimiter, resolve } from 'node:path';
import { compile, planStack } from '../index.js';
import { formatPlanText } from './plan-text.js';
import type { Diagnostic, DiagnosticInput } from '../diagnostics/diagnostic.js';
import { applyPlan, EngineClient } from '../engine/index.js';
import { formatJson } from '../diagnostics/format/json.js';
import { formatPretty } from '../diagnostics/format/pretty.js';
import { toCanonicalObject } from '../emit/stack/index.js';
import { SourceIndex } from '../diagnostics/source-index.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/** Exit codes, as ESLint has them: clean, invalid input, usage/IO/internal failure. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Files `compile` looks for when neither `-f` nor `COMPOSE_FILE` names any (docker compose's order). */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

interface CompileFlags {
  file: string[];
  envFile: string[];
  output?: string;
  format: 'yaml' | 'json';
  diagnosticsFormat?: 'pretty' | 'json';
  skipInterpolation?: boolean;
}

/**
 * Run the CLI with `argv` (without node and script) against `io`; resolves to the exit code.
 * Never calls `process.exit`, never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('stackc')
    .description('Compile docker-compose files into Swarm stack files, with located diagnostics.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run stackc --help for usage)');

  const files: string[] = [];
  const collect = (value: string) => (files.push(value), files);
  program
    .command('compile')
    .description('print the stack file that `docker stack config` prints for the merged compose files')
    .option('-f, --file <file>', 'compose file; repeat to merge overrides (`-` reads stdin)', collect, files)
    .option('-c, --compose-file <file>', 'alias of --file, as in docker stack', collect, files)
    .option('--env-file <file>', 'variables for interpolation (repeatable; the shell environment wins)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-o, --output <file>', 'write the stack to FILE (only when compilation succeeds)')
    .addOption(new Option('--format <format>', 'stack output format; json also makes diagnostics JSON').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .option('--skip-interpolation', 'leave ${...} as written, like docker stack config --skip-interpolation')
    .action((flags: CompileFlags) => {
      code = compileCommand({ ...flags, file: files }, io);
    });

  const planFiles: string[] = [];
  const collectPlan = (value: string) => (planFiles.push(value), planFiles);
  program
    .command('plan')
    .description('print the Engine API calls `docker stack deploy` would make on a fresh swarm')
    .requiredOption('-s, --stack <name>', 'stack name (namespace), as in docker stack deploy NAME')
    .option('-f, --file <file>', 'compose file; repeat to merge overrides (`-` reads stdin)', collectPlan, planFiles)
    .option('-c, --compose-file <file>', 'alias of --file', collectPlan, planFiles)
    .option('--env-file <file>', 'variables for interpolation (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('--format <format>', 'json: the steps as a JSON array; text: one line per object').choices(['text', 'json']).default('text'))
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .option('--reveal-secrets', 'put secret and config data in the JSON plan (base64, as sent to the engine)')
    .option('-o, --output <file>', 'write the plan to FILE (only when planning succeeds)')
    .action((flags: PlanFlags) => {
      code = planCommand({ ...flags, file: planFiles }, io);
    });

  const deployFiles: string[] = [];
  const collectDeploy = (value: string) => (deployFiles.push(value), deployFiles);
  program
    .command('deploy')
    .description('deploy the stack to the swarm at DOCKER_HOST, as `docker stack deploy --resolve-image never` does')
    .requiredOption('-s, --stack <name>', 'stack name (namespace)')
    .option('-f, --file <file>', 'compose file; repeat to merge overrides (`-` reads stdin)', collectDeploy, deployFiles)
    .option('-c, --compose-file <file>', 'alias of --file', collectDeploy, deployFiles)
    .option('--env-file <file>', 'variables for interpolation (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .action(async (flags: DeployFlags) => {
      code = await deployCommand({ ...flags, file: deployFiles }, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
    }
  } catch (err) {
    if (err instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return quiet ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`stackc: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.usage;
  }
  return code;
}

interface PlanFlags {
  file: string[];
  stack: string;
  envFile: string[];
  format: 'text' | 'json';
  diagnosticsFormat?: 'pretty' | 'json';
  revealSecrets?: boolean;
  output?: string;
}

function planCommand(flags: PlanFlags, io: Io): number {
  if (flags.stack.replace(/^[\s"']+|[\s"']+$/g, '') === '') {
    io.stderr(`stackc: invalid stack name: ${JSON.stringify(flags.stack)}\n`);
    return EXIT.usage;
  }
  const files = flags.file.length > 0 ? flags.file : discoverFiles(io);
  if (files.length === 0) return noFiles(io);
  const stdin = files.includes('-') ? io.readStdin() : undefined;
  let result;
  try {
    result = planStack({ files, cwd: io.cwd, env: io.env, stdin, readFile: io.readFile, envFiles: flags.envFile,
      stack: flags.stack, revealSecrets: flags.revealSecrets === true });
  } catch (err) {
    io.stderr(`stackc: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.usage;
  }
  printDiagnostics(result.diagnostics, flags.diagnosticsFormat ?? (flags.format === 'json' ? 'json' : 'pretty'), result.sources, io);
  if (!result.ok || !result.plan) return EXIT.invalid;
  const text = flags.format === 'json' ? JSON.stringify(result.plan.steps, null, 2) + '\n' : formatPlanText(result.plan);
  return writeOutput(text, flags.output, io);
}

interface DeployFlags {
  file: string[];
  stack: string;
  envFile: string[];
  diagnosticsFormat?: 'pretty' | 'json';
}

/** Plan (every check first), then apply: nothing is sent to the engine unless the plan is clean. */
async function deployCommand(flags: DeployFlags, io: Io): Promise<number> {
  if (flags.stack.replace(/^[\s"']+|[\s"']+$/g, '') === '') {
    io.stderr(`stackc: invalid stack name: ${JSON.stringify(flags.stack)}\n`);
    return EXIT.usage;
  }
  const files = flags.file.length > 0 ? flags.file : discoverFiles(io);
  if (files.length === 0) return noFiles(io);
  const stdin = files.includes('-') ? io.readStdin() : undefined;
  const format = flags.diagnosticsFormat ?? 'pretty';
  const planned = planStack({ files, cwd: io.cwd, env: io.env, stdin, readFile: io.readFile, envFiles: flags.envFile, stack: flags.stack });
  if (!planned.ok || !planned.plan) {
    printDiagnostics(planned.diagnostics, format, planned.sources, io);
    return EXIT.invalid;
  }
  const client = EngineClient.create({ dockerHost: io.env.DOCKER_HOST });
  if ('error' in client) {
    io.stderr(`stackc: ${client.error}\n`);
    return EXIT.usage;
  }
  const engineDiagnostics: DiagnosticInput[] = [];
  const result = await applyPlan(planned.plan, client, {
    readFile: io.readFile,
    report: (d) => void engineDiagnostics.push(d),
    log: (line) => io.stdout(line + '\n'),
  });
  printDiagnostics([...planned.diagnostics, ...engineDiagnostics], format, planned.sources, io);
  if (result.ok) return EXIT.ok;
  return engineDiagnostics.some((d) => d.code === 'engine/unreachable') ? EXIT.usage : EXIT.invalid;
}

function noFiles(io: Io): number {
  io.stderr(`stackc: no compose file found in ${io.cwd} (looked for ${DEFAULT_FILES.join(', ')}); use -f FILE\n`);
  return EXIT.usage;
}

/** stdout, or FILE written atomically. */
function writeOutput(text: string, output: string | undefined, io: Io): number {
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

function compileCommand(flags: CompileFlags, io: Io): number {
  const files = flags.file.length > 0 ? flags.file : discoverFiles(io);
  if (files.length === 0) return noFiles(io);
  const stdin = files.includes('-') ? io.readStdin() : undefined;
  let result;
  try {
    result = compile({
      files,
      cwd: io.cwd,
      env: io.env,
      stdin,
      readFile: io.readFile,
      envFiles: flags.envFile,
      skipInterpolation: flags.skipInterpolation === true,
    });
  } catch (err) {
    io.stderr(`stackc: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.usage;
  }
  const diagFormat = flags.diagnosticsFormat ?? (flags.format === 'json' ? 'json' : 'pretty');
  printDiagnostics(result.diagnostics, diagFormat, result.sources, io);
  if (!result.ok || !result.stack || result.yaml === undefined) return EXIT.invalid;
  const text =
    flags.format === 'json'
      ? JSON.stringify(toCanonicalObject(result.stack, { escapeDollar: !flags.skipInterpolation }), null, 2) + '\n'
      : result.yaml;
  return writeOutput(text, flags.output, io);
}

/** `COMPOSE_FILE` (a path-separated list), else the first default file name that exists. */
function discoverFiles(io: Io): string[] {
  const fromEnv = io.env.COMPOSE_FILE;
  if (fromEnv) return fromEnv.split(delimiter).filter((f) => f !== '');
  const found = DEFAULT_FILES.find((name) => io.exists(resolve(io.cwd, name)));
  return found ? [found] : [];
}

function printDiagnostics(list: readonly Diagnostic[], format: 'pretty' | 'json', sources: ReadonlyMap<string, string>, io: Io): void {
  if (format === 'json') {
    io.stderr(formatJson(list));
    return;
  }
  const indexes = new Map<string, SourceIndex>();
  const lineOf = (file: string, line: number) => {
    const text = sources.get(file);
    if (text === undefined) return undefined;
    if (!indexes.has(file)) indexes.set(file, new SourceIndex(text));
    return indexes.get(file)!.lineText(line);
  };
  io.stderr(formatPretty(list, lineOf));
}
