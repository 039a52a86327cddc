import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fdWriter } from './fd-output.js';
import type { Io } from './io.js';

/** The real process's {@link Io}. */
export function nodeIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    readFile: (p) => readFileSync(p),
    exists: (p) => existsSync(p),
    readStdin: () => readFileSync(0, 'utf8'),
    writeFileAtomic: (p, text) => {
      // Write beside the target, then rename over it: a reader (or a failed run) never sees half a file.
      const tmp = join(dirname(p), `.${basename(p)}.${process.pid}.tmp`);
      // Generated files (compose mode) go into a folder that may not exist yet.
      mkdirSync(dirname(p), { recursive: true });
      try {
        writeFileSync(tmp, text);
        renameSync(tmp, p);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
    },
    stdout: fdWriter(1, () => process.stdout),
    stderr: fdWriter(2, () => process.stderr),
  };
}
