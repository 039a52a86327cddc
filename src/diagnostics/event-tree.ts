import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { DocPath } from './diagnostic.js';

/** Offsets [start, end) in a file's text. */
export type Range = readonly [number, number];

/**
 * A positions-only tree of a YAML document, built from js-yaml's event stream (offsets, no
 * values). It is several times cheaper to build than a full positioned document, which matters
 * because every warning needs a position: a 4 MB stack file with a few thousand lint findings
 * must not cost a second to locate.
 */
interface PosNode {
  start: number;
  end: number;
  /** Mapping entries by key, with the key's own range. */
  entries?: Map<string, { key: Range; node: PosNode }>;
  /** `<<` merge sources, in order. */
  merges?: PosNode[];
  items?: PosNode[];
  /** An alias: the anchor name it refers to. */
  alias?: string;
  /** A quoted scalar: its range includes the quotes. */
  quoted?: boolean;
}

/** What a lookup found. */
export interface TreeHit {
  readonly value?: Range;
  readonly key?: Range;
  /** The value is a quoted scalar (its range starts at the opening quote). */
  readonly quoted: boolean;
  readonly exact: boolean;
}

/** Builds the tree of the first document; throws what js-yaml throws on bad YAML. */
export class EventTree {
  private readonly root: PosNode | undefined;
  private readonly anchors = new Map<string, PosNode>();

  /** @param events js-yaml's events of `text`, when the loader kept them (no second parse). */
  constructor(private readonly text: string, events?: readonly Event[]) {
    this.root = this.build(events ?? parseEvents(text, {}));
  }

  /** Follows `path` (through aliases and `<<` merges); the nearest ancestor when it stops short. */
  find(path: DocPath): TreeHit {
    let node = this.root;
    let key: Range | undefined;
    for (const seg of path) {
      const next = node && this.child(node, seg, 0);
      if (!next) return { value: node && [node.start, node.end], key, quoted: false, exact: false };
      node = next.node;
      key = next.key;
    }
    return { value: node && [node.start, node.end], key, quoted: node?.quoted === true, exact: true };
  }

  private child(node: PosNode, seg: string | number, depth: number): { key?: Range; node: PosNode } | undefined {
    const target = this.deref(node);
    if (!target || depth > 8) return undefined;
    if (typeof seg === 'number') {
      const item = target.items?.[seg];
      return item && { node: item };
    }
    const direct = target.entries?.get(seg);
    if (direct) return direct;
    // Keys merged in with `<<`: the text is at the anchor's definition.
    for (const source of target.merges ?? []) {
      const resolved = this.deref(source);
      const sources = resolved?.items ?? (resolved ? [resolved] : []);
      for (const s of sources) {
        const found = this.child(s, seg, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  private deref(node: PosNode): PosNode | undefined {
    let n: PosNode | undefined = node;
    for (let i = 0; i < 16 && n?.alias !== undefined; i++) n = this.anchors.get(n.alias);
    return n;
  }

  private build(events: readonly Event[]): PosNode | undefined {
    type Frame = { node: PosNode; pendingKey?: { name: string; range: Range } | null };
    const stack: Frame[] = [];
    let root: PosNode | undefined;
    let documents = 0;
    const attach = (node: PosNode, keyEvent?: ScalarEvent) => {
      const frame = stack[stack.length - 1];
      if (!frame) {
        root ??= node;
        return;
      }
      const parent = frame.node;
      if (parent.items) {
        parent.items.push(node);
      } else if (frame.pendingKey === undefined) {
        // This node is a key. Only scalar keys can be addressed by a document path; only keys need
        // their text decoded, which is most of the cost of a scalar here.
        frame.pendingKey = keyEvent ? { name: keyEvent.style === SCALAR_STYLE.PLAIN ? this.text.slice(keyEvent.valueStart, keyEvent.valueEnd) : getScalarValue(this.text, keyEvent), range: [node.start, node.end] } : null;
      } else {
        const k = frame.pendingKey;
        if (k?.name === '<<') (parent.merges ??= []).push(node);
        else if (k) parent.entries!.set(k.name, { key: k.range, node });
        frame.pendingKey = undefined;
      }
      if (node.end > parent.end) parent.end = node.end;
    };
    for (const e of events) {
      switch (e.type) {
        case EVENT_ID.DOCUMENT:
          if (++documents > 1) return root; // docker reads only the first document
          break;
        case EVENT_ID.SCALAR: {
          // Event offsets of a quoted scalar are its content; report the whole token.
          const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
          const node: PosNode = quoted ? { start: e.valueStart - 1, end: e.valueEnd + 1, quoted } : { start: e.valueStart, end: e.valueEnd };
          this.anchor(e.anchorStart, e.anchorEnd, node);
          attach(node, e);
          break;
        }
        case EVENT_ID.ALIAS:
          attach({ start: e.anchorStart - 1, end: e.anchorEnd, alias: this.text.slice(e.anchorStart, e.anchorEnd) });
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const node: PosNode = e.type === EVENT_ID.MAPPING ? { start: e.start, end: e.start + 1, entries: new Map() } : { start: e.start, end: e.start + 1, items: [] };
          this.anchor(e.anchorStart, e.anchorEnd, node);
          attach(node);
          stack.push({ node });
          break;
        }
        case EVENT_ID.POP: {
          const done = stack.pop();
          const parent = stack[stack.length - 1]?.node;
          if (done && parent && done.node.end > parent.end) parent.end = done.node.end;
          break;
        }
      }
    }
    return root;
  }

  private anchor(start: number, end: number, node: PosNode): void {
    if (start >= 0) this.anchors.set(this.text.slice(start, end), node);
  }
}
