import { Option, type Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { toCanonicalObject } from '../../emit/stack/index.js';
import { compile } from '../../index.js';
import { EXIT, type CommandContext } from '../context.js';
import { addInputOptions, inputOptions, resolveInputs, type InputFlags } from '../inputs.js';
import { internalError, printDiagnostics, writeOutput } from '../output.js';

interface CompileFlags extends InputFlags {
  output?: string;
  format: 'yaml' | 'json';
  diagnosticsFormat?: 'pretty' | 'json';
  skipInterpolation?: boolean;
  lint: boolean;
  config?: string;
  strict?: boolean;
}

/** `stackc compile`: the stack `docker stack config` prints, or every problem, located. */
export function registerCompile(program: Command, ctx: CommandContext): void {
  const cmd = program.command('compile').description('print the stack file that `docker stack config` prints for the merged compose files');
  const files = addInputOptions(cmd);
  cmd
    .option('-o, --output <file>', 'write the stack to FILE (only when compilation succeeds)')
    .addOption(new Option('--format <format>', 'stack output format; json also makes diagnostics JSON').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--diagnostics-format <format>', 'diagnostics on stderr').choices(['pretty', 'json']))
    .option('--skip-interpolation', 'leave ${...} as written, like docker stack config --skip-interpolation')
    .option('--no-lint', 'skip the swarm lint rules (by default their findings are shown; they fail the run only with --strict)')
    .option('--config <file>', 'lint configuration file (default: stackc.config.json looked up from the first compose file)')
    .option('--strict', 'fail (exit 1, no output) on any lint finding of severity warning or error, for CI')
    .action((flags: CompileFlags) => ctx.setExitCode(compileCommand(files(), flags, ctx)));
}

function compileCommand(given: string[], flags: CompileFlags, { io }: CommandContext): number {
  const inputs = resolveInputs(given, io);
  if ('exitCode' in inputs) return inputs.exitCode;
  let result;
  try {
    result = compile({
      ...inputs,
      cwd: io.cwd,
      env: io.env,
      readFile: io.readFile,
      ...inputOptions(flags),
      skipInterpolation: flags.skipInterpolation === true,
      strict: flags.strict === true,
      exists: io.exists,
      // JSON is built from the stack itself: the YAML text would go unused.
      ...(flags.format === 'json' ? { diagnosticsOnly: true } : {}),
      ...(flags.output === undefined ? {} : { outputDir: dirname(resolve(io.cwd, flags.output)) }),
      ...(flags.lint ? { lint: { exists: io.exists, ...(flags.config === undefined ? {} : { configFile: flags.config }) } } : {}),
    });
  } catch (err) {
    return internalError(err, io);
  }
  printDiagnostics(result.diagnostics, flags.diagnosticsFormat ?? (flags.format === 'json' ? 'json' : 'pretty'), result.sources, io);
  if (!result.ok || !result.stack) return EXIT.invalid;
  // Lint findings never change docker's verdict, except when asked to (CI gates).
  if (flags.strict && result.diagnostics.some((d) => d.code.startsWith('lint/') && d.severity !== 'info')) return EXIT.invalid;
  const text =
    flags.format === 'json'
      ? JSON.stringify(toCanonicalObject(result.stack, { escapeDollar: !flags.skipInterpolation }), null, 2) + '\n'
      : result.yaml;
  if (text === undefined) return EXIT.invalid;
  return writeWithGenerated(text, result.generatedFiles ?? [], flags.output, io);
}

/**
 * Compose mode may refer to files it generated (configs and secrets given inline): with `-o` they
 * are written first, so the stack never points at a file that isn't there; without `-o` nothing
 * is written and the user is told.
 */
function writeWithGenerated(text: string, generated: readonly { absPath: string; content: string }[], output: string | undefined, io: CommandContext['io']): number {
  if (generated.length > 0 && output === undefined) {
    io.stderr(`stackc: the stack refers to ${generated.length} generated file(s) for configs/secrets given inline (${generated.map((g) => g.absPath).join(', ')}); use -o FILE to write them with the stack\n`);
  }
  if (output !== undefined) {
    for (const g of generated) {
      try {
        io.writeFileAtomic(g.absPath, g.content);
      } catch (err) {
        io.stderr(`stackc: cannot write ${g.absPath}: ${(err as Error).message}\n`);
        return EXIT.usage;
      }
    }
  }
  return writeOutput(text, output, io);
}
