import { posix } from 'node:path';
import { corpusProject } from './corpus-project.js';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { resolveExtends } from '../../src/compose/extends.js';
import { mergeService } from '../../src/compose/extends-service-merge.js';
import { rebasePath, rebaseService } from '../../src/compose/rebase-paths.js';
import type { ComposeContext, RawDocument } from '../../src/compose/types.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { loadFile } from '../../src/load/index.js';
import type { Env } from '../../src/options.js';

const ROOT = '/p';

/** A project on a virtual filesystem: files by path relative to ROOT. */
function project(files: Record<string, string>, env: Env = {}) {
  const fs = new Map(Object.entries(files).map(([k, v]) => [posix.join(ROOT, k), v]));
  const diagnostics: DiagnosticInput[] = [];
  const report = (d: DiagnosticInput): void => void diagnostics.push(d);
  const readFile = (abs: string): Uint8Array => {
    const text = fs.get(abs);
    if (text === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  const loads: string[] = [];
  const load = (abs: string, e?: Env): RawDocument | undefined => {
    loads.push(abs);
    let bytes: Uint8Array;
    try {
      bytes = readFile(abs);
    } catch {
      return undefined;
    }
    const file = posix.relative(ROOT, abs);
    const loaded = loadFile({ file, absPath: abs, bytes }, report);
    if (loaded.data === undefined) return undefined;
    const data = interpolateDocument(loaded.data, { file, env: e ?? env }, report) as Record<string, unknown>;
    return { file, absPath: abs, data, mergeTags: loaded.mergeTags } as RawDocument;
  };
  const ctx: ComposeContext = { projectDir: ROOT, projectName: 'p', env, readFile, report };
  return { ctx, load, diagnostics, loads };
}

function run(files: Record<string, string>, main = 'compose.yaml', env: Env = {}) {
  const p = project(files, env);
  const doc = p.load(posix.join(ROOT, main))!;
  const out = resolveExtends(doc, p.ctx, p.load);
  return { services: out.data.services as Record<string, unknown>, data: out.data, diagnostics: p.diagnostics, loads: p.loads };
}

const errors = (ds: DiagnosticInput[]) => ds.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, file: d.file, path: d.path }));

describe('resolveExtends: same file', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['string form', 'services:\n  base: {image: a, ports: ["80:80"]}\n  web:\n    extends: base\n    ports: ["81:81"]\n',
      { image: 'a', ports: ['80:80', '81:81'] }],
    ['mapping form, local wins', 'services:\n  base: {image: a, user: x}\n  web:\n    extends: {service: base}\n    image: b\n',
      { image: 'b', user: 'x' }],
    ['chain a -> b -> c', 'services:\n  c: {image: c, environment: {A: "1"}}\n  b: {extends: c, environment: {B: "2"}}\n  a: {extends: b, environment: {A: "3"}}\n',
      { image: 'c', environment: { A: '3', B: '2' } }],
    ['null base service', 'services:\n  nil:\n  web: {extends: nil, image: x}\n', { image: 'x' }],
  ])('%s', (_name, yaml, want) => {
    const r = run({ 'compose.yaml': yaml });
    const last = Object.keys(r.services).at(-1)!;
    expect(r.services[last]).toEqual(want);
    expect(errors(r.diagnostics)).toEqual([]);
  });

  it('leaves services without extends alone and notes each translation at its extends key', () => {
    const r = run({ 'compose.yaml': 'services:\n  base: {image: a}\n  web: {extends: base}\n' });
    expect(r.services.base).toEqual({ image: 'a' });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/extends', severity: 'warning', file: 'compose.yaml', path: ['services', 'web', 'extends'], atKey: true }),
    ]);
  });

  it('returns the same document when nothing extends', () => {
    const p = project({ 'compose.yaml': 'services:\n  a: {image: a}\n' });
    const doc = p.load(`${ROOT}/compose.yaml`)!;
    expect(resolveExtends(doc, p.ctx, p.load)).toBe(doc);
  });
});

describe('resolveExtends: errors at the extends entry', () => {
  it.each<[string, Record<string, string>, { code: string; file: string; path: (string | number)[] }[]]>([
    ['unknown service', { 'compose.yaml': 'services:\n  web: {extends: nope}\n' },
      [{ code: 'compose/extends-unknown-service', file: 'compose.yaml', path: ['services', 'web', 'extends'] }]],
    ['unknown service in other file', { 'compose.yaml': 'services:\n  web:\n    extends: {file: o.yaml, service: nope}\n', 'o.yaml': 'services:\n  a: {image: a}\n' },
      [{ code: 'compose/extends-unknown-service', file: 'compose.yaml', path: ['services', 'web', 'extends', 'service'] }]],
    ['missing file', { 'compose.yaml': 'services:\n  web:\n    extends: {file: missing.yaml, service: a}\n' },
      [{ code: 'compose/extends-file', file: 'compose.yaml', path: ['services', 'web', 'extends', 'file'] }]],
    ['no services section', { 'compose.yaml': 'services:\n  web:\n    extends: {file: o.yaml, service: a}\n', 'o.yaml': 'volumes: {}\n' },
      [{ code: 'compose/extends-no-services', file: 'compose.yaml', path: ['services', 'web', 'extends', 'file'] }]],
    ['self cycle', { 'compose.yaml': 'services:\n  web: {extends: web}\n' },
      [{ code: 'compose/extends-cycle', file: 'compose.yaml', path: ['services', 'web', 'extends'] }]],
    ['two-service cycle, reported once', { 'compose.yaml': 'services:\n  a: {extends: b}\n  b: {extends: a}\n' },
      [{ code: 'compose/extends-cycle', file: 'compose.yaml', path: ['services', 'b', 'extends'] }]],
    ['cycle across files, at the entry that closes it', {
      'compose.yaml': 'services:\n  web:\n    extends: {file: o.yaml, service: a}\n',
      'o.yaml': 'services:\n  a:\n    extends: {file: compose.yaml, service: web}\n',
    }, [{ code: 'compose/extends-cycle', file: 'o.yaml', path: ['services', 'a', 'extends'] }]],
    ['missing service key', { 'compose.yaml': 'services:\n  web:\n    extends: {file: o.yaml}\n' },
      [{ code: 'compose/extends-invalid', file: 'compose.yaml', path: ['services', 'web', 'extends'] }]],
    ['unknown key', { 'compose.yaml': 'services:\n  a: {image: a}\n  web:\n    extends: {service: a, bogus: 1}\n' },
      [{ code: 'compose/extends-invalid', file: 'compose.yaml', path: ['services', 'web', 'extends', 'bogus'] }]],
    ['cannot override a mapping with a list', { 'compose.yaml': 'services:\n  a: {image: a, deploy: {mode: global}}\n  web: {extends: a, deploy: [x]}\n' },
      [{ code: 'compose/extends-cannot-override', file: 'compose.yaml', path: ['services', 'web', 'deploy'] }]],
  ])('%s', (_name, files, want) => {
    const r = run(files);
    expect(errors(r.diagnostics)).toEqual(want);
    // The failing service keeps its own attributes, without the key docker stack forbids.
    for (const s of Object.values(r.services)) if (s && typeof s === 'object') expect(s).not.toHaveProperty('extends');
  });
});

describe('resolveExtends: other files', () => {
  it('rebases relative paths of a service from another directory onto the project directory', () => {
    const r = run({
      'compose.yaml': 'services:\n  web:\n    extends: {file: sub/base.yaml, service: b}\n    volumes: ["./mine:/mine"]\n',
      'sub/base.yaml': [
        'services:',
        '  b:',
        '    build: {context: ., dockerfile: Dockerfile}',
        '    env_file: [./a.env, {path: b.env, required: false}]',
        '    volumes: ["./data:/data", "named:/named", "/abs:/abs", {type: bind, source: ../up, target: /up}, {type: volume, source: v, target: /v}]',
        '',
      ].join('\n'),
    });
    expect(r.services.web).toEqual({
      build: { context: './sub', dockerfile: 'Dockerfile' },
      env_file: ['./sub/a.env', { path: './sub/b.env', required: false }],
      volumes: ['./sub/data:/data', 'named:/named', '/abs:/abs', { type: 'bind', source: './up', target: '/up' }, { type: 'volume', source: 'v', target: '/v' }, './mine:/mine'],
    });
  });

  it('resolves a file-less extends inside another file against that file, and nested files against it', () => {
    const r = run({
      'compose.yaml': 'services:\n  web:\n    extends: {file: a/one.yaml, service: x}\n',
      'a/one.yaml': 'services:\n  x: {extends: y, labels: [x=1]}\n  y:\n    extends: {file: ../b/two.yaml, service: z}\n    labels: [y=1]\n',
      'b/two.yaml': 'services:\n  z: {image: z, env_file: z.env}\n',
    });
    expect(r.services.web).toEqual({ image: 'z', env_file: './b/z.env', labels: ['y=1', 'x=1'] });
    expect(errors(r.diagnostics)).toEqual([]);
    // Each file is loaded once.
    expect(r.loads.filter((l) => l.endsWith('one.yaml'))).toHaveLength(1);
  });

  it('ignores the other file\'s top-level resources', () => {
    const r = run({
      'compose.yaml': 'services:\n  web:\n    extends: {file: o.yaml, service: a}\n',
      'o.yaml': 'services:\n  a: {image: a, networks: [n]}\nnetworks:\n  n: {}\n',
    });
    expect(r.data).toEqual({ services: { web: { image: 'a', networks: ['n'] } } });
  });
});

describe('resolveExtends: !reset and !override', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['!reset removes an inherited list', 'services:\n  a: {image: a, volumes: ["/x:/x"]}\n  b:\n    extends: a\n    volumes: !reset []\n', { image: 'a' }],
    ['!override replaces an inherited list', 'services:\n  a: {image: a, ports: ["80:80"]}\n  b:\n    extends: a\n    ports: !override ["81:81"]\n', { image: 'a', ports: ['81:81'] }],
    ['!reset inside a mapping', 'services:\n  a: {image: a, environment: {A: "1", B: "2"}}\n  b:\n    extends: a\n    environment: {A: !reset}\n', { image: 'a', environment: { B: '2' } }],
  ])('%s', (_name, yaml, want) => {
    expect(run({ 'compose.yaml': yaml }).services.b).toEqual(want);
  });
});

describe('mergeService (compose rules for extends)', () => {
  it.each<[string, unknown, unknown, unknown]>([
    ['command replaced', { command: ['a', 'b'] }, { command: 'c' }, { command: 'c' }],
    ['null command removes it', { command: 'x', image: 'i' }, { command: null }, { image: 'i' }],
    ['null keeps other attributes', { user: 'x' }, { user: null }, { user: 'x' }],
    ['environment list + mapping', { environment: ['A=1', 'B=2'] }, { environment: { A: '3', C: null } }, { environment: ['A=3', 'B=2', 'C'] }],
    ['labels mappings', { labels: { a: '1' } }, { labels: { a: null, b: '2' } }, { labels: { a: null, b: '2' } }],
    ['ports by key', { ports: ['80:80', { target: 81, published: '8081' }] }, { ports: [{ target: 81, published: 8081, mode: 'host' }, '82:82'] },
      { ports: ['80:80', { target: 81, published: 8081, mode: 'host' }, '82:82'] }],
    ['volumes by target', { volumes: ['a:/data', '/x:/x'] }, { volumes: [{ type: 'volume', source: 'b', target: '/data/' }] },
      { volumes: [{ type: 'volume', source: 'b', target: '/data/' }, '/x:/x'] }],
    ['secrets by target', { secrets: ['s', { source: 't', target: 'x' }] }, { secrets: [{ source: 's', mode: 0o400 }] },
      { secrets: [{ source: 's', mode: 0o400 }, { source: 't', target: 'x' }] }],
    ['build string + mapping', { build: '.' }, { build: { dockerfile: 'D', args: ['A=1'] } }, { build: { context: '.', dockerfile: 'D', args: ['A=1'] } }],
    ['healthcheck test replaced, rest merged', { healthcheck: { test: ['CMD', 'a'], interval: '5s' } }, { healthcheck: { test: 'b' } },
      { healthcheck: { test: 'b', interval: '5s' } }],
    ['deploy merged, constraints appended', { deploy: { replicas: 1, placement: { constraints: ['a'] } } }, { deploy: { placement: { constraints: ['b'] } } },
      { deploy: { replicas: 1, placement: { constraints: ['a', 'b'] } } }],
    ['logging with a different driver replaced', { logging: { driver: 'a', options: { x: '1' } } }, { logging: { driver: 'b' } }, { logging: { driver: 'b' } }],
    ['logging with one driver merged', { logging: { driver: 'a', options: { x: '1' } } }, { logging: { options: { y: '2' } } },
      { logging: { driver: 'a', options: { x: '1', y: '2' } } }],
    ['ulimits entries replaced whole', { ulimits: { nofile: { soft: 1, hard: 2 }, nproc: 3 } }, { ulimits: { nofile: { soft: 5 } } },
      { ulimits: { nofile: { soft: 5 }, nproc: 3 } }],
    ['networks list + mapping', { networks: ['a', 'b'] }, { networks: { b: { aliases: ['x'] } } }, { networks: { a: null, b: { aliases: ['x'] } } }],
    ['networks lists', { networks: ['a'] }, { networks: ['a', 'b'] }, { networks: ['a', 'b'] }],
    ['depends_on list + long form', { depends_on: ['db'] }, { depends_on: { db: { required: false } } },
      { depends_on: { db: { condition: 'service_started', required: false } } }],
    ['cap_add deduplicated', { cap_add: ['A'] }, { cap_add: ['A', 'B'] }, { cap_add: ['A', 'B'] }],
    ['dns string + list', { dns: '1.1.1.1' }, { dns: ['8.8.8.8'] }, { dns: ['1.1.1.1', '8.8.8.8'] }],
    ['extra_hosts mixed', { extra_hosts: ['a:1.1.1.1'] }, { extra_hosts: { a: '1.1.1.1', b: '2.2.2.2' } }, { extra_hosts: ['a:1.1.1.1', 'b:2.2.2.2'] }],
  ])('%s', (_name, base, override, want) => {
    const conflicts: unknown[] = [];
    expect(mergeService(base, override, (p) => conflicts.push(p))).toEqual(want);
    expect(conflicts).toEqual([]);
  });

  it('never modifies its inputs', () => {
    const base = { environment: { A: '1' }, ports: ['80:80'] };
    const override = { environment: { B: '2' }, ports: ['81:81'] };
    const copy = JSON.parse(JSON.stringify([base, override]));
    mergeService(base, override, () => {});
    expect([base, override]).toEqual(copy);
  });
});

describe('rebasePath', () => {
  it.each<[string, string, string, string]>([
    ['./a', '/p/sub', '/p', './sub/a'],
    ['.', '/p/sub', '/p', './sub'],
    ['../x', '/p/sub', '/p', './x'],
    ['a', '/p', '/p/sub', '../a'],
    ['.', '/p/sub', '/p/sub', '.'],
    ['/abs', '/p/sub', '/p', '/abs'],
    ['~/x', '/p/sub', '/p', '~/x'],
    ['https://github.com/a/b.git', '/p/sub', '/p', 'https://github.com/a/b.git'],
    ['.', '/p', '/p', '.'],
  ])('%s from %s to %s', (p, from, to, want) => {
    expect(rebasePath(p, from, to)).toBe(want);
  });

  it('rebases build ssh, additional contexts, label files and watch paths, not dockerfile', () => {
    const service = {
      build: { dockerfile: 'D', ssh: ['default', 'k=./id'], additional_contexts: { x: './x', img: 'docker-image://alpine' } },
      label_file: 'l.txt',
      develop: { watch: [{ path: './src', action: 'sync' }] },
    };
    expect(rebaseService(service, '/p/s', '/p')).toEqual({
      build: { dockerfile: 'D', ssh: ['default', 'k=./s/id'], additional_contexts: { x: './s/x', img: 'docker-image://alpine' } },
      label_file: './s/l.txt',
      develop: { watch: [{ path: './s/src', action: 'sync' }] },
    });
  });
});

describe('resolveExtends: corpus', () => {
  it.each<[string, Record<string, unknown>]>([
    ['compose-go-extends-nested-sibling', {
      base: { image: 'base' },
      another: { image: 'base' },
      'with-port': { ports: ['8000:8000'] },
      withUlimits: { image: 'test', ulimits: { nproc: 65535, nofile: { soft: 20000, hard: 40000 } } },
      'with-build': { build: '.' },
      nil: null,
    }],
    ['compose-go-extends-reset', { init: { image: 'alpine:latest', command: 'sleep infinity' }, base: { image: 'alpine:latest' } }],
    ['compose-go-extends-subdir', {
      importer: { image: 'nginx', container_name: 'imported', env_file: ['./subdir/extra.env'], volumes: ['/opt/data:/var/lib/mysql'] },
    }],
    ['docker-compose-fixture-publish-extends', { test: { image: 'bar' } }],
  ])('%s', (name, want) => {
    const { files, main } = corpusProject(name);
    const r = run(files, main);
    expect(r.services).toEqual(want);
    expect(errors(r.diagnostics)).toEqual([]);
    const notes = r.diagnostics.filter((d) => d.code === 'compose/extends');
    expect(notes.length).toBe(Object.values(files[main]!.match(/extends:/g) ?? []).length);
    expect(notes.every((d) => d.severity === 'warning' && d.file === main)).toBe(true);
  });
});
