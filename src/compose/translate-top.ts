/**
 * Top-level keys: `version` and `name` (compose-spec.md §7.2). Compose treats `version` as
 * obsolete and every file may say something else; docker stack demands one version across files
 * (stack-deploy.md §1.3). Compose mode always emits "3.13", the version whose schema the
 * translation targets.
 */
import { has, own, setOwn, type Mapping, type TranslateScope, note } from './translate-util.js';

/** The stack version compose mode emits. */
export const STACK_VERSION = '3.13';

/** Versions docker already reads as 3.13: replacing them changes nothing, so no note. */
const SAME_AS_TARGET = new Set(['3', STACK_VERSION]);

/**
 * Sets `version: "3.13"` (first key), with a note when the file wrote another version. An
 * absent version needs no note: docker stack reads a file without one as 3.13 already.
 */
export function translateVersion(data: Mapping, scope: TranslateScope): Mapping {
  const written = own(data, 'version');
  if (has(data, 'version') && !(typeof written === 'string' && SAME_AS_TARGET.has(written))) {
    note(scope, {
      code: 'compose/version',
      message: `version ${JSON.stringify(written)} is replaced by "${STACK_VERSION}": a stack has one version, the one compose mode translates to`,
      path: ['version'],
      data: { from: written, to: STACK_VERSION },
    });
  }
  const out: Mapping = { version: STACK_VERSION };
  for (const k of Object.keys(data)) if (k !== 'version') setOwn(out, k, data[k]);
  return out;
}

/** Drops the top-level `name`: on swarm the stack name is an argument of `docker stack deploy`. */
export function translateProjectName(data: Mapping, scope: TranslateScope): Mapping {
  if (!has(data, 'name')) return data;
  note(scope, {
    code: 'compose/project-name',
    message: `top-level "name" is dropped: it is the project name, and a stack is named by "docker stack deploy <name>"`,
    path: ['name'],
    atKey: true,
    data: { name: own(data, 'name') },
  });
  const out: Mapping = {};
  for (const k of Object.keys(data)) if (k !== 'name') setOwn(out, k, data[k]);
  return out;
}
