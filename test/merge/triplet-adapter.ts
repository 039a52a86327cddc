/**
 * Test-only bridge from the YAML of a merge fixture to `StackConfig`, until the real pipeline
 * exists. Fixture inputs are written in long syntax with canonical durations, so plain
 * `YAML.parse` already gives the normalized model except for two things this adapter fixes:
 * `x-*` keys move into `extensions`, and memory sizes (strings in both the input and docker's
 * output) become byte counts.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { StackConfig } from '../../src/model/stack-config.js';

type Json = Record<string, unknown>;

function isMapping(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Move `x-*` keys of a mapping into an `extensions` record. */
function liftExtensions(node: Json): Json {
  const out: Json = {};
  const ext: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-') && k !== 'x-cluster-spec') ext[k] = v;
    else out[k] = v;
  }
  if (Object.keys(ext).length > 0) out.extensions = ext;
  return out;
}

function adaptResources(deploy: Json): void {
  const resources = deploy.resources;
  if (!isMapping(resources)) return;
  for (const part of ['limits', 'reservations']) {
    const r = resources[part];
    if (isMapping(r) && typeof r.memory === 'string') r.memory = Number(r.memory);
  }
}

function adaptService(service: Json): Json {
  const out = liftExtensions(service);
  if (isMapping(out.deploy)) adaptResources(out.deploy);
  return out;
}

function mapValues(section: unknown, fn: (v: Json) => Json): Json | undefined {
  if (!isMapping(section)) return undefined;
  return Object.fromEntries(Object.entries(section).map(([k, v]) => [k, fn(isMapping(v) ? v : {})]));
}

/** Parse fixture YAML text into the model shape. */
export function adaptYaml(text: string): StackConfig {
  const doc = liftExtensions(YAML.parse(text) as Json);
  const out: Json = { ...doc, services: mapValues(doc.services, adaptService) ?? {} };
  for (const section of ['networks', 'volumes', 'secrets', 'configs']) {
    const adapted = mapValues(doc[section], liftExtensions);
    if (adapted !== undefined) out[section] = adapted;
  }
  return out as unknown as StackConfig;
}

/** Read and adapt one fixture file. */
export function readFixture(path: string): StackConfig {
  return adaptYaml(readFileSync(path, 'utf8'));
}
