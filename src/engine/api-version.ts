/**
 * Engine API version arithmetic, as the docker client does it: versions are `major.minor` and
 * compare numerically per part (`1.9` < `1.41`), never as strings.
 */

/** The newest API version stackc speaks: that of the docker 28.2 CLI whose requests plans mirror. */
export const CLIENT_MAX_API_VERSION = '1.50';

/** Oldest engine API accepted (the docker HEAD client refuses anything older). */
export const CLIENT_MIN_API_VERSION = '1.40';

/** Negative, zero or positive as `a` is older than, equal to, or newer than `b`. */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `min(server, client max)`; an engine that sends no version is assumed to speak ours. */
export function negotiateApiVersion(serverVersion: string | undefined): string {
  if (!serverVersion || !/^\d+\.\d+$/.test(serverVersion)) return CLIENT_MAX_API_VERSION;
  return compareApiVersions(serverVersion, CLIENT_MAX_API_VERSION) < 0 ? serverVersion : CLIENT_MAX_API_VERSION;
}
