/**
 * Memoizes a pure function of a string. Compose files repeat the same few values (durations,
 * sizes) in every service, so a large project asks the same question thousands of times; the
 * cache keeps at most `maxEntries` distinct inputs, so a file of unique values can't grow it
 * without bound. Results are shared between callers: treat them as read-only.
 */
export function memoizeString<T>(fn: (input: string) => T, maxEntries = 4096): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    let result = cache.get(input);
    if (result === undefined && !cache.has(input)) {
      result = fn(input);
      if (cache.size < maxEntries) cache.set(input, result);
    }
    return result as T;
  };
}
