import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../src/diagnostics/diagnostic.js';
import { interpolateDocument } from '../../src/interpolate/index.js';
import { loadFile } from '../../src/load/index.js';

/**
 * The loader notes which containers hold a string with a `$` (LoadedFile.withDollar) and
 * interpolation walks only those. Skipping a container that does hold one would silently leave a
 * `${VAR}` unsubstituted, so: the same result and the same diagnostics as a full walk, on every
 * fixture and on the shapes that share or copy nodes (aliases, merge keys).
 */

const ENV = { TAG: '1.25', HOME: '/home/u', EMPTY: '', PORT: '8080', REPLICAS: '3' };

function interpolateBoth(text: string, file = 'compose.yml') {
  const loaded = loadFile({ file, bytes: new TextEncoder().encode(text) }, () => {});
  const full: DiagnosticInput[] = [];
  const indexed: DiagnosticInput[] = [];
  return {
    loaded,
    full: { data: interpolateDocument(loaded.data, { file, env: ENV }, (d) => void full.push(d)), reports: full },
    indexed: { data: interpolateDocument(loaded.data, { file, env: ENV, withDollar: loaded.withDollar }, (d) => void indexed.push(d)), reports: indexed },
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(entry.name) ? [p] : [];
  });
}

describe('interpolation over the loader\'s list of containers with a `$`', () => {
  it.each([
    ['a nested value', 'services:\n  web:\n    image: "nginx:${TAG}"\n    ports: ["80:80"]\n'],
    ['a list item', 'services:\n  web:\n    command: [sh, -c, "echo $HOME"]\n'],
    ['a key only (keys are not interpolated)', 'services:\n  web:\n    labels:\n      $KEY: x\n'],
    ['an alias of a container', 'x-env: &env\n  A: ${TAG}\nservices:\n  web:\n    environment: *env\n'],
    ['an alias of a string', 'x-img: &img "nginx:${TAG}"\nservices:\n  web:\n    image: *img\n'],
    ['a merge key', 'x-base: &base\n  image: "nginx:${TAG}"\nservices:\n  web:\n    <<: *base\n    ports: ["80:80"]\n'],
    ['a merge of a sequence', 'x-a: &a {image: "a:${TAG}"}\nx-b: &b {user: root}\nservices:\n  web:\n    <<: [*b, *a]\n'],
    ['a cast', 'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: ${REPLICAS}\n'],
    ['a template error', 'services:\n  web:\n    image: "nginx:${TAG"\n'],
    ['no `$` at all', 'services:\n  web:\n    image: nginx\n'],
  ])('%s', (_name, text) => {
    const { loaded, full, indexed } = interpolateBoth(text);
    expect(loaded.withDollar, 'the fast constructor decided').toBeDefined();
    expect(indexed.data).toEqual(full.data);
    expect(indexed.reports).toEqual(full.reports);
  });

  it('skips the containers without one', () => {
    const { loaded, indexed } = interpolateBoth('services:\n  web:\n    image: "nginx:${TAG}"\n    ports: ["80:80"]\n');
    const services = (loaded.data as { services: { web: { ports: unknown } } }).services;
    expect(loaded.withDollar!.has(services.web)).toBe(true);
    expect(loaded.withDollar!.has(services.web.ports as object)).toBe(false);
    // Untouched containers are shared with the input, not copied.
    expect((indexed.data as typeof loaded.data & { services: { web: { ports: unknown } } }).services.web.ports).toBe(services.web.ports);
  });

  it('gives a full walk\'s result on every fixture', () => {
    const files = yamlFiles(join(import.meta.dirname, '../../fixtures'));
    expect(files.length).toBeGreaterThan(300);
    let indexedFiles = 0;
    for (const file of files) {
      const { loaded, full, indexed } = interpolateBoth(readFileSync(file, 'utf8'), file);
      if (loaded.data === undefined) continue;
      if (loaded.withDollar) indexedFiles++;
      expect(indexed.data, file).toEqual(full.data);
      expect(indexed.reports, file).toEqual(full.reports);
    }
    expect(indexedFiles).toBeGreaterThan(300);
  });
});
