/**
 * The lint engine as an extra pass of the language server: swarm rules over the compiled stack,
 * configured from the project's `stackc.config.json` (looked up as `stackc compile` does),
 * with `# stackc-disable-…` comments applied.
 */
import { dirname } from 'node:path';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { applyDisableComments, lintCompiled, loadLintConfig, locateLintDiagnostics, type ConfigFs } from '../lint/index.js';
import type { ExtraPass } from './project-linter.js';

/** A lint pass reading configuration through `fs` (open documents first, like the compile). */
export function lintPass(fs: ConfigFs): ExtraPass {
  return (result, files) => {
    if (!result.stack || files.length === 0) return [];
    // Problems of the configuration file itself are `stackc compile`'s to report, not the editor's.
    const config = loadLintConfig(dirname(files[0]!), fs, () => undefined);
    const reported: DiagnosticInput[] = [];
    lintCompiled(result, result.documents, config, (d) => void reported.push(d));
    if (reported.length === 0) return [];
    return applyDisableComments(locateLintDiagnostics(reported, result.documents, result.sources, files), result.sources);
  };
}
