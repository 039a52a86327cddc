import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProjectEnv, parseDotEnv } from '../../src/compose/project-env.js';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import type { Env } from '../../src/options.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

/** Parse one .env text with an external lookup; returns the values and the diagnostics. */
function parse(text: string, shell: Record<string, string> = {}) {
  const diagnostics: DiagnosticInput[] = [];
  const values = parseDotEnv(text, '.env', (k) => shell[k], (d) => diagnostics.push(d));
  return { values: { ...values }, diagnostics };
}

/** An in-memory file system rooted at /p. */
function memFs(files: Record<string, string>) {
  const readFile = (p: string): Uint8Array => {
    if (p in files) return new TextEncoder().encode(files[p]);
    if (Object.keys(files).some((f) => f.startsWith(p + '/'))) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  };
  const exists = (p: string): boolean => p in files || Object.keys(files).some((f) => f.startsWith(p + '/'));
  return { readFile, exists };
}

function load(files: Record<string, string>, shell: Env, envFiles?: string[]) {
  const diagnostics: DiagnosticInput[] = [];
  const env = loadProjectEnv({ projectDir: '/p', envFiles, shell, ...memFs(files), report: (d) => diagnostics.push(d) });
  return { env: { ...env }, diagnostics };
}

describe('parseDotEnv: syntax (compose-spec.md §3.4)', () => {
  it.each([
    ['plain', 'A=1\nB=two words\n', { A: '1', B: 'two words' }],
    ['blank lines, comments and indentation', '\n# c\n   # c2\n  A=1\n\n', { A: '1' }],
    ['BOM-free CRLF lines', 'A=1\r\nB=2\r\n', { A: '1', B: '2' }],
    ['export prefix', 'export A=1\nexport\tB=2\nexportC=3\n', { A: '1', B: '2', exportC: '3' }],
    ['yaml-like separator', 'A: 1\n', { A: '1' }],
    ['spaces around key and after separator', '  A =  x  \n', { A: 'x' }],
    ['empty value', 'A=\nB=2\n', { A: '', B: '2' }],
    ['key characters', 'a.b-c[0]_d=1\n1X=2\n', { 'a.b-c[0]_d': '1', '1X': '2' }],
    ['inline comment needs a space', 'A=1 # c\nB=1#c\nC=1\t#c\n', { A: '1', B: '1#c', C: '1\t#c' }],
    ['unquoted backslashes are literal', 'A=a\\tb\n', { A: 'a\\tb' }],
    ['single quotes are literal', "A='x $FOO \\n \\' y'\n", { A: "x $FOO \\n ' y" }],
    ['single quotes span lines', "A='1\n2'\nB=3\n", { A: '1\n2', B: '3' }],
    ['double-quote escapes', 'A="a\\tb\\nc\\\\d\\"e"\n', { A: 'a\tb\nc\\d"e' }],
    ['double quotes keep unknown escapes', 'A="\\x07\\u12e4\\c"\n', { A: '\\x07\\u12e4\\c' }],
    ['octal escape', 'A="\\0123"\n', { A: 'S' }],
    ['escaped dollar is literal', 'FOO=x\nA="\\$FOO"\n', { FOO: 'x', A: '$FOO' }],
    ['double quotes span lines', 'A="1\n2"\n', { A: '1\n2' }],
    ['comment after the closing quote', 'A="1" # c\n', { A: '1' }],
    ['text after the closing quote is a new statement', 'A="1" B=2\n', { A: '1', B: '2' }],
    ['later assignment wins', 'A=1\nA=2\n', { A: '2' }],
    ['empty key is accepted', '=x\n', { '': 'x' }],
    ['last line without newline', 'A=1', { A: '1' }],
  ])('%s', (_name, text, expected) => {
    const { values, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(values).toEqual(expected);
  });

  it.each([
    ['interpolates unquoted values', 'A=1\nB=${A}-$A\n', {}, { A: '1', B: '1-1' }],
    ['interpolates double-quoted values', 'A=1\nB="${A:-x} ${C:-d}"\n', {}, { A: '1', B: '1 d' }],
    ['never single-quoted ones', "A=1\nB='${A}'\n", {}, { A: '1', B: '${A}' }],
    ['looks up the shell first', 'OPTION_A=1\nOPTION_B=${OPTION_A}\n', { OPTION_A: '5' }, { OPTION_A: '1', OPTION_B: '5' }],
    ['$$ is a literal dollar', 'A=$$HOME\n', {}, { A: '$HOME' }],
    ['inherits a bare key from the lookup', 'A\nB\n', { A: 'shell' }, { A: 'shell' }],
    ['inherits on the last line without newline', 'A', { A: 'shell' }, { A: 'shell' }],
  ])('%s', (_name, text, shell, expected) => {
    const { values, diagnostics } = parse(text, shell);
    expect(diagnostics).toEqual([]);
    expect(values).toEqual(expected);
  });

  it.each([
    ['A B=1\n', 'compose/env-syntax', 'key cannot contain a space', [0, 3]],
    ['A$B=1\n', 'compose/env-syntax', 'unexpected character "$" in variable name "A$B=1"', [1, 2]],
    ['A="open\n', 'compose/env-syntax', 'unterminated quoted value "open', [2, 7]],
    ['A=${X:?needed}\n', 'interpolate/required-variable', 'required variable X is missing a value: needed', [2, 14]],
    ['A=${ }\n', 'interpolate/invalid-template', 'invalid template "${ }"', [2, 6]],
  ])('%j reports %s', (text, code, message, offset) => {
    const { diagnostics } = parse(text);
    expect(diagnostics).toEqual([expect.objectContaining({ code, severity: 'error', message, file: '.env', offset })]);
  });

  it('keeps parsing after an error and gives the line in composeMessage', () => {
    const { values, diagnostics } = parse('A=1\nB C=2\nD=4\n');
    expect(values).toEqual({ A: '1', D: '4' });
    expect(diagnostics[0]?.data).toMatchObject({ composeMessage: 'line 2: key cannot contain a space' });
  });

  it('warns about unset variables', () => {
    const { values, diagnostics } = parse('A=x${NOPE}y\n');
    expect(values).toEqual({ A: 'xy' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'interpolate/unset-variable', severity: 'warning', data: { variable: 'NOPE' } })]);
  });
});

describe('loadProjectEnv: sources and precedence (compose-spec.md §1.A, §1.F)', () => {
  it.each([
    ['reads the project .env', { '/p/.env': 'A=dot' }, {}, undefined, { A: 'dot' }],
    ['the shell wins', { '/p/.env': 'A=dot\nB=dot' }, { A: 'shell' }, undefined, { A: 'shell', B: 'dot' }],
    ['an unset shell entry does not hide the file', { '/p/.env': 'A=dot' }, { A: undefined }, undefined, { A: 'dot' }],
    ['no .env is fine', {}, { S: '1' }, undefined, { S: '1' }],
    ['--env-file replaces .env, later files win', { '/p/.env': 'A=dot', '/p/one.env': 'A=1\nB=1', '/p/two.env': 'B=2' }, {}, ['one.env', 'two.env'], { A: '1', B: '2' }],
    ['later files see earlier values', { '/p/one.env': 'A=1', '/p/two.env': 'B=${A}2' }, {}, ['one.env', 'two.env'], { A: '1', B: '12' }],
    ['absolute env files', { '/elsewhere/e.env': 'A=abs' }, {}, ['/elsewhere/e.env'], { A: 'abs' }],
    ['COMPOSE_ENV_FILES when no --env-file', { '/p/.env': 'A=dot', '/p/x.env': 'A=x' }, { COMPOSE_ENV_FILES: 'x.env' }, undefined, { A: 'x', COMPOSE_ENV_FILES: 'x.env' }],
    ['COMPOSE_DISABLE_ENV_FILE', { '/p/.env': 'A=dot' }, { COMPOSE_DISABLE_ENV_FILE: 'true' }, undefined, { COMPOSE_DISABLE_ENV_FILE: 'true' }],
    ['a directory named .env is ignored', { '/p/.env/x': '' }, {}, undefined, {}],
  ] as const)('%s', (_name, files, shell, envFiles, expected) => {
    const { env, diagnostics } = load({ ...files }, { ...shell }, envFiles ? [...envFiles] : undefined);
    expect(diagnostics).toEqual([]);
    expect(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it('reports a missing or directory --env-file at the file', () => {
    const { diagnostics } = load({ '/p/d/x': '' }, {}, ['missing.env', 'd']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'compose/env-file-not-found', file: 'missing.env', message: "couldn't find env file: /p/missing.env" }),
      expect.objectContaining({ code: 'compose/env-file-not-found', file: 'd', message: '/p/d is a directory' }),
    ]);
  });

  it('rejects an unparsable COMPOSE_DISABLE_ENV_FILE', () => {
    const { diagnostics } = load({}, { COMPOSE_DISABLE_ENV_FILE: 'maybe' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'compose/invalid-env-setting', severity: 'error' })]);
  });
});

/** The corpus case's folder as a project: the real files, read from fixtures/corpus. */
function corpusEnv(name: string, shell: Env, envFiles?: string[]) {
  const diagnostics: DiagnosticInput[] = [];
  const projectDir = resolve(corpus, name);
  const env = loadProjectEnv({ projectDir, envFiles, shell, readFile: (p) => readFileSync(p), exists: existsSync, report: (d) => diagnostics.push(d) });
  return { env: { ...env }, diagnostics };
}

describe('loadProjectEnv on the corpus', () => {
  it.each([
    ['compose-go-cli-simple-variables', {}, undefined, { PUBLIC_PORT: '8000' }],
    ['compose-go-cli-simple-overrides', {}, undefined, { PUBLIC_PORT: '8000' }],
    ['compose-go-cli-env-files', {}, undefined, { COMPOSE_FILE: 'compose-with-env-file.yaml', COMPOSE_PROJECT_NAME: 'my_project_from_dot_env', PORT: '8000' }],
    // compose-go's test layers override.env with --env-file, which replaces the project .env
    ['compose-go-cli-env-files', {}, ['override.env'], { PORT: '9000' }],
    ['compose-go-cli-env-files', { PORT: '1234' }, ['override.env'], { PORT: '1234' }],
    ['docker-compose-fixture-env-interpolation', {}, undefined, { WHEREAMI: 'EnvFile', IMAGE: 'default_env:EnvFile' }],
    // the shell value is used while the .env itself is interpolated
    ['docker-compose-fixture-env-interpolation', { WHEREAMI: 'Shell' }, undefined, { WHEREAMI: 'Shell', IMAGE: 'default_env:Shell' }],
    // the include's env_file, in the same syntax
    ['docker-compose-fixture-env-secret', { SECRET: 'BAR' }, ['secret.env'], { SECRET: 'BAR', MY_SECRET: 'this-is-secret' }],
  ] as const)('%s with shell %j and env files %j', (name, shell, envFiles, expected) => {
    const { env, diagnostics } = corpusEnv(name, { ...shell }, envFiles ? [...envFiles] : undefined);
    expect(diagnostics).toEqual([]);
    expect(env).toEqual(expected);
  });

  it('matches the env each corpus SOURCE.json recorded from its .env', () => {
    for (const name of ['compose-go-cli-simple-variables', 'compose-go-cli-env-files', 'docker-compose-fixture-env-interpolation']) {
      const source = JSON.parse(readFileSync(resolve(corpus, name, 'SOURCE.json'), 'utf8')) as { env: Record<string, string> };
      expect(corpusEnv(name, {}).env).toEqual(source.env);
    }
  });
});
