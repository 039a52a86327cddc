import { describe, expect, it } from 'vitest';
import { EventTree } from '../../src/diagnostics/event-tree.js';

const text = [
  'x-a: &a {image: "img:1", user: u}',
  'x-a: &a {image: "img:2"}',
  'x-b: &b',
  '  <<: *a',
  '  init: true',
  'x-c: *b',
  'services:',
  '  web:',
  '    <<: [*b, {ports: [80]}]',
  '    "quoted key": \'v\'',
  '    command: ["a", "b"]',
  '    dup: 1',
  '    dup: 2',
  '---',
  'other: 1',
  '',
].join('\n');

describe('EventTree', () => {
  const tree = new EventTree(text);
  const at = (path: (string | number)[]) => {
    const hit = tree.find(path);
    const slice = (r?: readonly [number, number]) => r && text.slice(r[0], r[1]);
    return { value: slice(hit.value), key: slice(hit.key), quoted: hit.quoted, exact: hit.exact };
  };

  it('follows << merges through aliases, chained merges and a list of sources', () => {
    expect(at(['services', 'web', 'image'])).toEqual({ value: '"img:2"', key: 'image', quoted: true, exact: true });
    expect(at(['services', 'web', 'init'])).toEqual({ value: 'true', key: 'init', quoted: false, exact: true });
    expect(at(['services', 'web', 'ports', 0])).toEqual({ value: '80', key: undefined, quoted: false, exact: true });
  });

  it('follows a value that is an alias', () => {
    expect(at(['x-c', 'init'])).toMatchObject({ value: 'true', exact: true });
  });

  it('decodes quoted keys and keeps the last of duplicate keys', () => {
    expect(at(['services', 'web', 'quoted key'])).toEqual({ value: "'v'", key: '"quoted key"', quoted: true, exact: true });
    expect(at(['services', 'web', 'dup'])).toMatchObject({ value: '2', key: 'dup' });
  });

  it('spans a collection to the end of its last descendant', () => {
    // Events carry no end for a collection, so a flow list stops before its closing bracket.
    expect(at(['services', 'web', 'command'])).toMatchObject({ value: '["a", "b"', key: 'command' });
    expect(at(['services', 'web', 'nope', 'x']).value).toMatch(/^<<: \[\*b[^]*dup: 2$/);
    expect(at(['services', 'web', 'nope', 'x'])).toMatchObject({ key: 'web', exact: false });
  });

  it('reads only the first document', () => {
    expect(at(['other'])).toMatchObject({ exact: false, key: undefined });
    expect(at([]).value).toBe(text.slice(0, text.indexOf('\n---')));
  });
});
