/**
 * Bytes → text the way docker's YAML reader accepts them: UTF-8 with or without a BOM, and
 * UTF-16 (LE or BE) announced by a BOM — real compose files saved by Windows editors are
 * UTF-16 (the corpus has one). Anything with NUL bytes that is not UTF-16 is binary.
 */

/** Result of decoding an input file. */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

/** Decode a compose file's bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary input: the file contains NUL bytes, not YAML text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text' };
  }
}
