/**
 * `stackc deploy` end to end, as a user runs it: the bundled CLI against the real swarm. Deploys a
 * small stack, checks what the engine then holds, deploys again (an update, not a duplicate), and
 * removes the stack.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEngine } from '../_engine/engine-available.js';
import { acquireEngineLock } from '../_engine/engine-lock.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.stackc as string);
const stack = `stackcdeploy${process.pid}`;

describeEngine('stackc deploy (CLI, real swarm)', () => {
  let dir = '';
  let release: () => void = () => {};
  beforeAll(async () => {
    release = await acquireEngineLock();
    dir = mkdtempSync(join(tmpdir(), 'stackc-deploy-'));
    writeFileSync(join(dir, 'compose.yml'), 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 0\n    secrets: [token]\nsecrets:\n  token:\n    file: ./token.txt\n');
    writeFileSync(join(dir, 'token.txt'), 'abc\n');
  });
  afterAll(() => {
    spawnSync('docker', ['stack', 'rm', stack]);
    for (let i = 0; i < 60; i++) {
      const left = execFileSync('docker', ['network', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`], { encoding: 'utf8' }).trim();
      if (!left) break;
      execFileSync('sleep', ['0.25']);
    }
    rmSync(dir, { recursive: true, force: true });
    release();
  });

  const deploy = () => spawnSync(process.execPath, [bin, 'deploy', '--stack', stack, '-f', 'compose.yml'], { cwd: dir, encoding: 'utf8' });

  it('creates the network, the secret and the service, logging like docker', () => {
    const r = deploy();
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Creating network ${stack}_default`);
    expect(r.stdout).toContain(`Creating secret ${stack}_token`);
    expect(r.stdout).toContain(`Creating service ${stack}_web`);
    const spec = JSON.parse(execFileSync('docker', ['service', 'inspect', `${stack}_web`], { encoding: 'utf8' }))[0].Spec;
    expect(spec.Labels['com.docker.stack.namespace']).toBe(stack);
    expect(spec.TaskTemplate.ContainerSpec.Image).toBe('nginx:1.27');
    expect(spec.TaskTemplate.ContainerSpec.Secrets[0].SecretName).toBe(`${stack}_token`);
  });

  it('deploys again as an update', () => {
    const r = deploy();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Updating service ${stack}_web`);
    expect(r.stdout).not.toContain('Creating service');
  });
});
