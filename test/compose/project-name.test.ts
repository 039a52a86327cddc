import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProjectEnv } from '../../src/compose/project-env.js';
import { isValidProjectName, resolveProjectName, sanitizeProjectName } from '../../src/compose/project-name.js';
import type { RawDocument } from '../../src/compose/types.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/index.js';
import type { Env } from '../../src/options.js';

function run(opts: { flag?: string; env?: Env; names?: unknown[]; projectDir?: string }) {
  const diagnostics: DiagnosticInput[] = [];
  const documents: RawDocument[] = (opts.names ?? []).map((name, i) => ({
    file: `f${i}.yml`,
    data: name === undefined ? { services: {} } : { name, services: {} },
  }));
  const name = resolveProjectName({
    flag: opts.flag,
    env: opts.env ?? {},
    documents,
    projectDir: opts.projectDir ?? '/work/My.Project',
    report: (d) => diagnostics.push(d),
  });
  return { name, diagnostics };
}

describe('sanitizeProjectName (compose-spec.md §1.E)', () => {
  it.each([
    ['simple', 'simple'],
    ['My.Project', 'myproject'],
    ['  spaced name ', 'spacedname'],
    ['__-lead_ing', 'lead_ing'],
    ['Ünïcode-ok', 'ncode-ok'],
    ['dots.and_under-scores', 'dotsand_under-scores'],
    ['...', ''],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeProjectName(input)).toBe(expected);
  });

  it.each([
    ['my_project', true],
    ['1abc', true],
    ['Abc', false],
    ['-abc', false],
    ['a.b', false],
    ['', false],
  ])('isValidProjectName(%j) = %s', (input, valid) => {
    expect(isValidProjectName(input)).toBe(valid);
  });
});

describe('resolveProjectName: precedence', () => {
  it.each([
    ['the -p flag first', { flag: 'flagged', env: { COMPOSE_PROJECT_NAME: 'fromenv' }, names: ['declared'] }, 'flagged'],
    ['then COMPOSE_PROJECT_NAME (e.g. from .env)', { env: { COMPOSE_PROJECT_NAME: 'my_project_from_dot_env' }, names: ['declared'] }, 'my_project_from_dot_env'],
    ['an empty flag counts as absent', { flag: '', env: { COMPOSE_PROJECT_NAME: 'fromenv' } }, 'fromenv'],
    ['then the last non-empty name: of the documents', { names: ['first', undefined, 'last', ''] }, 'last'],
    ['name: is interpolated', { env: { STAGE: 'prod' }, names: ['app-${STAGE:-dev}'] }, 'app-prod'],
    ['name: with an unset variable defaults', { names: ['app-${STAGE:-dev}'] }, 'app-dev'],
    ['then the project directory', {}, 'myproject'],
    ['a name that interpolates to empty is skipped', { names: ['${NOTHING}'], projectDir: '/x/dir' }, 'dir'],
  ] as const)('%s', (_name, opts, expected) => {
    const { name, diagnostics } = run({ ...opts, names: opts && 'names' in opts ? [...opts.names] : undefined });
    expect(diagnostics).toEqual([]);
    expect(name).toBe(expected);
  });

  it('warns, located at name:, when a declared name is sanitized', () => {
    const { name, diagnostics } = run({ names: ['My App'] });
    expect(name).toBe('myapp');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/project-name-sanitized', severity: 'warning', file: 'f0.yml', path: ['name'] }),
    ]);
  });

  it.each([
    ['-p', { flag: 'Bad.Name' }, 'badname'],
    ['COMPOSE_PROJECT_NAME', { env: { COMPOSE_PROJECT_NAME: '_under' } }, 'under'],
  ])('rejects an invalid %s', (source, opts, fallback) => {
    const { name, diagnostics } = run(opts);
    expect(name).toBe(fallback);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/invalid-project-name', severity: 'error', data: expect.objectContaining({ source: source === '-p' ? '-p/--project-name' : source }) }),
    ]);
    expect(diagnostics[0]?.message).toMatch(/^invalid project name ".*": must consist only of lowercase alphanumeric characters/);
  });

  it.each([
    ['a declared name', { names: ['...'] }, { file: 'f0.yml', path: ['name'] }],
    ['the directory', { projectDir: '/' }, {}],
  ])('an empty result from %s is an error', (_what, opts, where) => {
    const { name, diagnostics } = run(opts);
    expect(name).toBe('');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'compose/empty-project-name', message: 'project name must not be empty', ...where })]);
  });

  it('reports a name: that is not a string', () => {
    const { name, diagnostics } = run({ names: [42], projectDir: '/x/dir' });
    expect(name).toBe('dir');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'compose/invalid-project-name', message: 'name must be a string', path: ['name'] })]);
  });
});

describe('resolveProjectName on the corpus', () => {
  const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');
  const load = (name: string, file: string): RawDocument => {
    const absPath = join(corpus, name, file);
    return { file, absPath, data: loadFile({ file, absPath, bytes: readFileSync(absPath) }, () => undefined).data as Record<string, unknown> };
  };
  it.each([
    // COMPOSE_PROJECT_NAME comes from the project's .env
    ['compose-go-cli-env-files', 'compose-with-env-files.yaml', 'my_project_from_dot_env'],
    ['awesome-compose-react-rust-postgres', 'compose.yaml', 'react-rust-postgres'],
    // no name anywhere: the folder, sanitized
    ['docker-compose-fixture-profiles', 'docker-compose.yaml', 'docker-compose-fixture-profiles'],
  ])('%s is named %s', (name, file, expected) => {
    const diagnostics: DiagnosticInput[] = [];
    const projectDir = join(corpus, name);
    const env = loadProjectEnv({ projectDir, shell: {}, readFile: (p) => readFileSync(p), exists: existsSync, report: (d) => diagnostics.push(d) });
    expect(resolveProjectName({ env, documents: [load(name, file)], projectDir, report: (d) => diagnostics.push(d) })).toBe(expected);
    expect(diagnostics).toEqual([]);
  });
});
