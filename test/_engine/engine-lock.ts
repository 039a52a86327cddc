/**
 * A machine-wide lock for the engine suites. Test files run in parallel workers (and other
 * checkouts may test on the same machine), but they share one swarm: fixed subnets, fixed
 * network names and `docker stack rm` timing make concurrent runs flaky. `mkdir` is atomic, so a
 * directory is the lock; a holder that died (its pid is gone) or hung past `staleMs` is evicted.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK_DIR = join(tmpdir(), 'stackc-engine-tests.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

function holder(): { pid: number; since: number } | undefined {
  try {
    return JSON.parse(readFileSync(join(LOCK_DIR, 'owner.json'), 'utf8')) as { pid: number; since: number };
  } catch {
    return undefined;
  }
}

/** Wait for the lock (up to `waitMs`), take it, and return its release function. */
export async function acquireEngineLock(waitMs = 240_000, staleMs = 300_000): Promise<() => void> {
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + waitMs;
  let unknownSince: number | undefined;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, 'owner.json'), JSON.stringify({ pid: process.pid, since: Date.now(), token }));
      return () => {
        if ((holder() as { token?: string } | undefined)?.token === token) rmSync(LOCK_DIR, { recursive: true, force: true });
      };
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    }
    const h = holder();
    if (h) unknownSince = undefined;
    else unknownSince ??= Date.now();
    // A lock without an owner file for 5 s was left by a holder killed mid-write.
    const stale = h ? !alive(h.pid) || Date.now() - h.since > staleMs : Date.now() - (unknownSince ?? Date.now()) > 5000;
    if (stale) rmSync(LOCK_DIR, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`engine test lock ${LOCK_DIR} still held by pid ${h?.pid ?? '?'}`);
    else await new Promise((r) => setTimeout(r, 200));
  }
}
