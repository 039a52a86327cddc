import { Option, type Command } from 'commander';
import type { DiagnosticInput } from '../../diagnostics/diagnostic.js';
import { planStack } from '../../index.js';
import { EXIT, type CommandContext } from '../context.js';
import { addInputOptions, checkStackName, inputOptions, resolveInputs, type InputFlags } from '../inputs.js';
import { internalError, printDiagnostics } from '../output.js';

interface DeployFlags extends InputFlags {
  stack: string;
  diagnosticsFormat?: 'pretty' | 'json';
}

/** `stackc deploy`: plan (every check first), then apply to the swarm at DOCKER_HOST. */
export function registerDeploy(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('deploy')
    .description('deploy the stack to the swarm at DOCKER_HOST, as `docker stack deploy --resolve-image never` does')
    .requiredOption('-s, --stack <name>', 'stack name (namespace)');
  const files = addInputOptions(cmd);
  cmd
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .action(async (flags: DeployFlags) => ctx.setExitCode(await deployCommand(files(), flags, ctx)));
}

/** Nothing is sent to the engine unless the plan is clean. */
async function deployCommand(given: string[], flags: DeployFlags, { io }: CommandContext): Promise<number> {
  if (!checkStackName(flags.stack, io)) return EXIT.usage;
  const inputs = resolveInputs(given, io);
  if ('exitCode' in inputs) return inputs.exitCode;
  const format = flags.diagnosticsFormat ?? 'pretty';
  try {
    const planned = planStack({ ...inputs, cwd: io.cwd, env: io.env, readFile: io.readFile, ...inputOptions(flags), stack: flags.stack });
    if (!planned.ok || !planned.plan) {
      printDiagnostics(planned.diagnostics, format, planned.sources, io);
      return EXIT.invalid;
    }
    // Loaded here: only a deploy needs the HTTP client (and node:http), not every start.
    const { applyPlan, EngineClient } = await import('../../engine/index.js');
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
    // An engine that can't be reached is an I/O failure; anything the engine refused is a failed deploy.
    return engineDiagnostics.some((d) => d.code === 'engine/unreachable') ? EXIT.usage : EXIT.invalid;
  } catch (err) {
    return internalError(err, io);
  }
}
