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

/** Looks paths up in `source`, giving the found text instead of offsets. */
function lookups(source: string) {
  const tree = new EventTree(source);
  return (path: (string | number)[]) => {
    const hit = tree.find(path);
    const slice = (r?: readonly [number, number]) => r && source.slice(r[0], r[1]);
    return { value: slice(hit.value), key: slice(hit.key), quoted: hit.quoted, exact: hit.exact };
  };
}

describe('EventTree', () => {
  const at = lookups(text);

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

describe('EventTree on collections large enough to be indexed', () => {
  // Over SMALL_COLLECTION_EVENTS (256) events each: `web` has 200 more keys, `command` 300 items,
  // so lookups go through the key and item indexes instead of a walk in place.
  const big = [
    'x-a: &a {image: "img:2"}',
    'services:',
    '  web:',
    '    <<: [*a, {ports: [80]}]',
    '    "quoted key": \'v\'',
    '    dup: 1',
    ...Array.from({ length: 200 }, (_, i) => `    k${i}: ${i}`),
    '    dup: 2',
    `    command: [${Array.from({ length: 300 }, (_, i) => `c${i}`).join(', ')}]`,
    '',
  ].join('\n');
  const at = lookups(big);

  it('follows << merges, decodes quoted keys and keeps the last duplicate', () => {
    expect(at(['services', 'web', 'image'])).toEqual({ value: '"img:2"', key: 'image', quoted: true, exact: true });
    expect(at(['services', 'web', 'ports', 0])).toEqual({ value: '80', key: undefined, quoted: false, exact: true });
    expect(at(['services', 'web', 'quoted key'])).toEqual({ value: "'v'", key: '"quoted key"', quoted: true, exact: true });
    expect(at(['services', 'web', 'dup'])).toMatchObject({ value: '2', key: 'dup' });
    expect(at(['services', 'web', 'k199'])).toMatchObject({ value: '199', key: 'k199', exact: true });
  });

  it('finds list items by index, and stops at the nearest ancestor past the end', () => {
    expect(at(['services', 'web', 'command', 299])).toMatchObject({ value: 'c299', exact: true });
    expect(at(['services', 'web', 'command', 300])).toMatchObject({ key: 'command', exact: false });
    expect(at(['services', 'web', 'nope'])).toMatchObject({ key: 'web', exact: false });
  });
});
