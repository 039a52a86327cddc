/**
 * Node builtins that only some runs use, loaded on first use rather than at start. Loading one
 * means compiling it and the internal modules it pulls in, a millisecond or more each, which a
 * plain compile would pay at every start for nothing: `node:crypto` only hashes SARIF
 * fingerprints, `node:net` only checks IP addresses in ports, `node:http` only talks to an engine.
 */
import { createRequire } from 'node:module';
import { lazy } from './lazy.js';

const nodeRequire = lazy(() => createRequire(import.meta.url));

/** `node:crypto`, loaded on first call. */
export const nodeCrypto = lazy(() => nodeRequire()('node:crypto') as typeof import('node:crypto'));

/** `node:net`, loaded on first call. */
export const nodeNet = lazy(() => nodeRequire()('node:net') as typeof import('node:net'));

/** `node:http`, loaded on first call. */
export const nodeHttp = lazy(() => nodeRequire()('node:http') as typeof import('node:http'));
