import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real inputs docker stack rejects (fixtures/corpus, copied from the shared corpus). */
const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** Every file of a corpus case (but its goldens) as text by relative path, and its first compose file. */
export function corpusProject(name: string): { files: Record<string, string>; main: string } {
  const dir = posix.join(CORPUS, name);
  const files: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const entry of readdirSync(posix.join(dir, rel))) {
      const r = rel ? `${rel}/${entry}` : entry;
      if (statSync(posix.join(dir, r)).isDirectory()) {
        if (entry !== 'expected') walk(r);
      } else files[r] = readFileSync(posix.join(dir, r), 'utf8');
    }
  };
  walk('');
  const source = JSON.parse(files['SOURCE.json']!) as { files: string[] };
  return { files, main: source.files[0]! };
}
