/**
 * Node builtins that only some runs use, loaded on first use rather than at start. Loading one
 * means compiling it and the internal modules it pulls in, a millisecond or more each, which a
 * plain compile would pay at every start for nothing: `node:crypto` only hashes SARIF
 * fingerprints, `node:net` only checks IP addresses in ports, `node:http` only talks to an engine.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | undefined;
let net: typeof import('node:net') | undefined;
let http: typeof import('node:http') | undefined;

/** `node:crypto`, loaded on first call. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= require('node:crypto') as typeof import('node:crypto'));
}

/** `node:net`, loaded on first call. */
export function nodeNet(): typeof import('node:net') {
  return (net ??= require('node:net') as typeof import('node:net'));
}

/** `node:http`, loaded on first call. */
export function nodeHttp(): typeof import('node:http') {
  return (http ??= require('node:http') as typeof import('node:http'));
}
