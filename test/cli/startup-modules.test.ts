/**
 * A plain compile must not load what only other commands or outputs need: Node's stdio streams
 * (and `net` behind a pipe's), `node:crypto` (SARIF), `node:http` (deploy) and
 * `node:child_process` (commander's executable subcommands). Each costs a millisecond or more at
 * every start. Runs the bundle as a user does, with a preload that records Node's module list.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin.stackc as string;
const caseDir = `${root}fixtures/corpus/udemy-swarm-stack-3-prod`;

describe('a compile through the bundled CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackc-modules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads none of the builtins only other paths need', () => {
    const preload = join(dir, 'record.cjs');
    const list = join(dir, 'modules.txt');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const r = spawnSync(process.execPath, ['--require', preload, `${root}${bin}`, 'compile', '-f', 'docker-compose.yml', '-f', 'docker-compose.prod.yml'], {
      cwd: caseDir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^services:/m);
    const loaded = new Set(readFileSync(list, 'utf8').split('\n'));
    for (const name of ['crypto', 'http', 'child_process', 'net', 'stream']) expect(loaded, name).not.toContain(`NativeModule ${name}`);
  });
});
