/**
 * The keys the annotated schema marks `x-compose-spec` at the top level and on services: seeing
 * one of them is what puts a run into compose mode. Every compile asks, but reading the whole
 * 88 KB schema for two short lists cost a few milliseconds per start, so the build writes the
 * lists beside the precompiled validators (`scripts/build-validators.mjs`) and a run reads that
 * small file. Without it (tests run from source) the lists are derived from the schema here.
 */
import { readFileSync } from 'node:fs';
import { lazy } from '../lazy.js';
import { precompiledDir } from './precompiled.js';
import type { SchemaNode } from './schema-derive.js';
import { composeSchema } from './schema.js';

/** The compose-only key lists, as the build stores them. */
export interface ComposeOnlyKeyLists {
  /** Top-level keys only the Compose Specification has (`name`, `include`, …). */
  readonly top: readonly string[];
  /** Service keys only the Compose Specification has. */
  readonly service: readonly string[];
}

/** The same lists as sets, for lookups. */
export interface ComposeOnlyKeys {
  readonly top: ReadonlySet<string>;
  readonly service: ReadonlySet<string>;
}

/** Name of the build product, in the precompiled validators' folder. */
export const COMPOSE_ONLY_KEYS_FILE = 'compose-only-keys.json';

type Properties = Readonly<Record<string, unknown>> | undefined;

/** Derives the lists from the annotated schema; the build and the fallback both use this. */
export function deriveComposeOnlyKeys(schema: SchemaNode): ComposeOnlyKeyLists {
  const definitions = schema['definitions'] as Readonly<Record<string, SchemaNode>> | undefined;
  return {
    top: marked(schema['properties'] as Properties),
    service: marked(definitions?.['service']?.['properties'] as Properties),
  };
}

function marked(properties: Properties): string[] {
  return Object.entries(properties ?? {})
    .filter(([, node]) => (node as SchemaNode | undefined)?.['x-compose-spec'] === true)
    .map(([key]) => key);
}

/**
 * Reads the lists the build stored in `dir` (default: where the build puts them); undefined when
 * the file is absent or not the expected shape, e.g. in a tree that was never built.
 */
export function loadPrecompiledComposeOnlyKeys(dir: URL = precompiledDir()): ComposeOnlyKeyLists | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(new URL(COMPOSE_ONLY_KEYS_FILE, dir), 'utf8'));
  } catch {
    return undefined;
  }
  const { top, service } = (parsed ?? {}) as { top?: unknown; service?: unknown };
  return isStringList(top) && isStringList(service) ? { top, service } : undefined;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** The compose-only keys: the build's stored lists, else derived from the schema; read once. */
export const composeOnlyKeys: () => ComposeOnlyKeys = lazy(() => {
  const lists = loadPrecompiledComposeOnlyKeys() ?? deriveComposeOnlyKeys(composeSchema());
  return { top: new Set(lists.top), service: new Set(lists.service) };
});
