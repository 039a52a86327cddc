/**
 * A service's final `environment` (§1.9): env files read in order, then the `environment` key
 * on top, with empty or null values filled from the process environment when it has them.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { describeReadError } from '../options.js';
import { parseEnvFile } from './env-file.js';
import { eachNullableEntry, setOwn, toStringList } from './mappings.js';
import { resolveAgainst } from './paths.js';
import { reportError, type Scope } from './scope.js';

function lookupEnv(scope: Scope, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(scope.env, key) ? scope.env[key] : undefined;
}

/**
 * Docker's updateEnvironment for one variable: an empty or null value is replaced by the process
 * value if the process has that name; otherwise the given value (even null) wins.
 */
function applyVar(result: Record<string, string | null>, key: string, value: string | null, scope: Scope): void {
  const host = value === null || value === '' ? lookupEnv(scope, key) : undefined;
  setOwn(result, key, host !== undefined ? host : value);
}

/** Reads the service's env files into one map (later files and lines win). */
function readEnvFiles(envFile: unknown, path: DocPath, scope: Scope): Map<string, string | null> {
  const vars = new Map<string, string | null>();
  const files = toStringList(envFile) ?? [];
  files.forEach((file, index) => {
    const filePath = typeof envFile === 'string' ? path : [...path, index];
    // Resolved against the working directory, no `~` expansion (docker's absPath).
    const abs = resolveAgainst(scope.workingDir, file);
    let bytes: Uint8Array;
    try {
      bytes = scope.readFile(abs);
    } catch (err) {
      const text = describeReadError(err, abs);
      reportError(scope, 'env-file', filePath, `cannot read env file: ${text}`, { dockerMessage: text });
      return;
    }
    const parsed = parseEnvFile(bytes, abs, scope.env);
    if (!parsed.ok) {
      reportError(scope, 'env-file', filePath, parsed.error, { dockerMessage: parsed.error });
      return;
    }
    for (const [k, v] of parsed.vars) vars.set(k, v);
  });
  return vars;
}

/**
 * Resolves `env_file` + `environment` of one service dict (at `servicePath`) into the final
 * environment map, `undefined` when empty.
 */
export function resolveEnvironment(
  service: Record<string, unknown>,
  servicePath: DocPath,
  scope: Scope,
): Record<string, string | null> | undefined {
  // Built in place (no intermediate maps): every service of a file passes through here.
  const result: Record<string, string | null> = {};
  let empty = true;
  if (service.env_file !== undefined && service.env_file !== null) {
    for (const [key, value] of readEnvFiles(service.env_file, [...servicePath, 'env_file'], scope)) {
      applyVar(result, key, value, scope);
      empty = false;
    }
  }
  eachNullableEntry(service.environment, (key, value) => {
    applyVar(result, key, value, scope);
    empty = false;
  });
  return empty ? undefined : result;
}
