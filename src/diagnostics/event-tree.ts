import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type AliasEvent, type Event, type ScalarEvent } from 'js-yaml';
import type { DocPath } from './diagnostic.js';
import { EventSpans } from './event-spans.js';

/** Offsets [start, end) in a file's text. */
export type Range = readonly [number, number];

/** What a lookup found. */
export interface TreeHit {
  readonly value?: Range;
  readonly key?: Range;
  /** The value is a quoted scalar (its range starts at the opening quote). */
  readonly quoted: boolean;
  readonly exact: boolean;
}

/**
 * Up to this many events, a collection is searched in place on each lookup; beyond, its keys or
 * items are indexed on the first one. A compose service is typically 50 to 200 events; the
 * `services` mapping of a large project is hundreds of thousands.
 */
const SMALL_COLLECTION_EVENTS = 256;

/** A mapping's entries, indexed the first time a lookup goes through it. */
interface MappingIndex {
  /** Event index of each scalar key; its value is the next event. */
  readonly keys: Map<string, number>;
  /** Event indexes of the `<<` merge sources, in order. */
  readonly merges: number[];
}

/**
 * Positions of a YAML document, read from js-yaml's event stream (offsets, no values).
 *
 * Every warning needs a position, but a 4 MB stack file with a few thousand findings names only a
 * small part of the document. So nodes are event indexes, not objects: one pass over the events
 * (see {@link EventSpans}) finds where each collection ends, and a mapping's keys or a sequence's
 * items are indexed only when a lookup first goes through it.
 */
export class EventTree {
  private readonly events: readonly Event[];
  private readonly spans: EventSpans;
  private readonly mappings = new Map<number, MappingIndex>();
  private readonly sequences = new Map<number, number[]>();
  /** The key event of the last successful {@link child} step, or -1 for a sequence item. */
  private foundKey = -1;

  /**
   * Reads the first document; throws what js-yaml throws on bad YAML.
   * @param events js-yaml's events of `text`, when the loader kept them (no second parse).
   */
  constructor(private readonly text: string, events?: readonly Event[]) {
    this.events = events ?? parseEvents(text, {});
    this.spans = new EventSpans(text, this.events);
  }

  /** Follows `path` (through aliases and `<<` merges); the nearest ancestor when it stops short. */
  find(path: DocPath): TreeHit {
    let node = this.spans.root;
    let key = -1;
    for (const seg of path) {
      const next = node < 0 ? -1 : this.child(node, seg, 0);
      if (next < 0) return { value: this.range(node), key: this.range(key), quoted: false, exact: false };
      node = next;
      key = this.foundKey;
    }
    return { value: this.range(node), key: this.range(key), quoted: node >= 0 && isQuoted(this.events[node]!), exact: true };
  }

  /** The child of `node` at `seg` (an event index, -1 when absent); sets {@link foundKey}. */
  private child(node: number, seg: string | number, depth: number): number {
    const target = this.deref(node);
    if (target < 0 || depth > 8) return -1;
    const type = this.spans.type(target);
    if (typeof seg === 'number') {
      if (type !== EVENT_ID.SEQUENCE) return -1;
      const item = this.item(target, seg);
      if (item >= 0) this.foundKey = -1;
      return item;
    }
    if (type !== EVENT_ID.MAPPING) return -1;
    const key = this.key(target, seg);
    if (key >= 0) {
      this.foundKey = key;
      return key + 1;
    }
    // Keys merged in with `<<`: the text is at the anchor's definition.
    for (const source of this.merges(target)) {
      const resolved = this.deref(source);
      if (resolved < 0) continue;
      const sources = this.spans.type(resolved) === EVENT_ID.SEQUENCE ? this.items(resolved) : [resolved];
      for (const s of sources) {
        const found = this.child(s, seg, depth + 1);
        if (found >= 0) return found;
      }
    }
    return -1;
  }

  /** The event index of the (last) scalar key `name` of a mapping; -1 when absent. */
  private key(node: number, name: string): number {
    if (this.isLarge(node)) return this.mapping(node).keys.get(name) ?? -1;
    if (name === '<<') return -1; // a merge, never an entry
    // A small mapping is read in place: comparing keys against the text costs less than
    // indexing them, for the one or two lookups most mappings see.
    const spans = this.spans;
    const close = spans.close(node);
    let found = -1;
    for (let k = node + 1; k < close; ) {
      const value = spans.next(k);
      if (value >= close) break;
      if (spans.type(k) === EVENT_ID.SCALAR && this.keyIs(k, name)) found = k;
      k = spans.next(value);
    }
    return found;
  }

  /** Whether the scalar key at `k` reads `name`, without decoding it when it is plain. */
  private keyIs(k: number, name: string): boolean {
    const e = this.events[k] as ScalarEvent;
    if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(this.text, e) === name;
    return e.valueEnd - e.valueStart === name.length && this.text.startsWith(name, e.valueStart);
  }

  /** The event indexes of a mapping's `<<` merge sources, in order. */
  private merges(node: number): readonly number[] {
    if (this.isLarge(node)) return this.mapping(node).merges;
    const spans = this.spans;
    const close = spans.close(node);
    let merges: number[] | undefined;
    for (let k = node + 1; k < close; ) {
      const value = spans.next(k);
      if (value >= close) break;
      if (spans.type(k) === EVENT_ID.SCALAR && this.keyIs(k, '<<')) (merges ??= []).push(value);
      k = spans.next(value);
    }
    return merges ?? [];
  }

  /** The event index of a sequence's item `index`; -1 when absent. */
  private item(node: number, index: number): number {
    if (this.isLarge(node)) return this.items(node)[index] ?? -1;
    if (!Number.isInteger(index) || index < 0) return -1;
    const close = this.spans.close(node);
    let i = node + 1;
    for (let n = 0; n < index && i < close; n++) i = this.spans.next(i);
    return i < close ? i : -1;
  }

  /** Collections spanning many events are indexed once; smaller ones are walked on each lookup. */
  private isLarge(node: number): boolean {
    return this.spans.close(node) - node > SMALL_COLLECTION_EVENTS;
  }

  /** Follows aliases (a bounded number of hops); -1 when an alias names no anchor. */
  private deref(node: number): number {
    let n = node;
    for (let i = 0; i < 16 && n >= 0 && this.spans.type(n) === EVENT_ID.ALIAS; i++) {
      const e = this.events[n] as AliasEvent;
      n = this.spans.anchor(this.text.slice(e.anchorStart, e.anchorEnd));
    }
    return n;
  }

  private mapping(node: number): MappingIndex {
    let index = this.mappings.get(node);
    if (index) return index;
    index = { keys: new Map(), merges: [] };
    const spans = this.spans;
    const close = spans.close(node);
    for (let k = node + 1; k < close; ) {
      const value = spans.next(k);
      if (value >= close) break;
      const e = this.events[k]!;
      k = spans.next(value);
      // Only scalar keys can be addressed by a document path; only keys need their text decoded.
      if (e.type !== EVENT_ID.SCALAR) continue;
      const name = e.style === SCALAR_STYLE.PLAIN ? this.text.slice(e.valueStart, e.valueEnd) : getScalarValue(this.text, e);
      if (name === '<<') index.merges.push(value);
      else index.keys.set(name, value - 1);
    }
    this.mappings.set(node, index);
    return index;
  }

  private items(node: number): number[] {
    let items = this.sequences.get(node);
    if (items) return items;
    items = [];
    const close = this.spans.close(node);
    for (let i = node + 1; i < close; i = this.spans.next(i)) items.push(i);
    this.sequences.set(node, items);
    return items;
  }

  /** The text range of a node; a quoted scalar's includes its quotes, an alias's its `*`. */
  private range(node: number): Range | undefined {
    if (node < 0) return undefined;
    const e = this.events[node]!;
    switch (e.type) {
      case EVENT_ID.SCALAR:
        // Event offsets of a quoted scalar are its content; report the whole token.
        return isQuoted(e) ? [e.valueStart - 1, e.valueEnd + 1] : [e.valueStart, e.valueEnd];
      case EVENT_ID.ALIAS:
        return [e.anchorStart - 1, e.anchorEnd];
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return [e.start, this.spans.end(node)];
      default:
        return undefined;
    }
  }
}

function isQuoted(e: Event): boolean {
  return e.type === EVENT_ID.SCALAR && (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED);
}
