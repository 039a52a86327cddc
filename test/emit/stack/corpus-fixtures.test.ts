import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { emitStackYaml } from '../../../src/emit/stack/index.js';
import { parseDockerOutput } from './docker-output-adapter.js';

// Fixtures: `<case>.docker.yml` is `docker stack config` output (docker CLI 28.2.2) for a corpus
// case; `<case>.stackc.yml`, when present, is what we print instead because docker's text is not
// a valid stack for its version or is re-interpolated (`$`). Each `.stackc.yml` was fed back to
// `docker stack config`, which read it to exactly the same configuration as the original input.
const dir = new URL('../fixtures/corpus/', import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.docker.yml'))
  .map((f) => f.slice(0, -'.docker.yml'.length))
  .sort();

function fixture(name: string): string {
  return readFileSync(new URL(name, dir), 'utf8');
}

describe('emitStackYaml reproduces docker stack config on corpus outputs', () => {
  it.each(cases)('%s: byte-identical body', (name) => {
    const text = fixture(`${name}.docker.yml`);
    const config = parseDockerOutput(text);
    const version = config.version;
    // Compare the writer under the newest schema, where docker's forms are all valid; the
    // version-specific rewrites are covered by the `.stackc.yml` check below.
    config.version = '3.13';
    const out = emitStackYaml(config, { escapeDollar: false }).replace('version: "3.13"\n', `version: "${version}"\n`);
    expect(out).toBe(text);
  });

  it.each(cases)('%s: valid deployable stack (escapeDollar, version forms)', (name) => {
    const text = fixture(`${name}.docker.yml`);
    const expected = existsSync(new URL(`${name}.stackc.yml`, dir)) ? fixture(`${name}.stackc.yml`) : text;
    expect(emitStackYaml(parseDockerOutput(text), { escapeDollar: true })).toBe(expected);
  });
});

describe('emitStackYaml reproduces docker on tricky scalars and keys', () => {
  it('quoting fixture (labels, keys, literals, numbers, extensions)', () => {
    // test/emit/fixtures/quoting.docker.yml = `docker stack config -c quoting.compose.yml`.
    // legacyForms off: docker's own bytes, including its unreadable zero ulimit (`core: {}`).
    const text = readFileSync(new URL('../fixtures/quoting.docker.yml', import.meta.url), 'utf8');
    expect(emitStackYaml(parseDockerOutput(text), { escapeDollar: false, legacyForms: false })).toBe(text);
  });
});
