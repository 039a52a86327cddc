#!/usr/bin/env node
/**
 * Compose mode, end to end on a real swarm: for every corpus case docker stack rejects
 * (fixtures/corpus/INDEX.json), compile it with stackc (written with -o beside the inputs, so
 * generated config/secret files land there too) and plan it (which reads every secret and config
 * file), then deploy the result with `docker stack deploy --resolve-image never`, record the
 * outcome, and remove the stack. A case stackc refuses is listed with its first located error.
 * Needs the docker CLI and a swarm (`bash scripts/start-swarm.sh`); run `npm run build` first.
 *
 *   node scripts/compose-mode-deploy.mjs
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'fixtures/corpus');
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.stackc);
const index = JSON.parse(readFileSync(join(corpus, 'INDEX.json'), 'utf8')).cases;
const names = Object.entries(index).filter(([, c]) => !c.accepted).map(([n]) => n).sort();

const tally = { deployed: 0, refused: 0, deployFailed: 0 };
let n = 0;
for (const name of names) {
  const dir = join(corpus, name);
  const source = JSON.parse(readFileSync(join(dir, 'SOURCE.json'), 'utf8'));
  const out = join(dir, '.stackc-deploy-check.yml');
  const inputs = [...source.files.flatMap((f) => ['-f', f]), ...(source.profiles ?? []).flatMap((p) => ['--profile', p])];
  const args = [bin, 'compile', '--no-lint', '-o', out, ...inputs];
  const compiled = spawnSync(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH, ...(source.env ?? {}) }, encoding: 'utf8' });
  if (compiled.status !== 0) {
    tally.refused++;
    const first = compiled.stderr.split('\n').findIndex((l) => l.startsWith('error'));
    console.log(`refused    ${name}: ${compiled.stderr.split('\n').slice(first, first + 2).join(' ').replace(/\s+/g, ' ')}`);
    continue;
  }
  const planned = spawnSync(process.execPath, [bin, 'plan', '--stack', 'check', ...inputs], { cwd: dir, env: { PATH: process.env.PATH, ...(source.env ?? {}) }, encoding: 'utf8' });
  if (planned.status !== 0) {
    tally.refused++;
    const lines = planned.stderr.split('\n');
    const first = lines.findIndex((l) => l.startsWith('error'));
    console.log(`refused    ${name}: ${lines.slice(first, first + 2).join(' ').replace(/\s+/g, ' ')}`);
    rmSync(out, { force: true });
    rmSync(join(dir, '.stackc'), { recursive: true, force: true });
    continue;
  }
  const stack = `cmd${process.pid % 1000}x${n++}`;
  const deployed = spawnSync('docker', ['stack', 'deploy', '--resolve-image', 'never', '-c', out, stack], { cwd: dir, env: { PATH: process.env.PATH }, encoding: 'utf8' });
  if (deployed.status === 0) {
    tally.deployed++;
    console.log(`deployed   ${name}`);
  } else {
    tally.deployFailed++;
    console.log(`deploy failed ${name}: ${deployed.stderr.trim().split('\n').pop()}`);
  }
  spawnSync('docker', ['stack', 'rm', stack]);
  for (let i = 0; i < 80; i++) {
    const left = spawnSync('docker', ['network', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`], { encoding: 'utf8' }).stdout.trim();
    if (!left) break;
    spawnSync('sleep', ['0.25']);
  }
  rmSync(out, { force: true });
  rmSync(join(dir, '.stackc'), { recursive: true, force: true });
}
console.log(`compose mode on ${names.length} cases docker stack rejects: ${tally.deployed} deployed, ${tally.refused} refused by stackc with a located error, ${tally.deployFailed} failed to deploy`);
