/**
 * Compose mode on the real files docker stack rejects (the 29 corpus cases INDEX.json marks
 * rejected: long depends_on, extends, profiles, include, top-level name, platform, inline
 * configs/secrets, mixed versions). Each must compile to a stack docker stack accepts, or fail with
 * located errors. "docker accepts" is checked twice: through our own docker-stack mode, which agrees
 * with `docker stack config` on all 120 corpus cases (test/e2e/corpus.test.ts), and, when the docker
 * CLI is on PATH, with `docker stack config` itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const index = JSON.parse(readFileSync(join(corpus, 'INDEX.json'), 'utf8')) as { cases: Record<string, { accepted: boolean }> };
const rejected = Object.entries(index.cases).filter(([, c]) => !c.accepted).map(([name]) => name).sort();
const dockerCli = spawnSync('docker', ['--version'], { encoding: 'utf8' }).status === 0;
if (!dockerCli) console.warn('[stackc] docker CLI not on PATH: compose-mode output is checked through stackc\'s docker-stack mode only');

describe('compose mode on the corpus cases docker stack rejects', () => {
  it('has them', () => expect(rejected.length).toBe(29));

  it.each(rejected)('%s', (name) => {
    const dir = join(corpus, name);
    const source = JSON.parse(readFileSync(join(dir, 'SOURCE.json'), 'utf8')) as { files: string[]; env?: Record<string, string>; profiles?: string[] };
    const result = compile({ files: source.files, cwd: dir, env: source.env ?? {}, ...(source.profiles ? { profiles: source.profiles } : {}) });
    if (!result.ok) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const d of errors) expect(d.line, `${d.code} ${d.message}`).toEqual(expect.any(Number));
      return;
    }
    // Every translation is said, located.
    const notes = result.diagnostics.filter((d) => d.code.startsWith('compose/'));
    expect(notes.length).toBeGreaterThan(0);
    for (const d of notes) expect(d.line, `${d.code} ${d.message}`).toEqual(expect.any(Number));
    // Our output, read back with docker stack's rules, is a valid stack that means the same.
    const files = new Map((result.generatedFiles ?? []).map((g) => [g.absPath, g.content]));
    const outPath = join(dir, '.stackc-compose-mode.yml');
    const again = compile({
      files: ['.stackc-compose-mode.yml'],
      cwd: dir,
      env: {},
      mode: 'stack',
      readFile: (p) => (p === outPath ? new TextEncoder().encode(result.yaml!) : files.has(p) ? new TextEncoder().encode(files.get(p)!) : readFileSync(p)),
    });
    expect(again.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(again.stack).toEqual(result.stack);
    if (dockerCli) {
      // Beside the inputs: env_file entries are printed as written, relative to the project.
      const check = join(dir, `.stackc-docker-check-${process.pid}.yml`);
      try {
        writeFileSync(check, result.yaml!);
        const r = spawnSync('docker', ['stack', 'config', '-c', check], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      } finally {
        rmSync(check, { force: true });
      }
    }
  });
});
