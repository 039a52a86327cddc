/**
 * Which files merge with an open compose file, found the way `docker compose` finds them
 * (compose-go's auto-discovery): a default-named base file plus the first default-named override
 * in the same folder. An editor shows one file, but its problems depend on the whole project.
 */
import { basename, dirname, join } from 'node:path';

/** Base file names, in compose-go's order of preference. */
export const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
/** Override file names, in compose-go's order of preference. */
export const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

/**
 * The absolute paths compiled together with `absPath`, in merge order. A base file gets the
 * first existing override beside it; an override gets the first existing base before it (and
 * is used even when a higher-preference override exists, since it is the one being edited);
 * any other file is compiled alone.
 */
export function projectFilesFor(absPath: string, exists: (absPath: string) => boolean): string[] {
  const dir = dirname(absPath);
  const name = basename(absPath);
  const firstExisting = (names: readonly string[]) => names.map((n) => join(dir, n)).find((p) => exists(p));
  if ((BASE_NAMES as readonly string[]).includes(name)) {
    const override = firstExisting(OVERRIDE_NAMES);
    return override ? [absPath, override] : [absPath];
  }
  if ((OVERRIDE_NAMES as readonly string[]).includes(name)) {
    const base = firstExisting(BASE_NAMES);
    return base ? [base, absPath] : [absPath];
  }
  return [absPath];
}
