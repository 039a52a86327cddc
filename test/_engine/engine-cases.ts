/**
 * Deploy cases for the engine suites. A case is a folder holding `compose.yml`, or a `CASE.json`
 * / `SOURCE.json` (the corpus format: `{"files": [...], "env": {...}, "setup": [[cmd, ...args]],
 * "teardown": [...]}`) naming its files, variables and the external objects it needs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One deploy case. */
export interface EngineCase {
  readonly name: string;
  /** Absolute folder; files are relative to it, and docker runs in it. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Commands run before the deploy (create external networks, volumes…). */
  readonly setup?: readonly (readonly string[])[];
  readonly teardown?: readonly (readonly string[])[];
}

interface CaseJson {
  files?: string[];
  env?: Record<string, string>;
  setup?: string[][];
  teardown?: string[][];
}

/** The case in `dir`, or undefined when it is not one. */
export function readCase(dir: string): EngineCase | undefined {
  const abs = resolve(dir);
  const name = abs.split('/').pop()!;
  for (const file of ['CASE.json', 'SOURCE.json']) {
    const p = join(abs, file);
    if (existsSync(p)) {
      const c = JSON.parse(readFileSync(p, 'utf8')) as CaseJson;
      if (!c.files?.length) return undefined;
      return { name, dir: abs, files: c.files, env: c.env ?? {}, setup: c.setup, teardown: c.teardown };
    }
  }
  if (existsSync(join(abs, 'compose.yml'))) return { name, dir: abs, files: ['compose.yml'], env: {} };
  return undefined;
}

/** Every case in `root` (a case itself, or a folder of cases), sorted by name. */
export function loadCases(root: string): EngineCase[] {
  const one = readCase(root);
  if (one) return [one];
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d))
    .filter((d) => statSync(d).isDirectory())
    .map(readCase)
    .filter((c): c is EngineCase => c !== undefined);
}

/** A stack name for case number `i`: short, unique per run, valid as an object-name prefix. */
export function stackNameFor(prefix: string, i: number): string {
  return `${prefix}${i}x${process.pid.toString(36)}`;
}
