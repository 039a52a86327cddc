import type { Io } from './io.js';

/** Exit codes, as ESLint has them: clean, invalid input, usage/IO/internal failure. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** What a command needs: the outside world, and where to leave its exit code. */
export interface CommandContext {
  readonly io: Io;
  setExitCode(code: number): void;
}
