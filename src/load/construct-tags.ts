import { resolvePlainScalar, type PlainScalar } from './go-yaml-scalars.js';

/**
 * The explicit tags the compose constructor (construct.ts) handles itself, written exactly as they
 * appear in the source (`!!str`, not its full name): those seen in compose files. Any other
 * spelling (a verbatim `!<...>`, a `%TAG` handle, `!!merge`, an unknown tag) makes the file go
 * through js-yaml's constructor instead, so its behaviour and its messages stay js-yaml's.
 */

/** Returned when a tagged scalar is not one the fast constructor decides; js-yaml then does. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/** What each scalar tag of COMPOSE_YAML_SCHEMA accepts from go-yaml's reading of the text. */
const TYPED_SCALAR_TAGS: ReadonlyMap<string, readonly PlainScalar['kind'][]> = new Map([
  ['!!null', ['null']],
  ['!!bool', ['bool']],
  // schema.ts's `int` tag is the one implicit number tag; it also takes floats and timestamps.
  ['!!int', ['int', 'float', 'timestamp']],
  ['!!float', ['int', 'float']],
  ['!!timestamp', ['timestamp']],
]);

/**
 * The value of a scalar carrying the explicit tag `rawTag`, given its decoded text (whatever its
 * quoting style: a tag types the text, not the way it is written), or UNDECIDED.
 */
export function taggedScalarValue(rawTag: string, text: string): unknown {
  switch (rawTag) {
    case '!':
    case '!!str':
      return text;
    case '!reset':
    case '!override':
      // schema.ts constructs these like untagged plain scalars, quoted or not.
      return resolvePlainScalar(text).value;
    // A collection tag on a scalar is an empty collection, if the scalar is empty.
    case '!!map':
      return text === '' ? {} : UNDECIDED;
    case '!!seq':
      return text === '' ? [] : UNDECIDED;
  }
  const kinds = TYPED_SCALAR_TAGS.get(rawTag);
  if (!kinds) return UNDECIDED;
  const resolved = resolvePlainScalar(text);
  // Text the tag can't type is an error: js-yaml reports it.
  return kinds.includes(resolved.kind) ? resolved.value : UNDECIDED;
}

/** Whether a mapping (`defaultTag` `!!map`) or sequence (`!!seq`) may carry `rawTag` here. */
export function isKnownCollectionTag(rawTag: string, defaultTag: '!!map' | '!!seq'): boolean {
  return rawTag === '!' || rawTag === defaultTag || rawTag === '!reset' || rawTag === '!override';
}
