import { describe, it, expect } from 'vitest';
import { ObjectSink } from '../../../src/emit/stack/object-sink.js';
import type { StackSink } from '../../../src/emit/stack/sink.js';
import { YamlSink } from '../../../src/emit/stack/yaml-sink.js';

/** Writes the same event stream to a sink: collections that stay empty, omitempty chains, nesting after dashes. */
function events(out: StackSink): void {
  out.openMap(false);
  out.key('a');
  // An omitempty chain that stays empty: nothing, not even the keys.
  out.openMap(true);
  out.key('b');
  out.openMap(true);
  out.closeMap();
  out.closeMap();
  out.key('c');
  // An omitempty chain with one scalar deep inside: every pending key prints.
  out.openMap(true);
  out.key('d');
  out.openMap(true);
  out.key('e');
  out.scalar(1);
  out.closeMap();
  out.closeMap();
  out.key('empty');
  out.openMap(false);
  out.closeMap();
  out.key('list');
  out.openSeq();
  out.openMap(false);
  out.key('k');
  out.string('v');
  out.key('m');
  out.openMap(false);
  out.key('p');
  out.goFloat('1e-07');
  out.closeMap();
  out.closeMap();
  out.openSeq();
  out.string('x');
  out.openSeq();
  out.closeSeq();
  out.closeSeq();
  out.openMap(false);
  out.closeMap();
  out.scalar(null);
  out.closeSeq();
  out.key('x'.repeat(129));
  out.openMap(false);
  out.key('z');
  out.scalar(true);
  out.closeMap();
  out.closeMap();
}

describe('YamlSink', () => {
  it('opens a collection with its first entry, so empty ones print {} / [] or, omitempty, nothing', () => {
    const sink = new YamlSink();
    events(sink);
    expect(sink.result()).toBe(`c:
  d:
    e: 1
empty: {}
list:
  - k: v
    m:
      p: 1e-07
  - - x
    - []
  - {}
  - null
? ${'x'.repeat(129)}
: z: true
`);
  });

  it('prints an empty root as {}', () => {
    const sink = new YamlSink();
    sink.openMap(false);
    sink.closeMap();
    expect(sink.result()).toBe('{}\n');
  });
});

describe('ObjectSink', () => {
  it('builds the same document as plain data', () => {
    const sink = new ObjectSink();
    events(sink);
    expect(sink.result()).toEqual({
      c: { d: { e: 1 } },
      empty: {},
      list: [{ k: 'v', m: { p: 1e-7 } }, ['x', []], {}, null],
      ['x'.repeat(129)]: { z: true },
    });
    expect(Object.keys(sink.result())).toEqual(['c', 'empty', 'list', 'x'.repeat(129)]);
  });
});
