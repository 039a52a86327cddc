import { Option, type Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatGithub } from '../../diagnostics/format/github.js';
import { formatJson } from '../../diagnostics/format/json.js';
import { formatSarif } from '../../diagnostics/format/sarif.js';
import { formatStylish } from '../../diagnostics/format/stylish.js';
import { compile } from '../../index.js';
import { RULES } from '../../lint/index.js';
import { EXIT, type CommandContext } from '../context.js';
import { addInputOptions, inputOptions, resolveInputs, type InputFlags } from '../inputs.js';
import { internalError } from '../output.js';
import { VERSION } from '../version.js';

type LintFormat = 'stylish' | 'json' | 'sarif' | 'github';

interface LintFlags extends InputFlags {
  format: LintFormat;
  maxWarnings?: string;
  config?: string;
}

/**
 * `stackc lint`: compile (diagnostics only), then the swarm rules; every diagnostic, compile's and
 * lint's, is the command's output on stdout. Exit codes as ESLint's: 0 clean (warnings within
 * `--max-warnings`), 1 errors or too many warnings, 2 usage, I/O, configuration or internal error.
 */
export function registerLint(program: Command, ctx: CommandContext): void {
  const cmd = program.command('lint').description('check the merged compose files for swarm problems');
  const files = addInputOptions(cmd);
  cmd
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--config <file>', 'lint configuration file (default: stackc.config.json looked up from the first compose file)')
    .action((flags: LintFlags) => ctx.setExitCode(lintCommand(files(), flags, ctx)));
}

function lintCommand(given: string[], flags: LintFlags, { io }: CommandContext): number {
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    io.stderr(`stackc: --max-warnings must be a non-negative integer, got ${JSON.stringify(flags.maxWarnings)}\n`);
    return EXIT.usage;
  }
  const inputs = resolveInputs(given, io);
  if ('exitCode' in inputs) return inputs.exitCode;
  try {
    const result = compile({
      ...inputs,
      cwd: io.cwd,
      env: io.env,
      readFile: io.readFile,
      ...inputOptions(flags),
      diagnosticsOnly: true,
      lint: { exists: io.exists, ...(flags.config === undefined ? {} : { configFile: flags.config }) },
    });
    const all = result.diagnostics;
    io.stdout(render(all, flags.format, io.cwd));
    // A broken configuration is a usage error, as in ESLint.
    if (all.some((d) => d.code === 'lint/config' && d.severity === 'error')) return EXIT.usage;
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.filter((d) => d.severity === 'warning').length;
    return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? EXIT.invalid : EXIT.ok;
  } catch (err) {
    return internalError(err, io);
  }
}

function render(list: readonly Diagnostic[], format: LintFormat, cwd: string): string {
  if (format === 'json') return formatJson(list);
  if (format === 'github') return formatGithub(list);
  if (format === 'sarif') {
    const rules = RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, rationale: meta.rationale, defaultSeverity: meta.defaultSeverity }));
    return formatSarif(list, { cwd, version: VERSION, rules });
  }
  return formatStylish(list);
}
