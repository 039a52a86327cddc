/**
 * Short service-volume syntax `[source:]target[:options]`, parsed character by character like
 * docker's `volumespec.Parse` (Windows drive letters kept together, options, type inference).
 */
import type { ServiceVolumeConfig } from '../model/stack-config.js';

/** Result of {@link parseVolumeSpec}: the volume, or docker's error text. */
export type VolumeSpecResult = { ok: true; volume: ServiceVolumeConfig } | { ok: false; error: string };

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);

const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);

/** A one-letter buffer followed by `:` is a Windows drive (`C:`), kept in the same field. */
function isWindowsDrive(buffer: string[], ch: string): boolean {
  return ch === ':' && buffer.length === 1 && isLetter(buffer[0]!);
}

/** Docker's bind-or-volume test on a short-syntax source. */
function isFilePath(source: string): boolean {
  if ('./~'.includes(source[0]!)) return true;
  const runes = [...source];
  if (runes.length === 1) return false;
  if (source.startsWith('\\\\')) return true;
  // Docker compares the first rune and the *byte* after it; for ASCII both are characters.
  return isLetter(runes[0]!) && runes[1] === ':';
}

/** Parses one short volume spec. */
export function parseVolumeSpec(spec: string): VolumeSpecResult {
  // Docker measures the length in bytes: one or two bytes is a bare target.
  const byteLength = Buffer.byteLength(spec, 'utf8');
  if (byteLength === 0) return { ok: false, error: 'invalid empty volume spec' };
  if (byteLength <= 2) return { ok: true, volume: { type: 'volume', target: spec } };

  let source = '';
  let target = '';
  let readOnly = false;
  let nocopy = false;
  let propagation: string | undefined;
  let buffer: string[] = [];
  const END = '\u0000end';
  for (const ch of [...spec, END]) {
    if (isWindowsDrive(buffer, ch)) {
      buffer.push(ch);
      continue;
    }
    if (ch !== ':' && ch !== END) {
      buffer.push(ch);
      continue;
    }
    const field = buffer.join('');
    buffer = [];
    if (field === '') return { ok: false, error: `invalid spec: ${spec}: empty section between colons` };
    if (source === '' && ch === END) target = field;
    else if (source === '') source = field;
    else if (target === '') target = field;
    else if (ch === ':') return { ok: false, error: `invalid spec: ${spec}: too many colons` };
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
