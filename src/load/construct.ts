import { getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { isKnownCollectionTag, taggedScalarValue, UNDECIDED } from './construct-tags.js';
import { FIRST_CHARS, resolvePlainScalar } from './go-yaml-scalars.js';
import { isRecord, setOwn } from './plain-data.js';

/**
 * Builds compose data from js-yaml's event stream, giving the same result as js-yaml's
 * `constructFromEvents` with COMPOSE_YAML_SCHEMA (schema.ts) at a fraction of the cost: that
 * constructor is generic (a `{value, tag}` object per scalar, schema lookups, a frame object per
 * collection, an event position computed per event), while this one knows the schema and keeps
 * its state in a few parallel stacks.
 *
 * It decides only what it is sure of. Anything js-yaml would reject (a duplicate or non-string
 * key, a bad merge, an unknown alias, too many aliases or merged keys, an unknown tag) and
 * anything unusual (`%TAG` directives, an anchored `<<`) makes it return `undefined`: the caller
 * then runs js-yaml's constructor, which builds the same data or throws its own exception, so
 * results and diagnostics never depend on which path ran. test/load/construct.test.ts compares
 * both over every fixture and a set of edge cases.
 */

// js-yaml's EVENT_ID and SCALAR_STYLE values, as literals so the hot loop compares constants.
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const PLAIN = 1;
const NO_RANGE = -1;

/** js-yaml's default `maxTotalMergeKeys`, which parse-yaml.ts does not change. */
const MAX_TOTAL_MERGE_KEYS = 10_000;
/** js-yaml refuses to merge a sequence of more mappings than this. */
const MAX_MERGE_SEQUENCE = 100;

/** Pending-key states of a mapping on the stack. */
const NO_KEY = 0;
const KEY = 1;
const MERGE_KEY = 2;

type PlainMap = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Construct every document of `events` (parsed from `source`) as js-yaml would with
 * COMPOSE_YAML_SCHEMA and `maxAliases`, or return `undefined` when js-yaml must decide.
 *
 * With `withDollar`, also adds to it every mapping and sequence that holds, at any depth, a string
 * value with a `$` (keys do not count): the only containers interpolation has to walk. It may
 * hold more (a mapping that merges one that has such a value), never fewer.
 */
export function constructComposeDocuments(events: readonly Event[], source: string, maxAliases: number, withDollar?: Set<object>): unknown[] | undefined {
  const documents: unknown[] = [];
  // One entry per open node: the document, sequence or mapping being filled.
  const containers: unknown[] = [];
  const kinds: number[] = [];
  const keys: unknown[] = [];
  const keyStates: number[] = [];
  // Per mapping: keys that came from a merge, which one explicit key may still override.
  const overridable: (Set<string> | undefined)[] = [];
  // Per open node: whether a value with a `$` went into it (see `withDollar`).
  const dollars: boolean[] = [];
  let top = -1;
  let documentValue: unknown;
  let anchors = new Map<string, unknown>();
  let aliasCount = 0;
  let mergeWork = 0;

  /** Whether `value` is, or holds, a string with a `$` (only asked when `withDollar` is given). */
  function hasDollar(value: unknown): boolean {
    return typeof value === 'string' ? value.includes('$') : typeof value === 'object' && value !== null && withDollar!.has(value);
  }

  /** Put `value` where the innermost open node expects it; false when js-yaml must decide. */
  function add(value: unknown, isMergeKey: boolean): boolean {
    const kind = kinds[top];
    if (kind === SEQUENCE) {
      if (withDollar !== undefined && !dollars[top] && hasDollar(value)) dollars[top] = true;
      (containers[top] as unknown[]).push(value);
      return true;
    }
    if (kind === DOCUMENT) {
      documentValue = value;
      return true;
    }
    const state = keyStates[top];
    if (state === NO_KEY) {
      keys[top] = value;
      keyStates[top] = isMergeKey ? MERGE_KEY : KEY;
      return true;
    }
    const key = keys[top];
    keys[top] = undefined;
    keyStates[top] = NO_KEY;
    // A value with a `$`, or one holding one. A `<<` value that does marks this whole mapping,
    // whichever of its keys are merged in: a superset is safe.
    if (withDollar !== undefined && !dollars[top] && hasDollar(value)) dollars[top] = true;
    const map = containers[top] as PlainMap;
    if (state === MERGE_KEY) return merge(map, value);
    if (typeof key !== 'string') return false;
    const merged = overridable[top];
    if (hasOwn.call(map, key)) {
      // A duplicate is an error unless the first one came from a merge (and was not yet overridden).
      if (merged === undefined || !merged.delete(key)) return false;
    }
    setOwn(map, key, value);
    return true;
  }

  /** Merge `value` (a mapping or a sequence of mappings) into `map` under a `<<` key. */
  function merge(map: PlainMap, value: unknown): boolean {
    if (Array.isArray(value)) {
      if (value.length > MAX_MERGE_SEQUENCE) return false;
      for (const element of value) if (!isRecord(element) || !mergeFrom(map, element)) return false;
      return true;
    }
    return isRecord(value) && mergeFrom(map, value);
  }

  /** Copy the keys of `from` that `map` lacks; earlier sources and explicit keys win. */
  function mergeFrom(map: PlainMap, from: PlainMap): boolean {
    if (++mergeWork > MAX_TOTAL_MERGE_KEYS) return false;
    for (const key of Object.keys(from)) {
      if (++mergeWork > MAX_TOTAL_MERGE_KEYS) return false;
      if (hasOwn.call(map, key)) continue;
      setOwn(map, key, from[key]);
      (overridable[top] ??= new Set()).add(key);
    }
    return true;
  }

  function open(container: unknown, kind: number, event: { anchorStart: number; anchorEnd: number }): void {
    if (event.anchorStart !== NO_RANGE) anchors.set(source.slice(event.anchorStart, event.anchorEnd), container);
    top++;
    containers[top] = container;
    kinds[top] = kind;
    keyStates[top] = NO_KEY;
    overridable[top] = undefined;
    dollars[top] = false;
  }

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    switch (event.type) {
      case SCALAR: {
        let value: unknown;
        let isMergeKey = false;
        if (event.tagStart !== NO_RANGE) {
          value = taggedScalarValue(source.slice(event.tagStart, event.tagEnd), getScalarValue(source, event));
          if (value === UNDECIDED) return undefined;
        } else if (event.style === PLAIN) {
          const text = plainText(source, event);
          value = plainValue(text);
          isMergeKey = text === '<<';
        } else value = getScalarValue(source, event);
        if (event.anchorStart !== NO_RANGE) {
          // An alias of an anchored `<<` would be a merge key too: too odd to be worth handling.
          if (isMergeKey) return undefined;
          anchors.set(source.slice(event.anchorStart, event.anchorEnd), value);
        }
        if (!add(value, isMergeKey)) return undefined;
        break;
      }
      case MAPPING:
        if (event.tagStart !== NO_RANGE && !isKnownCollectionTag(source.slice(event.tagStart, event.tagEnd), '!!map')) return undefined;
        open({}, MAPPING, event);
        break;
      case SEQUENCE:
        if (event.tagStart !== NO_RANGE && !isKnownCollectionTag(source.slice(event.tagStart, event.tagEnd), '!!seq')) return undefined;
        open([], SEQUENCE, event);
        break;
      case ALIAS: {
        if (maxAliases !== -1 && ++aliasCount > maxAliases) return undefined;
        // Anchored values are never undefined (an empty node is null), so undefined means unknown.
        const value = anchors.get(source.slice(event.anchorStart, event.anchorEnd));
        if (value === undefined || !add(value, false)) return undefined;
        break;
      }
      case POP: {
        const kind = kinds[top];
        if (kind === MAPPING && keyStates[top] !== NO_KEY) return undefined;
        const value = containers[top];
        if (dollars[top]) withDollar?.add(value as object);
        containers[top] = undefined;
        overridable[top] = undefined;
        top--;
        if (kind === DOCUMENT) documents.push(documentValue);
        else if (!add(value, false)) return undefined;
        break;
      }
      case DOCUMENT:
        // Tag handles would change what a tag means; the fast path reads tags as written.
        if (event.directives.some((d) => d.kind === 'tag')) return undefined;
        anchors = new Map();
        aliasCount = 0;
        documentValue = undefined;
        top++;
        containers[top] = undefined;
        kinds[top] = DOCUMENT;
        dollars[top] = false;
        break;
    }
  }
  return documents;
}

/** The text of an untagged plain scalar; most are a plain slice of the source. */
function plainText(source: string, event: ScalarEvent): string {
  if (event.valueStart === NO_RANGE) return '';
  return event.fast ? source.slice(event.valueStart, event.valueEnd) : getScalarValue(source, event);
}

/**
 * go-yaml's typing of a plain scalar (resolvePlainScalar), skipping it for the usual case of
 * text that can only be a string (its first character starts no other kind: FIRST_CHARS).
 */
function plainValue(text: string): unknown {
  if (text === '') return null;
  return MAY_BE_TYPED[text.charCodeAt(0)] === 1 ? resolvePlainScalar(text).value : text;
}

const MAY_BE_TYPED = new Uint8Array(128);
for (const c of Object.values(FIRST_CHARS).flat()) if (c !== '') MAY_BE_TYPED[c.charCodeAt(0)] = 1;
