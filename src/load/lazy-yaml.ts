import { createRequire } from 'node:module';

/**
 * The `yaml` package, loaded on first use. It is needed only to locate problems and to read
 * `!reset`/`!override` tags; a clean compile never pays its start-up cost (about 30 ms).
 */
export function yamlLib(): typeof import('yaml') {
  cached ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return cached;
}

let cached: typeof import('yaml') | undefined;
