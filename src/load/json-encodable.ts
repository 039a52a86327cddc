import type { DocPath, Report } from '../diagnostics/diagnostic.js';

/**
 * docker hands each file to its schema validator as JSON, and Go's encoder refuses infinities and
 * NaN: `.inf` or `.nan` anywhere (an environment value, an `x-*` field) fails the whole file with
 * `json: unsupported value: +Inf`. Report each such value where it is written. Only files whose
 * text spells one are walked: the check costs nothing on the others.
 */
export function checkJsonEncodable(text: string, data: unknown, file: string, report: Report): boolean {
  if (!/\.(?:inf|nan)\b/i.test(text)) return true;
  let ok = true;
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'number') {
      if (Number.isFinite(node)) return;
      ok = false;
      const text = Number.isNaN(node) ? 'NaN' : node > 0 ? '+Inf' : '-Inf';
      report({ code: 'load/unsupported-number', severity: 'error', file, path: [...path] as DocPath,
        message: `${text} can't be used here: docker can't encode it (json: unsupported value: ${text}); quote it to make it a string`,
        data: { dockerMessage: `json: unsupported value: ${text}` } });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return ok;
}
