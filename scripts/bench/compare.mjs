// Output comparison for `npm run bench`: do stackc's and docker's stdout parse to the same YAML?
//
// Parsing a 37 MB `docker stack config` output with the `yaml` package as one document takes ~40 s and
// ~2 GB, so the comparison is done per section: the text is cut at the top-level keys and, inside
// `services:`, at each service key (two-space indent, the canonical block layout both tools emit).
// Each section is parsed with `yaml` on its own and compared as data (mapping order ignored, scalar
// types respected: "8080" !== 8080). Sections whose text is byte-identical are equal without parsing.
// If either text does not have that layout, the whole documents are parsed and compared instead.

import { parse } from 'yaml';

const PARSE_OPTS = { maxAliasCount: -1, uniqueKeys: false };

/** Split a canonical stack-config text into ordered [key, text] sections, or null if the layout differs. */
function sections(text) {
  const lines = text.split('\n');
  const out = new Map();
  let cur = null; // [key, startLine]
  let inServices = false;
  const flush = (end) => {
    if (cur) {
      const body = lines.slice(cur[1], end).join('\n');
      if (out.has(cur[0])) return false;
      out.set(cur[0], body);
    }
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === '') continue;
    if (l[0] === ' ' && !(inServices && /^ {2}\S/.test(l))) {
      // continuation line of the current section
      if (!cur) return null;
      continue;
    }
    if (l[0] !== ' ') {
      // top-level key
      const m = /^("[^"]*"|'[^']*'|[^\s:#][^:]*):(\s|$)/.exec(l);
      if (!m) return null;
      if (!flush(i)) return null;
      const key = m[1];
      if (key === 'services' && /^services:\s*$/.test(l)) {
        inServices = true;
        cur = null;
        out.set('services', '');
        continue;
      }
      inServices = false;
      cur = [key, i];
      continue;
    }
    // a service key at indent 2
    const m = /^ {2}("[^"]*"|'[^']*'|[^\s:#][^:]*):(\s|$)/.exec(l);
    if (!m) return null;
    if (!flush(i)) return null;
    cur = [`services\u0000${m[1]}`, i];
  }
  if (!flush(lines.length)) return null;
  return out;
}

function typeName(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'mapping' : typeof v;
}

function fmt(v) {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

/** Deep-compare a (stackc) and b (docker), pushing {path, stackc, docker} records into diffs. */
function diffValues(a, b, path, diffs, limit) {
  if (diffs.length >= limit) return;
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta !== tb) {
    diffs.push({ path, stackc: fmt(a), docker: fmt(b) });
    return;
  }
  if (ta === 'list') {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) diffs.push({ path: `${path}[${i}]`, stackc: '(missing)', docker: fmt(b[i]) });
      else if (i >= b.length) diffs.push({ path: `${path}[${i}]`, stackc: fmt(a[i]), docker: '(missing)' });
      else diffValues(a[i], b[i], `${path}[${i}]`, diffs, limit);
      if (diffs.length >= limit) return;
    }
    return;
  }
  if (ta === 'mapping') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in a)) diffs.push({ path: p, stackc: '(missing)', docker: fmt(b[k]) });
      else if (!(k in b)) diffs.push({ path: p, stackc: fmt(a[k]), docker: '(missing)' });
      else diffValues(a[k], b[k], p, diffs, limit);
      if (diffs.length >= limit) return;
    }
    return;
  }
  if (!Object.is(a, b) && !(ta === 'number' && a === b)) diffs.push({ path, stackc: fmt(a), docker: fmt(b) });
}

function safeParse(text) {
  try {
    return { ok: true, value: parse(text, PARSE_OPTS) };
  } catch (e) {
    return { ok: false, error: String(e && e.message ? e.message : e).split('\n')[0] };
  }
}

/** Turn a concrete diff path into a pattern, e.g. services.api-1.deploy.replicas -> services.*.deploy.replicas */
function pattern(path) {
  return path.replace(/^services\.[^.[]+/, 'services.*').replace(/\[\d+\]/g, '[]');
}

/**
 * Compare two stack-config texts. Returns
 * { equal, byteIdentical, method, services: {stackc, docker}, differingServices, diffs: [...first N],
 *   patterns: [[pattern, count], ...], error? }
 */
export function compareOutputs(stackcText, dockerText, { limit = 2000 } = {}) {
  const result = {
    equal: false,
    byteIdentical: stackcText === dockerText,
    method: 'sections',
    differingServices: 0,
    diffs: [],
    patterns: [],
  };
  if (result.byteIdentical) {
    // identical text parses identically; still make sure it is YAML at all (cheaply, per section)
    result.equal = true;
    result.method = 'byte-identical';
    return result;
  }
  const diffs = [];
  const differing = new Set();
  const sa = sections(stackcText);
  const sb = sections(dockerText);
  if (sa && sb) {
    const keys = new Set([...sa.keys(), ...sb.keys()]);
    for (const key of keys) {
      const isSvc = key.startsWith('services\u0000');
      const label = isSvc ? `services.${key.slice(9)}` : key;
      const ta = sa.get(key);
      const tb = sb.get(key);
      if (ta === tb) continue;
      if (ta === undefined || tb === undefined) {
        diffs.push({ path: label, stackc: ta === undefined ? '(missing)' : '(present)', docker: tb === undefined ? '(missing)' : '(present)' });
        if (isSvc) differing.add(label);
        continue;
      }
      const pa = safeParse(isSvc ? ta.replace(/^ {2}/gm, '') : ta);
      const pb = safeParse(isSvc ? tb.replace(/^ {2}/gm, '') : tb);
      if (!pa.ok || !pb.ok) {
        diffs.push({ path: label, stackc: pa.ok ? '(parsed)' : `PARSE ERROR: ${pa.error}`, docker: pb.ok ? '(parsed)' : `PARSE ERROR: ${pb.error}` });
        if (isSvc) differing.add(label);
        continue;
      }
      const before = diffs.length;
      const va = pa.value && typeof pa.value === 'object' ? Object.values(pa.value)[0] : pa.value;
      const vb = pb.value && typeof pb.value === 'object' ? Object.values(pb.value)[0] : pb.value;
      diffValues(va, vb, label, diffs, Number.MAX_SAFE_INTEGER);
      if (isSvc && diffs.length > before) differing.add(label);
    }
  } else {
    result.method = 'whole-document';
    const pa = safeParse(stackcText);
    const pb = safeParse(dockerText);
    if (!pa.ok || !pb.ok) {
      result.error = `stackc: ${pa.ok ? 'parsed' : pa.error}; docker: ${pb.ok ? 'parsed' : pb.error}`;
      return result;
    }
    diffValues(pa.value, pb.value, '', diffs, Number.MAX_SAFE_INTEGER);
    for (const d of diffs) {
      const m = /^services\.([^.[]+)/.exec(d.path);
      if (m) differing.add(m[1]);
    }
  }
  const counts = new Map();
  for (const d of diffs) counts.set(pattern(d.path), (counts.get(pattern(d.path)) ?? 0) + 1);
  result.patterns = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  result.totalDiffs = diffs.length;
  result.diffs = diffs.slice(0, limit);
  result.differingServices = differing.size;
  result.equal = diffs.length === 0;
  return result;
}
