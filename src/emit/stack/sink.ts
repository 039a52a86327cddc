/**
 * What the field builders write to: a stream of mapping keys, scalars and nested collections in
 * print order. The builders hold the field logic once; one sink prints YAML text
 * (`yaml-sink.ts`), another builds plain objects (`object-sink.ts`), so no document tree sits
 * between the model and the output.
 */

/** Receives one document as a stream of events, root mapping first. */
export interface StackSink {
  /** The key of the next entry of the open mapping; its value is the next event. */
  key(name: string): void;
  /** A string value, already `$`-escaped when asked. */
  string(value: string): void;
  /** A non-string scalar: integers print as Go integers, `null` as `null`. */
  scalar(value: number | bigint | boolean | null): void;
  /** A float already formatted as Go prints it (`1e-07`), e.g. a `float32` field. */
  goFloat(text: string): void;
  /**
   * Opens a mapping. With `omitEmpty`, a mapping that closes without entries leaves no trace, not
   * even its key (a Go value struct with `omitempty`); otherwise it prints as `{}`.
   */
  openMap(omitEmpty: boolean): void;
  /** Closes the innermost mapping. */
  closeMap(): void;
  /** Opens a sequence; one without items prints as `[]`. */
  openSeq(): void;
  /** Closes the innermost sequence. */
  closeSeq(): void;
}
