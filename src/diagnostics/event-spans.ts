import { EVENT_ID, SCALAR_STYLE, type Event } from 'js-yaml';

/**
 * The shape of the first document of a js-yaml event stream, without per-node objects.
 *
 * One pass reads only each event's type, to find the POP closing each collection: with that, a
 * lookup skips a whole subtree in one step. Everything else (where a collection's text ends, the
 * anchors) is read from the events the first time it is asked for, because most documents are
 * large and most lookups need neither.
 */
export class EventSpans {
  /** Event index of the document's root node; -1 for an empty document. */
  readonly root: number;
  /** Events of the first document: docker reads only that one. */
  private readonly count: number;
  /** Each event's type, copied so that walking the structure does not touch the event objects. */
  private readonly types: Uint8Array;
  /** For a collection's event index: the index of its POP. */
  private readonly closes: Int32Array;
  /** For a collection's event index: where its text ends, once computed (0 before). */
  private readonly ends: Int32Array;
  private anchors?: Map<string, number>;

  constructor(private readonly text: string, private readonly events: readonly Event[]) {
    const n = events.length;
    const types = new Uint8Array(n);
    const closes = new Int32Array(n);
    const open: number[] = [];
    let root = -1;
    let documents = 0;
    let count = n;
    for (let i = 0; i < n; i++) {
      const type = events[i]!.type;
      if (type === EVENT_ID.DOCUMENT && ++documents > 1) {
        count = i;
        break;
      }
      types[i] = type;
      if (type === EVENT_ID.POP) {
        const done = open.pop();
        if (done !== undefined) closes[done] = i;
        continue;
      }
      if (type === EVENT_ID.DOCUMENT) continue;
      if (root < 0) root = i;
      if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) open.push(i);
    }
    // Only a truncated stream leaves collections open: they end where the document does.
    for (const i of open) closes[i] = count;
    this.root = root;
    this.count = count;
    this.types = types;
    this.closes = closes;
    this.ends = new Int32Array(n);
  }

  /** The event type at `node` (an `EVENT_ID`). */
  type(node: number): number {
    return this.types[node]!;
  }

  /** The index of the POP closing the collection at `node`. */
  close(node: number): number {
    return this.closes[node]!;
  }

  /** The index of the event after the node at `node` and all its descendants. */
  next(node: number): number {
    const type = this.types[node];
    return type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE ? this.closes[node]! + 1 : node + 1;
  }

  /**
   * Where the text of the collection at `node` ends: past the furthest end of its descendants
   * (a quoted scalar's closing quote included), and at least one past its own start.
   */
  end(node: number): number {
    let end = this.ends[node]!;
    if (end > 0) return end;
    const e = this.events[node] as Event & { start: number };
    end = e.start + 1;
    for (let i = node + 1, close = this.closes[node]!; i < close; i++) {
      const d = this.events[i]!;
      let dEnd: number;
      if (d.type === EVENT_ID.SCALAR) dEnd = d.style === SCALAR_STYLE.SINGLE_QUOTED || d.style === SCALAR_STYLE.DOUBLE_QUOTED ? d.valueEnd + 1 : d.valueEnd;
      else if (d.type === EVENT_ID.ALIAS) dEnd = d.anchorEnd;
      else if (d.type === EVENT_ID.MAPPING || d.type === EVENT_ID.SEQUENCE) dEnd = d.start + 1;
      else continue;
      if (dEnd > end) end = dEnd;
    }
    this.ends[node] = end;
    return end;
  }

  /** The event index of the node an anchor names (its last definition); -1 when none. */
  anchor(name: string): number {
    if (!this.anchors) {
      this.anchors = new Map();
      for (let i = 0; i < this.count; i++) {
        const e = this.events[i]!;
        if ((e.type === EVENT_ID.SCALAR || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) && e.anchorStart >= 0) {
          this.anchors.set(this.text.slice(e.anchorStart, e.anchorEnd), i);
        }
      }
    }
    return this.anchors.get(name) ?? -1;
  }
}
