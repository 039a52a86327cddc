import { posix } from 'node:path';
import { corpusProject } from './corpus-project.js';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { resolveExtends } from '../../src/compose/extends.js';
import { resolveIncludes } from '../../src/compose/include.js';
import type { ComposeContext, RawDocument } from '../../src/compose/types.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { loadFile } from '../../src/load/index.js';
import type { Env } from '../../src/options.js';

const ROOT = '/p';

/** Resolve `include` (then `extends`, as the pipeline does) of ROOT/<main> on a virtual filesystem. */
function run(files: Record<string, string>, main = 'compose.yaml', env: Env = {}) {
  const fs = new Map(Object.entries(files).map(([k, v]) => [posix.join(ROOT, k), v]));
  const diagnostics: DiagnosticInput[] = [];
  const report = (d: DiagnosticInput): void => void diagnostics.push(d);
  const readFile = (abs: string): Uint8Array => {
    const text = fs.get(abs);
    if (text === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  const envs = new Map<string, Env | undefined>();
  const load = (abs: string, e?: Env): RawDocument | undefined => {
    envs.set(abs, e);
    const text = fs.get(abs);
    if (text === undefined) return undefined;
    const file = posix.relative(ROOT, abs);
    const loaded = loadFile({ file, absPath: abs, bytes: new TextEncoder().encode(text) }, report);
    if (loaded.data === undefined) return undefined;
    const data = interpolateDocument(loaded.data, { file, env: e ?? env }, report) as Record<string, unknown>;
    return { file, absPath: abs, data };
  };
  const ctx: ComposeContext = { projectDir: ROOT, projectName: 'p', env, readFile, report };
  const doc = resolveExtends(resolveIncludes(load(posix.join(ROOT, main))!, ctx, load), ctx, load);
  return { data: doc.data, diagnostics, envs };
}

const errors = (ds: DiagnosticInput[]) => ds.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, file: d.file, path: d.path }));

describe('resolveIncludes', () => {
  it('copies the included resources, removes include, notes the entry', () => {
    const r = run({
      'compose.yaml': 'include:\n  - sub/inc.yaml\nservices:\n  web: {image: w}\n',
      'sub/inc.yaml': 'services:\n  db: {image: d, volumes: ["./data:/data"]}\nvolumes:\n  v: {}\nsecrets:\n  s: {file: ./s.txt}\nx-ignored: 1\nname: other\n',
    });
    expect(r.data).toEqual({
      services: { db: { image: 'd', volumes: ['./sub/data:/data'] }, web: { image: 'w' } },
      volumes: { v: {} },
      secrets: { s: { file: './sub/s.txt' } },
    });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/include', severity: 'warning', file: 'compose.yaml', path: ['include', 0] }),
    ]);
  });

  it('merges a local resource over an included one of the same name, with a warning at the local one', () => {
    const r = run({
      'compose.yaml': 'include:\n  - inc.yaml\nservices:\n  db:\n    environment: {B: "2"}\n    ports: ["81:81"]\n',
      'inc.yaml': 'services:\n  db: {image: d, environment: {A: "1"}, ports: ["80:80"]}\n',
    });
    expect(r.data.services).toEqual({ db: { image: 'd', environment: { A: '1', B: '2' }, ports: ['80:80', '81:81'] } });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'compose/include-conflict', severity: 'warning', path: ['services', 'db'], atKey: true }));
  });

  it('merges a second include over a first one defining the same resource, warning at the second entry', () => {
    const r = run({
      'compose.yaml': 'include:\n  - a.yaml\n  - b.yaml\n',
      'a.yaml': 'networks:\n  n: {driver: overlay, labels: {a: "1"}}\n',
      'b.yaml': 'networks:\n  n: {labels: {b: "2"}}\n',
    });
    expect(r.data.networks).toEqual({ n: { driver: 'overlay', labels: { a: '1', b: '2' } } });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'compose/include-conflict', path: ['include', 1] }));
  });

  it('merges the files of one entry left to right, all relative to the entry\'s project directory', () => {
    const r = run({
      'compose.yaml': 'include:\n  - path: [a/main.yaml, b/override.yaml]\n',
      'a/main.yaml': 'services:\n  s: {image: one, env_file: x.env}\n',
      'b/override.yaml': 'services:\n  s: {image: two, env_file: y.env}\n',
    });
    expect(r.data.services).toEqual({ s: { image: 'two', env_file: ['./a/x.env', './a/y.env'] } });
  });

  it('uses project_directory for the included project\'s relative paths', () => {
    const r = run({
      'compose.yaml': 'include:\n  - path: inc/x.yaml\n    project_directory: other\n',
      'inc/x.yaml': 'services:\n  s: {build: ., volumes: ["../d:/d"]}\n',
    });
    expect(r.data.services).toEqual({ s: { build: './other', volumes: ['./d:/d'] } });
  });

  it('interpolates the included project with the env_file values the including environment does not set', () => {
    const r = run({
      'compose.yaml': 'include:\n  - path: inc/x.yaml\n    env_file: inc/vars.env\n',
      'inc/x.yaml': 'services:\n  s: {image: "${IMG}:${TAG}", environment: [FROM_FILE, SHELL_ONLY, UNSET]}\n',
      'inc/vars.env': 'IMG=app\nTAG=file\nFROM_FILE=f\n',
    }, 'compose.yaml', { TAG: 'shell', SHELL_ONLY: 'x' });
    expect(r.data.services).toEqual({ s: { image: 'app:shell', environment: ['FROM_FILE=f', 'SHELL_ONLY', 'UNSET'] } });
  });

  it('reads the included project directory\'s .env by default', () => {
    const r = run({
      'compose.yaml': 'include:\n  - inc/x.yaml\n',
      'inc/x.yaml': 'services:\n  s: {image: "${IMG}"}\n',
      'inc/.env': 'IMG=dotenv\n',
    });
    expect(r.data.services).toEqual({ s: { image: 'dotenv' } });
  });

  it('resolves nested includes against the included project directory', () => {
    const r = run({
      'compose.yaml': 'include:\n  - a/one.yaml\n',
      'a/one.yaml': 'include:\n  - b/two.yaml\nservices:\n  one: {image: one}\n',
      'a/b/two.yaml': 'services:\n  two: {build: ctx}\n',
    });
    expect(r.data.services).toEqual({ two: { build: './a/b/ctx' }, one: { image: 'one' } });
    // One note, for the entry in the user's own file.
    expect(r.diagnostics.filter((d) => d.code === 'compose/include')).toHaveLength(1);
  });

  it('lets a local service extend an included one', () => {
    const r = run({
      'compose.yaml': 'include:\n  - inc.yaml\nservices:\n  web: {extends: base, ports: ["80:80"]}\n',
      'inc.yaml': 'services:\n  base: {image: b}\n',
    });
    expect(r.data.services).toEqual({ base: { image: 'b' }, web: { image: 'b', ports: ['80:80'] } });
  });

  it.each<[string, Record<string, string>, { code: string; file: string; path: (string | number)[] }[]]>([
    ['missing file', { 'compose.yaml': 'include:\n  - nope.yaml\n' }, [{ code: 'compose/include-file', file: 'compose.yaml', path: ['include', 0] }]],
    ['missing file in a path list', { 'compose.yaml': 'include:\n  - path: [a.yaml, nope.yaml]\n', 'a.yaml': 'services: {}\n' },
      [{ code: 'compose/include-file', file: 'compose.yaml', path: ['include', 0, 'path', 1] }]],
    ['self include', { 'compose.yaml': 'include:\n  - compose.yaml\n' }, [{ code: 'compose/include-cycle', file: 'compose.yaml', path: ['include', 0] }]],
    ['two-file cycle, at the entry that closes it', { 'compose.yaml': 'include:\n  - a.yaml\n', 'a.yaml': 'include:\n  - path: compose.yaml\n' },
      [{ code: 'compose/include-cycle', file: 'a.yaml', path: ['include', 0, 'path'] }]],
    ['missing env_file', { 'compose.yaml': 'include:\n  - path: a.yaml\n    env_file: [nope.env]\n', 'a.yaml': 'services: {}\n' },
      [{ code: 'compose/include-env-file', file: 'compose.yaml', path: ['include', 0, 'env_file', 0] }]],
    ['not a list', { 'compose.yaml': 'include: a.yaml\n' }, [{ code: 'compose/include-invalid', file: 'compose.yaml', path: ['include'] }]],
    ['entry without path', { 'compose.yaml': 'include:\n  - env_file: x\n' }, [{ code: 'compose/include-invalid', file: 'compose.yaml', path: ['include', 0] }]],
    ['unknown entry key', { 'compose.yaml': 'include:\n  - {path: a.yaml, bogus: 1}\n' },
      [{ code: 'compose/include-invalid', file: 'compose.yaml', path: ['include', 0, 'bogus'] }]],
    ['extends error inside the included file, located there', { 'compose.yaml': 'include:\n  - a.yaml\n', 'a.yaml': 'services:\n  s: {extends: nope}\n' },
      [{ code: 'compose/extends-unknown-service', file: 'a.yaml', path: ['services', 's', 'extends'] }]],
  ])('error: %s', (_name, files, want) => {
    const r = run(files);
    expect(errors(r.diagnostics)).toEqual(want);
    expect(r.data).not.toHaveProperty('include');
  });

  it('/dev/null env files are skipped', () => {
    const r = run({ 'compose.yaml': 'include:\n  - path: a.yaml\n    env_file: /dev/null\n', 'a.yaml': 'services:\n  a: {image: a}\n' });
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.data.services).toEqual({ a: { image: 'a' } });
  });
});

describe('resolveIncludes: corpus', () => {
  it.each<[string, Record<string, unknown>]>([
    ['compose-go-include-with-service', {
      services: {
        imported: { image: 'nginx', container_name: 'imported', env_file: ['./subdir/extra.env'], volumes: ['/opt/data:/var/lib/mysql'] },
        bar: { image: 'bar', environment: ['FOO=BAR'] },
      },
    }],
    ['compose-go-include-extends-combined', { services: { service: { build: './dir' } } }],
  ])('%s', (name, want) => {
    const { files, main } = corpusProject(name);
    const r = run(files, main);
    expect(r.data).toEqual(want);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.path])).toEqual([['compose/include', 'warning', main, ['include', 0]]]);
  });
});
