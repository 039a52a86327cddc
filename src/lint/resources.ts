/** Helpers for `deploy.resources` values as the normalized model holds them. */

/** A `cpus` string (`"0.5"`, `"3/2"`) as a number of CPUs; undefined when it does not parse. */
export function cpusValue(cpus: string | undefined): number | undefined {
  if (cpus === undefined) return undefined;
  const m = /^\s*([0-9.]+)\s*(?:\/\s*([0-9.]+)\s*)?$/.exec(cpus);
  if (!m) return undefined;
  const value = Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
  return Number.isFinite(value) ? value : undefined;
}

/** Bytes for people: `512MiB`, `1.5GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0+$/, '')}${units[unit]}`;
}
