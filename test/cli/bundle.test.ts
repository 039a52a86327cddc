/**
 * The shipped CLI is a bundle (scripts/bundle.mjs). Run it as a user does, as a child process,
 * on a two-file project from the fixtures, and compare with what docker printed for it.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin.stackc as string;
const caseDir = `${root}fixtures/corpus/udemy-swarm-stack-3-prod`;

function stackc(args: string[]) {
  return spawnSync(process.execPath, [`${root}${bin}`, ...args], { cwd: caseDir, encoding: 'utf8', env: { PATH: process.env.PATH } });
}

describe('the bundled CLI', () => {
  it('exists (npm run build makes it)', () => expect(existsSync(`${root}${bin}`)).toBe(true));

  it('compiles a base + override project exactly as docker stack config printed it', () => {
    const golden = JSON.parse(readFileSync(`${caseDir}/expected/docker.json`, 'utf8')) as { stdout: string };
    const r = stackc(['compile', '-f', 'docker-compose.yml', '-f', 'docker-compose.prod.yml']);
    // Lint findings may be shown on stderr; there must be no error among them.
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden.stdout.split('@CASE_DIR@').join(caseDir));
  });

  it('reports bad input located, exit 1, through the lazily loaded locator', () => {
    const r = spawnSync(process.execPath, [`${root}${bin}`, 'compile', '-f', '-'], {
      input: 'services:\n  a:\n    image: x\n    ports: ["80:80:80"]\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("-:4:13 (services.a.ports[0])");
    expect(r.stderr).toContain("Does not match format 'ports'");
  });

  it('prints its version', () => {
    const r = stackc(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
  });
});
