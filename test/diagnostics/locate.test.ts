import { describe, expect, it } from 'vitest';
import { Locator } from '../../src/diagnostics/locate.js';

const text = [
  'x-base: &base', //                       1
  '  image: "nginx:${TAG"', //              2
  'services:', //                           3
  '  web:', //                              4
  '    <<: *base', //                       5
  '    ports:', //                          6
  '      - "80:80:80"', //                  7
  '    bogus: 1', //                        8
  '',
].join('\n');

describe('Locator', () => {
  const locator = new Locator(new Map([['compose.yml', text]]));
  const at = (d: object) => locator.locate({ code: 't/x', severity: 'error', message: 'm', file: 'compose.yml', ...d });

  it('points at a value by document path', () => {
    expect(at({ path: ['services', 'web', 'ports', 0] })).toMatchObject({ line: 7, column: 9, endLine: 7, endColumn: 19 });
  });

  it('points at the key when asked (unknown keys)', () => {
    expect(at({ path: ['services', 'web', 'bogus'], atKey: true })).toMatchObject({ line: 8, column: 5, endColumn: 10 });
  });

  it('follows << merge keys to the anchor where the text is', () => {
    expect(at({ path: ['services', 'web', 'image'] })).toMatchObject({ line: 2, column: 10 });
  });

  it('points inside a quoted string at the ${...} text', () => {
    expect(at({ path: ['services', 'web', 'image'], inner: [6, 10] })).toMatchObject({ line: 2, column: 17, endColumn: 21 });
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(at({ path: ['services', 'web', 'deploy', 'replicas'] })).toMatchObject({ line: 4, column: 3 });
  });

  it('uses offsets directly when given', () => {
    expect(at({ offset: [text.indexOf('ports'), text.indexOf('ports') + 5] })).toMatchObject({ line: 6, column: 5 });
  });

  it('leaves diagnostics without a file unlocated', () => {
    expect(locator.locate({ code: 't/x', severity: 'error', message: 'm' })).not.toHaveProperty('line');
  });
});

describe('Locator on text js-yaml refuses but docker reads', () => {
  // A flow list closed at its key's indentation (seen in the OpenTelemetry demo's compose file):
  // the event parser refuses it, so the index falls back to the yaml package.
  const text = 'services:\n  a:\n    command: [\n      "x"\n    ]\n    image: 1\n';
  const locator = new Locator(new Map([['c.yml', text]]));
  it('still locates by path', () => {
    expect(locator.locate({ code: 't/x', severity: 'error', message: 'm', file: 'c.yml', path: ['services', 'a', 'image'] })).toMatchObject({ line: 6, column: 12 });
  });
});
