import { posix } from 'node:path';
import type { Io } from '../../src/cli/io.js';

/** An in-memory {@link Io}: files by absolute path, captured stdout/stderr. */
export function memoryIo(files: Record<string, string>, opts: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}) {
  const cwd = opts.cwd ?? '/project';
  const fs = new Map(Object.entries(files).map(([p, t]) => [posix.resolve(cwd, p), t]));
  const out = { stdout: '', stderr: '', written: new Map<string, string>() };
  const io: Io = {
    cwd,
    env: opts.env ?? {},
    readFile: (p) => {
      const t = fs.get(p);
      if (t === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(t);
    },
    exists: (p) => fs.has(p),
    readStdin: () => opts.stdin ?? '',
    writeFileAtomic: (p, t) => {
      out.written.set(p, t);
      fs.set(p, t);
    },
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { io, out, fs };
}
