import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fdWriter } from '../../src/cli/fd-output.js';

function fakeStream() {
  const chunks: string[] = [];
  const stream = { write: (c: string | Uint8Array) => void chunks.push(Buffer.from(c).toString('utf8')) } as unknown as NodeJS.WritableStream;
  return { stream, chunks };
}

describe('fdWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackc-fd-'));
  afterEach(() => rmSync(join(dir, 'out.txt'), { force: true }));

  it('writes the text, UTF-8 encoded, to the descriptor without touching the stream', () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const { stream, chunks } = fakeStream();
    const write = fdWriter(fd, () => stream);
    write('héllo ');
    write('wörld\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('héllo wörld\n');
    expect(chunks).toEqual([]);
  });

  it('hands the text, and every later write, to the stream when the descriptor fails', () => {
    const fd = openSync(join(dir, 'out.txt'), 'w');
    closeSync(fd); // writing to it now fails with EBADF
    const { stream, chunks } = fakeStream();
    const write = fdWriter(fd, () => stream);
    write('first\n');
    write('second\n');
    expect(chunks.join('')).toBe('first\nsecond\n');
  });
});
