import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

const compose = [
  'services:',
  '  web:',
  '    image: nginx:1.27',
  '    ports: ["8080:80"]',
  '    secrets: [db]',
  '    networks: [front]',
  'networks:',
  '  front: {}',
  'secrets:',
  '  db:',
  '    file: ./db.txt',
  '',
].join('\n');

describe('stackc plan', () => {
  it('prints one line per object, in phase order, and never the secret data', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose, 'db.txt': 'hunter2\n' });
    expect(await run(['plan', '--stack', 's1'], io)).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('stack s1: 3 objects to create');
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual([
      '+ network s1_front',
      '+ secret s1_db',
      '+ service s1_web',
    ]);
    expect(out.stdout).not.toContain('aHVudGVyMgo='); // base64 of the secret
  });

  it('prints the Engine API calls as JSON, secret data as a file reference unless revealed', async () => {
    const a = memoryIo({ 'compose.yml': compose, 'db.txt': 'hunter2\n' });
    expect(await run(['plan', '-s', 's1', '--format', 'json'], a.io)).toBe(0);
    const steps = JSON.parse(a.out.stdout);
    expect(steps.map((s: { method: string; path: string }) => `${s.method} ${s.path}`)).toEqual([
      'POST /networks/create',
      'POST /secrets/create',
      'POST /services/create',
    ]);
    expect(steps[1].body.Data).toEqual({ $source: 'file', path: '/project/db.txt' });
    const service = steps[2].body;
    expect(service.TaskTemplate.ContainerSpec.Secrets[0].SecretID).toEqual({ $ref: 'secret', name: 's1_db' });
    expect(service.TaskTemplate.ContainerSpec.Image).toBe('nginx:1.27');
    const b = memoryIo({ 'compose.yml': compose, 'db.txt': 'hunter2\n' });
    expect(await run(['plan', '-s', 's1', '--format', 'json', '--reveal-secrets'], b.io)).toBe(0);
    expect(JSON.parse(b.out.stdout)[1].body.Data).toBe('aHVudGVyMgo=');
  });

  it('fails before any step, located, when docker would only fail mid-deploy', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose.replace('networks: [front]', 'networks: [back]') });
    expect(await run(['plan', '-s', 's1'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('plan/undefined-network');
    expect(out.stderr).toContain('compose.yml:6:');
    // the missing secret file is reported too, in the same run
    expect(out.stderr).toContain('open /project/db.txt: no such file or directory');
  });

  it('rejects a blank stack name as docker does', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose, 'db.txt': 'x' });
    expect(await run(['plan', '--stack', ' "" '], io)).toBe(2);
    expect(out.stderr).toContain('invalid stack name');
  });
});
