/**
 * A module-level value built on first use instead of at load. For values that cost something to
 * build (regular expressions with Unicode property classes, `require` functions) and that many
 * runs never use: built at load, every start paid for them.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
