/**
 * `env_file` long form (compose-spec.md §3.6): list items `{path, required, format}`. The stack
 * schema only takes paths. `required: false` means "skip when missing", which a path cannot say:
 * a missing optional file is dropped here, at compile time, where compose would skip it.
 */
import { resolve } from 'node:path';
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, isMapping, own, withKey, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

/** Compose reads `required` as a boolean, also when interpolation left it a string. */
function isOptional(required: unknown): boolean {
  return required === false || (typeof required === 'string' && /^(false|0|f)$/i.test(required));
}

/** Whether `absPath` can't be read because it does not exist (other errors are the pipeline's). */
function isMissing(absPath: string, scope: TranslateScope): boolean {
  try {
    scope.ctx.readFile(absPath);
    return false;
  } catch (err) {
    return (err as { code?: string } | null)?.code === 'ENOENT';
  }
}

/** Rewrites long-form `env_file` items as paths, dropping optional files that do not exist. */
export function translateEnvFile(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  const list = own(service, 'env_file');
  if (!Array.isArray(list) || !list.some(isMapping)) return service;
  const paths: unknown[] = [];
  list.forEach((item, i) => {
    if (!isMapping(item)) return void paths.push(item);
    const path = own(item, 'path');
    const itemPath = [...at, 'env_file', i];
    if (typeof path !== 'string') return void paths.push(item); // the validator reports it
    if (has(item, 'format')) {
      note(scope, {
        code: 'compose/env-file',
        message: `env_file "${path}": "format: ${String(own(item, 'format'))}" is dropped: docker stack reads env files in its own format only`,
        path: [...itemPath, 'format'],
        atKey: true,
        data: { path },
      });
    }
    if (isOptional(own(item, 'required')) && isMissing(resolve(scope.ctx.projectDir, path), scope)) {
      note(scope, {
        code: 'compose/env-file',
        message: `optional env_file "${path}" does not exist: dropped`,
        path: itemPath,
        data: { path },
      });
      return;
    }
    paths.push(path);
  });
  return paths.length === 0 ? withoutKeys(service, 'env_file') : withKey(service, 'env_file', paths);
}
