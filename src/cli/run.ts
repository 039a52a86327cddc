import { Command, CommanderError } from 'commander';
import { registerCompile } from './commands/compile.js';
import { registerDeploy } from './commands/deploy.js';
import { registerLint } from './commands/lint.js';
import { registerLsp } from './commands/lsp.js';
import { registerPlan } from './commands/plan.js';
import { registerSchema } from './commands/schema.js';
import { EXIT, type CommandContext } from './context.js';
import type { Io } from './io.js';
import { internalError } from './output.js';
import { VERSION } from './version.js';

export { EXIT } from './context.js';
export { DEFAULT_FILES } from './inputs.js';

/** The commands, in help order. Each module registers one command. */
const COMMANDS: readonly ((program: Command, ctx: CommandContext) => void)[] = [registerCompile, registerLint, registerPlan, registerDeploy, registerSchema, registerLsp];

/**
 * Run the CLI with `argv` (without node and script) against `io`; resolves to the exit code.
 * Never calls `process.exit`, never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const ctx: CommandContext = { io, setExitCode: (c) => void (code = c) };
  const program = new Command('stackc')
    .description('Compile docker-compose files into Swarm stack files, with located diagnostics.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run stackc --help for usage)');
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) io.stdout(program.helpInformation());
  } catch (err) {
    if (err instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return quiet ? EXIT.ok : EXIT.usage;
    }
    return internalError(err, io);
  }
  return code;
}
