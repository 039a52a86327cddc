import type { Env, ReadFile } from '../options.js';

/** Everything the CLI touches, so tests can run it in memory. */
export interface Io {
  readonly cwd: string;
  readonly env: Env;
  readonly readFile: ReadFile;
  /** True when a path exists (default file discovery). */
  readonly exists: (absPath: string) => boolean;
  /** Reads all of standard input. */
  readonly readStdin: () => string;
  /** Writes a whole file atomically: never a half-written file, never a truncated old one. */
  readonly writeFileAtomic: (absPath: string, text: string) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
