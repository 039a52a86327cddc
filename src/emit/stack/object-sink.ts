/**
 * A {@link StackSink} that builds plain JSON-ready data: mappings become objects (insertion order
 * is print order, except that JavaScript lists integer-like keys such as `"80"` first), Go floats
 * numbers, big integers numbers or, beyond the safe range, strings.
 */

import type { StackSink } from './sink.js';

/** An open collection and where it goes once closed. */
interface Open {
  readonly value: Record<string, unknown> | unknown[];
  /** Its key in the enclosing mapping (unused inside a sequence). */
  readonly key: string;
  readonly omitEmpty: boolean;
  entries: number;
}

/** Builds the document as plain objects and arrays. */
export class ObjectSink implements StackSink {
  private readonly stack: Open[] = [];
  private pendingKey = '';
  private root: Record<string, unknown> | undefined;

  key(name: string): void {
    this.pendingKey = name;
  }

  string(value: string): void {
    this.add(value);
  }

  scalar(value: number | bigint | boolean | null): void {
    this.add(typeof value === 'bigint' ? (Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()) : value);
  }

  goFloat(text: string): void {
    this.add(Number(text));
  }

  openMap(omitEmpty: boolean): void {
    this.stack.push({ value: {}, key: this.pendingKey, omitEmpty, entries: 0 });
  }

  closeMap(): void {
    this.close();
  }

  openSeq(): void {
    this.stack.push({ value: [], key: this.pendingKey, omitEmpty: false, entries: 0 });
  }

  closeSeq(): void {
    this.close();
  }

  /** The root mapping, once closed. */
  result(): Record<string, unknown> {
    if (!this.root) throw new Error('object-sink: document not closed');
    return this.root;
  }

  private close(): void {
    const open = this.stack.pop()!;
    if (this.stack.length === 0) {
      this.root = open.value as Record<string, unknown>;
      return;
    }
    if (open.omitEmpty && open.entries === 0) return;
    // Attached on close: the entries of a mapping close in order, so insertion order is kept.
    this.pendingKey = open.key;
    this.add(open.value);
  }

  private add(value: unknown): void {
    const top = this.stack[this.stack.length - 1]!;
    top.entries++;
    if (Array.isArray(top.value)) top.value.push(value);
    else top.value[this.pendingKey] = value;
  }
}
