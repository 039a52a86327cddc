/**
 * What the library needs from the outside world. Nothing in `src/` except `cli/node-io.ts` and
 * `bin.ts` touches `process` or the real filesystem: everything goes through these.
 */

/** Environment variables visible to interpolation and to value-less `environment` entries. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads a whole file. Throws a Node-style error (`code` = `ENOENT`, `EISDIR`, …) when it can't;
 * callers turn that into a located diagnostic.
 */
export type ReadFile = (absPath: string) => Uint8Array;

/** Error text the way Go's os package words it, which docker users recognize. */
export function describeReadError(err: unknown, absPath: string): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `open ${absPath}: no such file or directory`;
  if (code === 'EISDIR') return `read ${absPath}: is a directory`;
  if (code === 'EACCES') return `open ${absPath}: permission denied`;
  return `open ${absPath}: ${(err as Error)?.message ?? String(err)}`;
}
