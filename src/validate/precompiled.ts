import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import type { ValidateFunction } from 'ajv';
import fastDeepEqual from 'fast-deep-equal';
import { BUNDLE } from '../bundle-constants.js';
import * as standaloneRuntime from './standalone-runtime.js';

/** `full` reports docker's errors; `accept` only decides, faster (see `acceptOnlySchema`). */
export type ValidatorKind = 'full' | 'accept';

/** A precompiled validator's file name, without extension (`v3.9`, `v3.9.accept`). */
export function precompiledName(version: string, kind: ValidatorKind): string {
  return kind === 'full' ? `v${version}` : `v${version}.${kind}`;
}

/**
 * The ajv runtime modules that generated validators require, served from what this module has
 * loaded already. Resolving `ajv/dist/runtime/equal` through node_modules (two package.json
 * reads) and compiling it and `fast-deep-equal` cost about 2 ms of every start, for one small
 * function: ajv's module is exactly `{ default: <fast-deep-equal> }`. Anything else a generated
 * validator requires is still loaded from node_modules.
 */
export const SERVED_AJV_RUNTIME: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/equal': { default: fastDeepEqual },
};

/**
 * The folder `scripts/build-validators.mjs` writes its products to: `dist/validate/compiled/`,
 * beside this module when unbundled, or at the path the bundle fixes.
 */
export function precompiledDir(): URL {
  return new URL(BUNDLE?.validators ?? './compiled/', import.meta.url);
}

/**
 * Loads the `kind` validator precompiled for `version` by `scripts/build-validators.mjs`, from `dir`
 * (default: where the build puts them): the generated code (a function
 * expression taking `require` and our runtime checks) plus V8's code cache for it, made at build
 * time after a warm-up run. With the cache V8 skips parsing and compiling a quarter of a megabyte
 * of generated code at every start; a cache from another Node version is simply rejected by V8
 * and the code compiled as usual.
 */
export function loadPrecompiled(version: string, dir: URL = precompiledDir(), kind: ValidatorKind = 'full'): ValidateFunction | undefined {
  const base = new URL(precompiledName(version, kind), dir);
  const codeFile = new URL(`${base.href}.js`);
  if (!existsSync(codeFile)) return undefined;
  const cacheFile = new URL(`${base.href}.cache`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(readFileSync(codeFile, 'utf8'), { filename: codeFile.pathname, cachedData });
  const factory = script.runInThisContext() as (req: (id: string) => unknown, runtime: unknown) => ValidateFunction;
  let nodeRequire: NodeRequire | undefined;
  const requireRuntime = (id: string): unknown =>
    Object.hasOwn(SERVED_AJV_RUNTIME, id) ? SERVED_AJV_RUNTIME[id] : (nodeRequire ??= createRequire(codeFile))(id);
  return factory(requireRuntime, standaloneRuntime);
}
