import type { Command } from 'commander';
import { composeSchema } from '../../validate/schema.js';
import { EXIT, type CommandContext } from '../context.js';

/**
 * `stackc schema`: prints our JSON Schema of compose files, for editors (yaml-language-server's
 * `# yaml-language-server: $schema=...` or its `yaml.schemas` setting) and other tools.
 */
export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of compose files that stackc validates against (for editors)')
    .action(() => {
      ctx.io.stdout(JSON.stringify(composeSchema(), null, 2) + '\n');
      ctx.setExitCode(EXIT.ok);
    });
}
