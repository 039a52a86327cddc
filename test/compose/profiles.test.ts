import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activeProfiles, applyProfiles, collectServiceProfiles } from '../../src/compose/profiles.js';
import type { RawDocument } from '../../src/compose/types.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

function apply(services: Record<string, unknown>, active: string[], extra: Record<string, unknown> = {}) {
  const diagnostics: DiagnosticInput[] = [];
  const doc: RawDocument = { file: 'c.yml', data: { ...extra, services } };
  const snapshot = structuredClone(doc);
  const out = applyProfiles(doc, active, (d) => diagnostics.push(d));
  expect(doc).toEqual(snapshot);
  return { out: out.data, services: out.data['services'] as Record<string, Record<string, unknown>>, diagnostics };
}

const codes = (ds: DiagnosticInput[]) => ds.map((d) => d.code);

describe('activeProfiles', () => {
  it.each([
    [['a', 'b'], { COMPOSE_PROFILES: 'c' }, ['a', 'b']],
    [[], { COMPOSE_PROFILES: ' c , d,,c ' }, ['c', 'd']],
    [undefined, {}, []],
    [undefined, { COMPOSE_PROFILES: '' }, []],
    [['*'], {}, ['*']],
  ])('flags %j, env %j → %j', (flags, env, expected) => {
    expect(activeProfiles(flags, env)).toEqual(expected);
  });
});

describe('applyProfiles: which services stay', () => {
  const services = {
    always: { image: 'a' },
    empty: { image: 'e', profiles: [] },
    dev: { image: 'd', profiles: ['dev'] },
    both: { image: 'b', profiles: ['dev', 'debug'] },
  };
  it.each([
    [[], ['always', 'empty']],
    [['dev'], ['always', 'empty', 'dev', 'both']],
    [['debug'], ['always', 'empty', 'both']],
    [['other'], ['always', 'empty']],
    [['*'], ['always', 'empty', 'dev', 'both']],
  ])('active %j keeps %j', (active, kept) => {
    const { services: out } = apply(services, active);
    expect(Object.keys(out)).toEqual(kept);
    for (const s of Object.values(out)) expect(s).not.toHaveProperty('profiles');
  });

  it('warns, located, for each left-out service and each dropped profiles key', () => {
    const { diagnostics } = apply(services, ['debug']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/profiles-dropped', severity: 'warning', path: ['services', 'empty', 'profiles'], atKey: true }),
      expect.objectContaining({ code: 'compose/service-disabled-by-profiles', severity: 'warning', path: ['services', 'dev'], atKey: true, data: expect.objectContaining({ profiles: ['dev'] }) }),
      expect.objectContaining({ code: 'compose/profiles-dropped', severity: 'warning', path: ['services', 'both', 'profiles'] }),
    ]);
  });

  it('never filters top-level resources and leaves a file without services alone', () => {
    const { out } = apply({ dev: { image: 'd', profiles: ['dev'] } }, [], { volumes: { data: {} }, networks: { n: {} } });
    expect(out).toEqual({ volumes: { data: {} }, networks: { n: {} }, services: {} });
    const doc: RawDocument = { file: 'c.yml', data: { volumes: {} } };
    expect(applyProfiles(doc, [], () => undefined)).toBe(doc);
  });

  it('reports profiles that are not a list of strings', () => {
    const { diagnostics } = apply({ a: { image: 'a', profiles: 'dev' }, b: { image: 'b', profiles: ['x', 3] } }, ['x']);
    expect(diagnostics.filter((d) => d.code === 'compose/invalid-profiles').map((d) => d.path)).toEqual([
      ['services', 'a', 'profiles'],
      ['services', 'b', 'profiles', 1],
    ]);
  });
});

describe('applyProfiles: dependencies on left-out services', () => {
  const db = { image: 'db', profiles: ['data'] };
  it.each([
    ['depends_on list', { depends_on: ['db'] }, ['services', 'web', 'depends_on', 0], false],
    ['depends_on mapping', { depends_on: { db: { condition: 'service_started' } } }, ['services', 'web', 'depends_on', 'db'], true],
    ['links with alias', { links: ['db:database'] }, ['services', 'web', 'links', 0], false],
    ['network_mode service:', { network_mode: 'service:db' }, ['services', 'web', 'network_mode'], false],
    ['ipc service:', { ipc: 'service:db' }, ['services', 'web', 'ipc'], false],
    ['volumes_from with mode', { volumes_from: ['db:ro'] }, ['services', 'web', 'volumes_from', 0], false],
  ])('%s is an error at the reference', (_name, fields, path, atKey) => {
    const { diagnostics } = apply({ web: { image: 'w', ...fields }, db }, []);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'compose/dependency-disabled',
        path,
        atKey,
        data: expect.objectContaining({ service: 'web', dependency: 'db', profiles: ['data'], composeMessage: 'service "web" depends on undefined service "db": invalid compose project' }),
      }),
    ]);
  });

  it.each([
    ['the dependency is active', { depends_on: ['db'] }, ['data']],
    ['the dependant is left out too', { depends_on: ['db'], profiles: ['other'] }, []],
    ['volumes_from a container', { volumes_from: ['container:db'] }, []],
    ['an unknown service (not a profiles matter)', { depends_on: ['ghost'] }, []],
    ['network_mode host', { network_mode: 'host' }, []],
  ])('no error when %s', (_name, fields, active) => {
    const { diagnostics } = apply({ web: { image: 'w', ...fields }, db }, active);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('drops a `required: false` dependency with a warning', () => {
    const { services, diagnostics } = apply({ web: { image: 'w', depends_on: { db: { condition: 'service_started', required: false }, cache: { condition: 'service_started' } } }, db, cache: { image: 'c' } }, []);
    expect(services['web']).toEqual({ image: 'w', depends_on: { cache: { condition: 'service_started' } } });
    expect(codes(diagnostics)).toEqual(['compose/optional-dependency-disabled', 'compose/service-disabled-by-profiles']);
  });
});

describe('applyProfiles with the project-wide profiles', () => {
  const base: RawDocument = { file: 'base.yml', data: { services: { web: { image: 'w', depends_on: ['db'] }, db: { image: 'db', profiles: ['data'] } } } };
  const override: RawDocument = { file: 'override.yml', data: { services: { db: { environment: { A: '1' } }, web: { depends_on: ['db'] } } } };
  const projectProfiles = collectServiceProfiles([base, override]);

  it('collects each service’s profiles across files (union, first-seen order)', () => {
    const more: RawDocument = { file: 'more.yml', data: { services: { db: { profiles: ['x', 'data'] } } } };
    expect(collectServiceProfiles([base, override, more])).toEqual(new Map([['web', []], ['db', ['data', 'x']]]));
  });

  it('leaves a service out of an override that does not repeat its profiles', () => {
    const diagnostics: DiagnosticInput[] = [];
    const out = applyProfiles(override, [], (d) => diagnostics.push(d), { projectProfiles });
    expect(Object.keys(out.data['services'] as object)).toEqual(['web']);
    expect(codes(diagnostics)).toEqual(['compose/service-disabled-by-profiles', 'compose/dependency-disabled']);
    expect(diagnostics.map((d) => d.file)).toEqual(['override.yml', 'override.yml']);
  });

  it('checks a dependency declared in another file', () => {
    const only: RawDocument = { file: 'o.yml', data: { services: { api: { image: 'a', links: ['db'] } } } };
    const diagnostics: DiagnosticInput[] = [];
    applyProfiles(only, [], (d) => diagnostics.push(d), { projectProfiles: collectServiceProfiles([base, only]) });
    expect(codes(diagnostics)).toEqual(['compose/dependency-disabled']);
  });
});

function loadCorpus(name: string): RawDocument[] {
  const dir = join(corpus, name);
  const source = JSON.parse(readFileSync(join(dir, 'SOURCE.json'), 'utf8')) as { files: string[] };
  return source.files.map((file) => {
    const absPath = join(dir, file);
    const loaded = loadFile({ file, absPath, bytes: readFileSync(absPath) }, () => undefined);
    return { file, absPath, data: loaded.data as Record<string, unknown> };
  });
}

describe('applyProfiles on the corpus', () => {
  it.each([
    ['docker-compose-fixture-profiles', [], ['db'], []],
    ['docker-compose-fixture-profiles', ['test'], ['foo', 'bar', 'db'], []],
    ['kong-compose', [], ['kong'], []],
    ['kong-compose', ['database'], ['kong-migrations', 'kong-migrations-up', 'kong', 'db'], []],
    ['example-voting-app-compose', [], ['vote', 'result', 'worker', 'redis', 'db'], []],
    ['example-voting-app-compose', ['seed'], ['vote', 'result', 'worker', 'redis', 'db', 'seed'], []],
    ['docker-elk-with-extensions', [], ['elasticsearch', 'logstash', 'kibana', 'metricbeat', 'filebeat'], []],
    ['docker-elk-with-extensions', ['setup'], ['setup', 'kibana-genkeys', 'elasticsearch', 'logstash', 'kibana', 'metricbeat', 'filebeat'], []],
  ])('%s with %j keeps %j', (name, active, kept, errors) => {
    const docs = loadCorpus(name);
    const projectProfiles = collectServiceProfiles(docs);
    const diagnostics: DiagnosticInput[] = [];
    const out = docs.map((d) => applyProfiles(d, active, (x) => diagnostics.push(x), { projectProfiles }));
    const services = out.flatMap((d) => Object.keys((d.data['services'] ?? {}) as object));
    expect(services).toEqual(kept);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(errors);
    for (const d of out) for (const s of Object.values((d.data['services'] ?? {}) as Record<string, object>)) expect(s).not.toHaveProperty('profiles');
    // every note is located in the file that wrote it
    for (const d of diagnostics) expect(d.path).toBeDefined();
  });
});
