/**
 * Short service-volume syntax `[source:]target[:options]`, parsed character by character like
 * docker's `volumespec.Parse` (Windows drive letters kept together, options, type inference).
 */
import type { ServiceVolumeConfig } from '../model/stack-config.js';

/** Result of {@link parseVolumeSpec}: the volume, or docker's error text. */
export type VolumeSpecResult = { ok: true; volume: ServiceVolumeConfig } | { ok: false; error: string };

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);

const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);

const COLON = 0x3a;

/**
 * Whether `spec[from, to)` is exactly one character (code point) that is a letter: followed by
 * `:`, that is a Windows drive (`C:`), which docker keeps in the same field.
 */
function isDriveLetter(spec: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) return isLetter(spec[from]!);
  if (n !== 2) return false;
  const cp = spec.codePointAt(from)!;
  return cp > 0xffff && isLetter(String.fromCodePoint(cp));
}

/** Docker's bind-or-volume test on a short-syntax source. */
function isFilePath(source: string): boolean {
  if ('./~'.includes(source[0]!)) return true;
  // Docker looks at the first rune and the *byte* after it; for ASCII both are characters.
  const first = source.codePointAt(0)!;
  const firstLength = first > 0xffff ? 2 : 1;
  if (source.length === firstLength) return false;
  if (source.startsWith('\\\\')) return true;
  return source.charCodeAt(firstLength) === COLON && isLetter(String.fromCodePoint(first));
}

/**
 * Parses one short volume spec. Docker walks the runes, cutting a field at each `:` (and at the
 * end) unless the field so far is a single letter; we find the same cuts by index, without
 * building a rune buffer: this runs for every short-syntax volume of every service.
 */
export function parseVolumeSpec(spec: string): VolumeSpecResult {
  // Docker measures the length in bytes: one or two bytes is a bare target. Three or more UTF-16
  // units are always three or more bytes.
  const byteLength = spec.length > 2 ? spec.length : Buffer.byteLength(spec, 'utf8');
  if (byteLength === 0) return { ok: false, error: 'invalid empty volume spec' };
  if (byteLength <= 2) return { ok: true, volume: { type: 'volume', target: spec } };

  let source = '';
  let target = '';
  let readOnly = false;
  let nocopy = false;
  let propagation: string | undefined;
  let fieldStart = 0;
  for (let i = 0; i <= spec.length; i++) {
    const atEnd = i === spec.length;
    if (!atEnd && (spec.charCodeAt(i) !== COLON || isDriveLetter(spec, fieldStart, i))) continue;
    const field = spec.slice(fieldStart, i);
    fieldStart = i + 1;
    if (field === '') return { ok: false, error: `invalid spec: ${spec}: empty section between colons` };
    if (source === '' && atEnd) target = field;
    else if (source === '') source = field;
    else if (target === '') target = field;
    else if (!atEnd) return { ok: false, error: `invalid spec: ${spec}: too many colons` };
    else {
      for (const option of field.split(',')) {
        if (option === 'ro') readOnly = true;
        else if (option === 'rw') readOnly = false;
        else if (option === 'nocopy') nocopy = true;
        else if (PROPAGATIONS.has(option)) propagation = option;
        // Anything else (z, cached, …) is silently ignored by docker.
      }
    }
  }
  const volume: ServiceVolumeConfig = {
    type: source !== '' && isFilePath(source) ? 'bind' : 'volume',
  };
  if (source !== '') volume.source = source;
  if (target !== '') volume.target = target;
  if (readOnly) volume.read_only = true;
  if (propagation !== undefined) volume.bind = { propagation };
  if (nocopy) volume.volume = { nocopy: true };
  return { ok: true, volume };
}
