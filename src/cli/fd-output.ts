import { writeSync } from 'node:fs';

/**
 * A writer for the process's stdout or stderr that writes to the file descriptor directly.
 *
 * Why not `process.stdout.write`: the first touch of `process.stdout` or `process.stderr` builds
 * a Node stream for it, which loads Node's stream modules and, for a pipe or a terminal, its
 * `net` module: 2-4 ms of a small compile's start. Those writes are synchronous for files, pipes
 * and terminals on POSIX anyway, so the bytes and their order are the same.
 *
 * On any write error (`EAGAIN` from a descriptor another process made non-blocking, `EPIPE`, …)
 * the rest of the text, and every later write, goes to the stream instead, which handles it as it
 * always did.
 */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let fallback: NodeJS.WritableStream | undefined;
  return (text) => {
    if (fallback) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch {
      fallback = stream();
      fallback.write(bytes.subarray(written));
    }
  };
}
