import { Option, type Command } from 'commander';
import { planStack } from '../../index.js';
import { EXIT, type CommandContext } from '../context.js';
import { addInputOptions, checkStackName, inputOptions, resolveInputs, type InputFlags } from '../inputs.js';
import { internalError, printDiagnostics, writeOutput } from '../output.js';
import { formatPlanText } from '../plan-text.js';

interface PlanFlags extends InputFlags {
  stack: string;
  format: 'text' | 'json';
  diagnosticsFormat?: 'pretty' | 'json';
  revealSecrets?: boolean;
  output?: string;
}

/** `stackc plan`: the Engine API calls `docker stack deploy` would make on a fresh swarm. */
export function registerPlan(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('plan')
    .description('print the Engine API calls `docker stack deploy` would make on a fresh swarm')
    .requiredOption('-s, --stack <name>', 'stack name (namespace), as in docker stack deploy NAME');
  const files = addInputOptions(cmd);
  cmd
    .addOption(new Option('--format <format>', 'json: the steps as a JSON array; text: one line per object').choices(['text', 'json']).default('text'))
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .option('--reveal-secrets', 'put secret and config data in the JSON plan (base64, as sent to the engine)')
    .option('-o, --output <file>', 'write the plan to FILE (only when planning succeeds)')
    .action((flags: PlanFlags) => ctx.setExitCode(planCommand(files(), flags, ctx)));
}

function planCommand(given: string[], flags: PlanFlags, { io }: CommandContext): number {
  if (!checkStackName(flags.stack, io)) return EXIT.usage;
  const inputs = resolveInputs(given, io);
  if ('exitCode' in inputs) return inputs.exitCode;
  let result;
  try {
    result = planStack({ ...inputs, cwd: io.cwd, env: io.env, readFile: io.readFile, ...inputOptions(flags), stack: flags.stack, revealSecrets: flags.revealSecrets === true });
  } catch (err) {
    return internalError(err, io);
  }
  printDiagnostics(result.diagnostics, flags.diagnosticsFormat ?? (flags.format === 'json' ? 'json' : 'pretty'), result.sources, io);
  if (!result.ok || !result.plan) return EXIT.invalid;
  const text = flags.format === 'json' ? JSON.stringify(result.plan.steps, null, 2) + '\n' : formatPlanText(result.plan);
  return writeOutput(text, flags.output, io);
}
