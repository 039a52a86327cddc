import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

const good = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';

describe('stackc compile', () => {
  it('prints the canonical stack and exits 0', async () => {
    const { io, out } = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '-f', 'compose.yml', '--no-lint'], io)).toBe(0);
    expect(out.stdout).toBe(
      'version: "3.13"\nservices:\n  web:\n    image: nginx\n    ports:\n      - mode: ingress\n        target: 80\n        published: 8080\n        protocol: tcp\n',
    );
    expect(out.stderr).toBe('');
  });

  it('shows the swarm lint findings without changing docker\'s verdict, unless --strict', async () => {
    const { io, out } = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '-f', 'compose.yml'], io)).toBe(0);
    expect(out.stdout).toContain('published: 8080');
    // nginx has no tag: the image-tag rule warns, located at the image value
    expect(out.stderr).toContain('warning[lint/image-tag]');
    expect(out.stderr).toContain('compose.yml:3:12');
    const strict = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '-f', 'compose.yml', '--strict'], strict.io)).toBe(1);
    expect(strict.out.stdout).toBe('');
  });

  it('honours inline disable comments in compile too', async () => {
    const text = 'services:\n  web:\n    # stackc-disable-next-line image-tag\n    image: nginx\n';
    const { io, out } = memoryIo({ 'compose.yml': text });
    expect(await run(['compile'], io)).toBe(0);
    expect(out.stderr).not.toContain('lint/image-tag');
  });

  it('finds compose.yaml / docker-compose.yml by default, and honours COMPOSE_FILE', async () => {
    const a = memoryIo({ 'docker-compose.yml': good });
    expect(await run(['compile'], a.io)).toBe(0);
    const b = memoryIo({ 'x.yml': good, 'y.yml': 'services:\n  web:\n    image: redis\n' }, { env: { COMPOSE_FILE: 'x.yml:y.yml' } });
    expect(await run(['compile'], b.io)).toBe(0);
    expect(b.out.stdout).toContain('image: redis');
  });

  it('accepts -c as an alias and - for stdin', async () => {
    const { io, out } = memoryIo({}, { stdin: good });
    expect(await run(['compile', '-c', '-'], io)).toBe(0);
    expect(out.stdout).toContain('published: 8080');
  });

  it('reports every problem located, exits 1 and prints no stack', async () => {
    const bad = 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80:80:80"\n    bogus: 1\n';
    const { io, out } = memoryIo({ 'compose.yml': bad });
    expect(await run(['compile', '-f', 'compose.yml'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('compose.yml:6:5');
    expect(out.stderr).toContain('compose.yml:5:9');
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('emits diagnostics as JSON with --format json', async () => {
    const { io, out } = memoryIo({ 'compose.yml': 'services:\n  web:\n    image: [1]\n' });
    expect(await run(['compile', '--format', 'json'], io)).toBe(1);
    const diags = JSON.parse(out.stderr);
    expect(diags).toMatchObject([{ file: 'compose.yml', line: 3, column: 12, path: '/services/web/image' }]);
  });

  it('prints the stack as JSON with --format json', async () => {
    const { io, out } = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).services.web.ports[0]).toEqual({ mode: 'ingress', target: 80, published: 8080, protocol: 'tcp' });
  });

  it('a missing file is a located input error (exit 1)', async () => {
    const { io, out } = memoryIo({});
    expect(await run(['compile', '-f', 'nope.yml'], io)).toBe(1);
    expect(out.stderr).toContain('open /project/nope.yml: no such file or directory');
  });

  it('usage errors exit 2', async () => {
    const { io } = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '--format', 'xml'], io)).toBe(2);
    expect(await run(['compile', '--nope'], io)).toBe(2);
    expect(await run(['frobnicate'], io)).toBe(2);
  });

  it('no compose file anywhere is a usage error', async () => {
    const { io, out } = memoryIo({});
    expect(await run(['compile'], io)).toBe(2);
    expect(out.stderr).toContain('no compose file found');
  });

  it('-o writes the file only when compilation succeeds, leaving an old file intact on failure', async () => {
    const ok = memoryIo({ 'compose.yml': good });
    expect(await run(['compile', '-o', 'stack.yml'], ok.io)).toBe(0);
    expect(ok.out.written.get('/project/stack.yml')).toContain('published: 8080');
    expect(ok.out.stdout).toBe('');
    const bad = memoryIo({ 'compose.yml': 'services: [\n', 'stack.yml': 'old\n' });
    expect(await run(['compile', '-o', 'stack.yml'], bad.io)).toBe(1);
    expect(bad.out.written.size).toBe(0);
    expect(bad.fs.get('/project/stack.yml')).toBe('old\n');
  });

  it('interpolates from --env-file, the environment winning', async () => {
    const { io, out } = memoryIo(
      { 'compose.yml': 'services:\n  web:\n    image: "nginx:${TAG}"\n    environment:\n      A: "${A}"\n', 'vars.env': 'TAG=1.25\nA=file\n' },
      { env: { A: 'shell' } },
    );
    expect(await run(['compile', '--env-file', 'vars.env'], io)).toBe(0);
    expect(out.stdout).toContain('image: nginx:1.25');
    expect(out.stdout).toContain('A: shell');
  });

  it('--version and --help exit 0', async () => {
    const { io, out } = memoryIo({});
    expect(await run(['--version'], io)).toBe(0);
    expect(out.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run(['compile', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('--skip-interpolation');
  });
});

describe('stackc schema', () => {
  it('prints our JSON Schema, with descriptions for editors', async () => {
    const { io, out } = memoryIo({});
    expect(await run(['schema'], io)).toBe(0);
    const schema = JSON.parse(out.stdout);
    expect(schema.$schema).toContain('draft-07');
    expect(schema.properties.services.description).toEqual(expect.any(String));
  });
});

describe('stackc compile in compose mode', () => {
  const compose = 'name: shop\nservices:\n  web:\n    image: nginx:1.27\n    configs: [site]\nconfigs:\n  site:\n    content: |\n      hello\n';

  it('writes inline configs next to the -o output and points the stack at them', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose });
    expect(await run(['compile', '--no-lint', '-o', 'out/stack.yml'], io)).toBe(0);
    expect(out.written.get('/project/out/.stackc/config-site')).toBe('hello\n');
    expect(out.written.get('/project/out/stack.yml')).toContain('file: /project/out/.stackc/config-site');
    expect(out.stderr).toContain('compose/generated-file');
  });

  it('without -o, writes nothing but the stack and says which files it refers to', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose });
    expect(await run(['compile', '--no-lint'], io)).toBe(0);
    expect(out.written.size).toBe(0);
    expect(out.stderr).toContain('use -o FILE to write them');
  });

  it('--mode stack keeps docker stack\'s verdict', async () => {
    const { io, out } = memoryIo({ 'compose.yml': compose });
    expect(await run(['compile', '--no-lint', '--mode', 'stack'], io)).toBe(1);
    expect(out.stderr).toContain('Additional property name is not allowed');
  });
});
