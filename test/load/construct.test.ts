import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constructFromEvents, parseEvents, type Event } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { constructComposeDocuments } from '../../src/load/construct.js';
import { firstDocumentText } from '../../src/load/parse-yaml.js';
import { COMPOSE_YAML_SCHEMA } from '../../src/load/schema.js';

/**
 * Differential test: the compose constructor (construct.ts) must build exactly what js-yaml's
 * `constructFromEvents` builds with COMPOSE_YAML_SCHEMA (same values, same key order, same
 * sharing of aliased nodes), and must leave to js-yaml every input js-yaml rejects, so that the
 * error and its message are js-yaml's.
 */

const MAX_ALIASES = 10_000;

type Outcome = { ok: true; shape: string } | { ok: false; message: string };

function viaJsYaml(events: Event[], source: string): Outcome {
  try {
    return { ok: true, shape: shapeOf(constructFromEvents(events, { schema: COMPOSE_YAML_SCHEMA, maxAliases: MAX_ALIASES, source })) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** What parse-yaml.ts does: the fast constructor, or js-yaml when it declines. */
function viaFastPath(events: Event[], source: string): { outcome: Outcome; fast: boolean } {
  const fast = constructComposeDocuments(events, source, MAX_ALIASES);
  if (fast) return { outcome: { ok: true, shape: shapeOf(fast) }, fast: true };
  return { outcome: viaJsYaml(events, source), fast: false };
}

/**
 * A canonical rendering that toEqual would not give: key order (it shapes the output), -0, NaN,
 * prototypes, and which nodes are the same object (aliases share, cycles close).
 */
function shapeOf(value: unknown): string {
  const seen = new Map<object, number>();
  const walk = (v: unknown): string => {
    if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${v}`;
    if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
    const id = seen.get(v);
    if (id !== undefined) return `#${id}`;
    seen.set(v, seen.size);
    if (Array.isArray(v)) return `[${v.map(walk).join(',')}]`;
    const proto = Object.getPrototypeOf(v) === Object.prototype ? '' : 'proto!';
    const own = Object.getOwnPropertyNames(v).length;
    const entries = Object.keys(v).map((k) => `${JSON.stringify(k)}:${walk((v as Record<string, unknown>)[k])}`);
    return `${proto}{${entries.join(',')}}${own === entries.length ? '' : '+hidden'}`;
  };
  return walk(value);
}

/** Compare both paths on `text` as a whole stream and as parse-yaml.ts cuts it; returns whether the fast path decided. */
function compare(text: string): boolean | undefined {
  let decided: boolean | undefined;
  for (const source of new Set([text, firstDocumentText(text)])) {
    let events: Event[];
    try {
      events = parseEvents(source, {});
    } catch {
      continue; // a syntax error: the parser's business, before either constructor runs
    }
    const expected = viaJsYaml(events, source);
    const actual = viaFastPath(events, source);
    expect(actual.outcome).toEqual(expected);
    if (!expected.ok) expect(actual.fast).toBe(false);
    decided = (decided ?? true) && actual.fast;
  }
  return decided;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

/** Hand-written cases; `fast` says whether the fast path is expected to decide them itself. */
const CASES: { name: string; text: string; fast: boolean }[] = [
  // scalars
  { name: 'go-yaml plain typing', text: 'a: 0440\nb: 1_000\nc: 0x1F\nd: -.inf\ne: .nan\nf: yes\ng: True\nh: ~\ni: 2001-12-14\nj: -0\nk: 1e3\nl: +12\nm: 0b11\nn: 0o17\no: .5\np: 12345678901234567890\nq: null\nr: <<x\ns: [true, True, TRUE, tRue, tru, truee, false, False, FALSE, fals, falsey, null, Null, NULL, nul, nulls, n, N, t, T, f, F, ~, ~x, target, test, node, f00, 5s, 0.1]\n', fast: true },
  { name: 'quoted and block scalars stay strings', text: 'a: "0440"\nb: \'true\'\nc: |\n  x\n  y\nd: >-\n  folded\n  text\n\ne: "esc\\t\\u00e9"\nf: \'it\'\'s\'\ng: "multi\n  line"\nh: plain\n  continued\n', fast: true },
  { name: 'empty values', text: 'a:\nb: ~\nc: ""\nd: []\ne: {}\nf:\n  -\n  - \ng: [a: b]\nh: {x}\n', fast: true },
  { name: 'scalar document', text: 'just text\n', fast: true },
  { name: 'empty document', text: '', fast: true },
  { name: 'comment-only document', text: '# nothing\n', fast: true },
  { name: 'document marker only', text: '---\n', fast: true },
  // explicit tags
  { name: 'string tags', text: 'a: !!str 12\nb: ! 12\nc: !!str "x"\nd: ! [1]\ne: ! {a: 1}\n', fast: true },
  { name: 'typed tags', text: 'a: !!int "12"\nb: !!float 1\nc: !!bool "true"\nd: !!null ""\ne: !!timestamp 2001-12-14\nf: !!int 2001-12-14\ng: !!float .inf\nh: !!int 1.5\n', fast: true },
  { name: 'collection tags', text: 'a: !!map {x: 1}\nb: !!seq [1]\nc: !!map\nd: !!seq\ne: !!map ""\n', fast: true },
  { name: 'compose merge tags', text: 'a: !reset null\nb: !override [1]\nc: !reset {}\nd: !override {x: 1}\ne: !reset "123"\nf: !override \'true\'\ng: !reset\n', fast: true },
  { name: '!!int on a word', text: 'a: !!int abc\n', fast: false },
  { name: '!!bool on yes', text: 'a: !!bool yes\n', fast: false },
  { name: '!!null on text', text: 'a: !!null x\n', fast: false },
  { name: '!!timestamp on a number', text: 'a: !!timestamp 12\n', fast: false },
  { name: '!!map on text', text: 'a: !!map x\n', fast: false },
  { name: '!!seq on a mapping', text: 'a: !!seq {x: 1}\n', fast: false },
  { name: '!!map on a sequence', text: 'a: !!map [1]\n', fast: false },
  { name: '!!str on a mapping', text: 'a: !!str {x: 1}\n', fast: false },
  { name: 'unknown local tag', text: 'a: !custom x\n', fast: false },
  { name: 'unknown yaml tag', text: 'a: !!binary aGVsbG8=\n', fast: false },
  { name: 'verbatim tag', text: 'a: !<tag:yaml.org,2002:str> 12\nb: !<!reset> 1\n', fast: false },
  { name: 'explicit merge tag', text: 'x: &b {a: 1}\ny:\n  !!merge <<: *b\n  c: 2\n', fast: false },
  { name: '%TAG directive', text: '%TAG ! tag:example.com,2000:\n---\na: !reset 1\n', fast: false },
  { name: '%YAML directive', text: '%YAML 1.2\n---\na: 1\n', fast: true },
  // merges
  { name: 'merge a mapping, explicit wins either side', text: 'x: &b {a: 1, b: 2, c: 3}\ny:\n  a: 0\n  <<: *b\n  c: 9\n', fast: true },
  { name: 'merge a sequence, earlier wins', text: 'x: &p {a: 1, b: 1}\nz: &q {b: 2, c: 2}\ny:\n  <<: [*p, *q]\n  d: 4\n', fast: true },
  { name: 'two merge keys, first wins', text: 'x: &p {a: 1}\nz: &q {a: 2, b: 2}\ny:\n  <<: *p\n  <<: *q\n', fast: true },
  { name: 'merge of inline mappings', text: 'y:\n  <<: [{a: 1}, {a: 2, b: 3}]\n  <<: {c: 4}\n', fast: true },
  { name: 'merge of an empty !!map', text: 'y: {<<: !!map , a: 1}\n', fast: true },
  { name: 'merged key overridden twice', text: 'x: &b {a: 1}\ny:\n  <<: *b\n  a: 2\n  a: 3\n', fast: false },
  { name: 'merged key overridden, merged again', text: 'x: &b {a: 1}\ny:\n  <<: *b\n  a: 2\n  <<: *b\n', fast: true },
  { name: 'merge of a scalar', text: 'x: &s text\ny:\n  <<: *s\n', fast: false },
  { name: 'merge of null', text: 'y:\n  <<:\n  a: 1\n', fast: false },
  { name: 'merge of a sequence holding a scalar', text: 'y:\n  <<: [{a: 1}, 2]\n', fast: false },
  { name: 'merge of nested sequences', text: 'y:\n  <<: [[{a: 1}]]\n', fast: false },
  { name: 'merge of an aliased sequence of mappings', text: 'l: &l [{a: 1}, {b: 2}]\ny:\n  <<: *l\n', fast: true },
  { name: 'merge sequence of 100', text: `x: &b {a: 1}\ny:\n  <<: [${Array(100).fill('*b').join(', ')}]\n`, fast: true },
  { name: 'merge sequence of 101', text: `x: &b {a: 1}\ny:\n  <<: [${Array(101).fill('*b').join(', ')}]\n`, fast: false },
  { name: 'merge into itself', text: 'x: &s\n  a: 1\n  <<: *s\n', fast: true },
  { name: 'merge key in a sequence is a string', text: 'l: [<<, "<<"]\n', fast: true },
  { name: 'quoted << is an ordinary key', text: 'y:\n  "<<": {a: 1}\n', fast: true },
  { name: 'anchored << key', text: 'x: &b {a: 1}\ny:\n  &m <<: *b\nz:\n  *m : *b\n', fast: false },
  { name: 'merge keys under the total limit', text: `x: &b {${repeat(99, (i) => `k${i}: ${i}, `)}k99: 99}\n${repeat(99, (i) => `y${i}: {<<: *b}\n`)}`, fast: true },
  { name: 'merge keys over the total limit', text: `x: &b {${repeat(99, (i) => `k${i}: ${i}, `)}k99: 99}\n${repeat(100, (i) => `y${i}: {<<: *b}\n`)}`, fast: false },
  { name: 'nested merges', text: 'a: &a {x: 1, z: 0}\nb: &b {<<: *a, y: 2}\nc: {<<: [*b, *a], z: 3}\n', fast: true },
  { name: 'same source merged twice', text: 'a: &a {x: 1}\nc: {<<: [*a, *a]}\n', fast: true },
  { name: 'merge of a tagged mapping', text: 'c:\n  <<: !reset {x: 1}\n  <<: !override {y: 2}\n', fast: true },
  { name: 'merge of a tagged string', text: 'c:\n  <<: !!str x\n', fast: false },
  { name: 'merge source with a quoted << key', text: 'a: &a {"<<": 1, x: 2}\nc: {<<: *a}\n', fast: true },
  // anchors and aliases
  { name: 'anchors on scalars and collections', text: 'a: &s 0440\nb: *s\nc: &m {x: 1}\nd: *m\ne: &l [1]\nf: *l\ng: &q "q"\nh: *q\n', fast: true },
  { name: 'redefined anchor', text: 'a: &s 1\nb: *s\nc: &s 2\nd: *s\n', fast: true },
  { name: 'recursive alias', text: 'a: &l [1, *l]\nb: &m {x: *m}\n', fast: true },
  { name: 'alias as a key', text: 'a: &k name\n*k : value\n', fast: true },
  { name: 'unknown alias', text: 'a: *nope\n', fast: false },
  { name: 'alias of a mapping as a key', text: 'a: &m {x: 1}\n? *m\n: v\n', fast: false },
  { name: 'aliases at the limit', text: `a: &s 1\nl: [${Array(10_000).fill('*s').join(',')}]\n`, fast: true },
  { name: 'aliases over the limit', text: `a: &s 1\nl: [${Array(10_001).fill('*s').join(',')}]\n`, fast: false },
  { name: 'anchored empty value', text: 'a: &x\nb: *x\nc: [&y , *y]\n', fast: true },
  // keys
  { name: 'duplicate key', text: 'a: 1\nb: 2\na: 3\n', fast: false },
  { name: 'duplicate key in flow', text: 'x: {a: 1, a: 2}\n', fast: false },
  { name: 'duplicate after a different merge', text: 'x: &b {c: 1}\ny:\n  a: 1\n  <<: *b\n  a: 2\n', fast: false },
  { name: '__proto__ key', text: '__proto__: {polluted: true}\na: 1\n', fast: true },
  { name: '__proto__ merged', text: 'x: &b {__proto__: 1, b: 2}\ny:\n  <<: *b\n  __proto__: 3\n', fast: true },
  { name: '__proto__ duplicate', text: '__proto__: 1\n__proto__: 2\n', fast: false },
  { name: 'integer key', text: '1: a\n', fast: false },
  { name: 'boolean key', text: 'true: a\n', fast: false },
  { name: 'null key', text: '~: a\n', fast: false },
  { name: 'empty key', text: ': a\n', fast: false },
  { name: 'NaN key', text: '.nan: a\n', fast: false },
  { name: 'sequence key', text: '? [a, b]\n: c\n', fast: false },
  { name: 'mapping key', text: '{a: 1}: c\n', fast: false },
  { name: 'timestamp key is a string', text: '2001-12-14: a\n', fast: true },
  { name: 'quoted number key', text: '"1": a\n', fast: true },
  { name: 'yes key is a string', text: 'yes: a\non: b\n', fast: true },
  { name: 'tagged string key', text: '!!str 1: a\n! 2: b\n!reset x: c\n', fast: true },
  { name: 'tagged integer key', text: '!!int "1": a\n', fast: false },
  { name: 'tagged merge-looking key', text: 'a: &a {x: 1}\nb:\n  !!str <<: *a\n  ! <<: 1\n', fast: false },
  // documents
  { name: 'several documents', text: 'a: &x 1\n---\nb: 2\n---\n- c\n', fast: true },
  { name: 'alias across documents', text: 'a: &x 1\n---\nb: *x\n', fast: false },
  { name: 'error in a later document', text: 'a: 1\n---\nb: 1\nb: 2\n', fast: false },
  { name: 'document end marker', text: 'a: 1\n...\n', fast: true },
];

describe('constructComposeDocuments builds what js-yaml builds', () => {
  it.each(CASES)('$name', ({ text, fast }) => {
    // Decided by the fast path for both the whole stream and its first document.
    expect(compare(text)).toBe(fast);
  });

  const root = join(import.meta.dirname, '../../fixtures');
  const files = yamlFiles(root);

  it('covers the fixtures, nearly all decided by the fast path', () => {
    expect(files.length).toBeGreaterThan(400);
    let parsed = 0;
    let decided = 0;
    for (const path of files) {
      const source = firstDocumentText(readFileSync(path, 'utf8'));
      let events: Event[];
      try {
        events = parseEvents(source, {});
      } catch {
        continue;
      }
      parsed++;
      if (constructComposeDocuments(events, source, MAX_ALIASES)) decided++;
    }
    // Only the fixtures about invalid YAML (a duplicate key, a non-string key) go to js-yaml.
    expect(parsed - decided).toBeLessThanOrEqual(5);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('fixture %s', (_name, path) => {
    compare(readFileSync(path, 'utf8'));
  });
});
