/**
 * The environment an included project is interpolated with (compose-spec.md §4.2, §1.F): the
 * including project's environment, plus the variables of the include's `env_file`s (default: the
 * included project directory's `.env`, when there is one) for names the including environment
 * does not set — the including project's values take precedence.
 */
import { posix } from 'node:path';
import { readDotEnv } from '../load/dot-env.js';
import { describeReadError, type Env } from '../options.js';
import type { IncludeEntry } from './include-entry.js';
import type { ComposeContext } from './types.js';

/**
 * The environment for `entry`, whose project directory is `projectDirectory`. An explicit env file
 * that can't be read is a located error at its `env_file` entry; `/dev/null` entries are skipped.
 */
export function includeEnvironment(entry: IncludeEntry, projectDirectory: string, file: string, ctx: ComposeContext): Env {
  const vars: Record<string, string> = {};
  const decoder = new TextDecoder();
  if (entry.envFiles.length > 0) {
    for (const envFile of entry.envFiles) {
      const absPath = posix.resolve(ctx.projectDir, envFile.value);
      if (absPath === '/dev/null') continue;
      let bytes: Uint8Array;
      try {
        bytes = ctx.readFile(absPath);
      } catch (err) {
        ctx.report({ code: 'compose/include-env-file', severity: 'error', file, path: envFile.at, message: describeReadError(err, absPath),
          data: { envFile: envFile.value, absPath } });
        continue;
      }
      Object.assign(vars, readDotEnv(decoder.decode(bytes), envFile.value, ctx.report));
    }
  } else {
    const absPath = posix.join(projectDirectory, '.env');
    let bytes: Uint8Array | undefined;
    try {
      bytes = ctx.readFile(absPath);
    } catch {
      // No `.env` in the included project (or not a file): nothing to add, as in compose.
    }
    if (bytes) Object.assign(vars, readDotEnv(decoder.decode(bytes), posix.relative(ctx.projectDir, absPath) || '.env', ctx.report));
  }
  const env: Record<string, string | undefined> = { ...ctx.env };
  for (const [k, v] of Object.entries(vars)) if (env[k] === undefined) env[k] = v;
  return env;
}
