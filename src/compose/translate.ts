/**
 * Compose mode's last step: a Compose Specification document (interpolated, with `include`,
 * `extends` and profiles already resolved) → a document docker stack's 3.13 schema accepts and
 * that means the same on swarm (compose-spec.md §7). Each family of keys has its own step
 * (`translate-*.ts`); every translation or drop is a located warning in the file that wrote it.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { translateBuild } from './translate-build.js';
import { translateDependsOn } from './translate-depends-on.js';
import { translateEnvFile } from './translate-env-file.js';
import { translateNetworks } from './translate-networks.js';
import { reportNotHonoured } from './translate-not-honoured.js';
import { translateObjects } from './translate-objects.js';
import { pruneComposeOnly } from './translate-prune.js';
import { translateResources, translateScale } from './translate-resources.js';
import { translateRestart } from './translate-restart.js';
import { translateProjectName, translateVersion } from './translate-top.js';
import { isMapping, mapServices, note, own, setOwn, withKey, type Mapping, type TranslateScope } from './translate-util.js';
import type { ComposeContext, RawDocument } from './types.js';

export { STACK_VERSION } from './translate-top.js';
export { generatedPath } from './translate-objects.js';
export { builtImageName } from './translate-build.js';
export { restartPolicyFor } from './translate-restart.js';

/** How to translate. */
export interface TranslateOptions {
  /** The project name: build-only services run the image `<project>-<service>`, as compose names it. */
  readonly projectName: string;
  /** Make the translations that need the user's action (a build-only service's image) errors. */
  readonly strict: boolean;
  /**
   * Services given an `image` in any of the project's files: a file that only adds `build` to one
   * of them (an override) must not invent an image name that would replace the real one.
   */
  readonly servicesWithImage?: ReadonlySet<string>;
}

/** A file the stack needs besides itself (config or secret data); `path` is relative to the project dir. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** The per-service steps, in order: the ones that read `deploy` before the catch-all prune. */
const SERVICE_STEPS: readonly ((name: string, service: Mapping, at: DocPath, scope: TranslateScope) => Mapping)[] = [
  (_name, s, at, scope) => translateRestart(s, at, scope),
  (_name, s, at, scope) => translateResources(s, at, scope),
  (_name, s, at, scope) => translateScale(s, at, scope),
  (_name, s, at, scope) => translateDependsOn(s, at, scope),
  translateBuild,
  (_name, s, at, scope) => reportNotHonoured(s, at, scope),
  (_name, s, at, scope) => translateEnvFile(s, at, scope),
];

/**
 * A compose-spec document (already interpolated, includes/extends/profiles resolved) → a
 * document the docker stack 3.13 schema accepts and that means the same on swarm; every
 * translation or drop is a located warning (with `strict`, a build-only service is an error).
 * Never mutates `doc`; returns the files that configs and secrets given inline now point at.
 */
export function translateToStack(doc: RawDocument, opts: TranslateOptions, ctx: ComposeContext): { data: Record<string, unknown>; generated: GeneratedFile[] } {
  const scope: TranslateScope = { file: doc.file, opts, ctx };
  let data = translateVersion(doc.data, scope);
  data = translateProjectName(data, scope);
  data = fillEmptyServices(data, scope);
  data = mapServices(data, (name, service, at) => SERVICE_STEPS.reduce((s, step) => step(name, s, at, scope), service));
  data = translateNetworks(data, scope);
  const objects = translateObjects(data, scope);
  data = pruneComposeOnly(objects.data, scope);
  return { data, generated: objects.generated };
}

/**
 * Compose accepts a service declared with no value (`nil:`), an empty service; the stack schema
 * wants a mapping. Write it as `{}` and say so (it still needs an image to deploy).
 */
function fillEmptyServices(data: Mapping, scope: TranslateScope): Mapping {
  const services = own(data, 'services');
  if (!isMapping(services) || !Object.values(services).some((v) => v === null)) return data;
  const out: Mapping = {};
  for (const [name, def] of Object.entries(services)) {
    if (def === null) {
      note(scope, { code: 'compose/empty-service', message: `service "${name}" has no definition; written as an empty mapping (it needs an image before it can deploy)`, path: ['services', name], atKey: true });
    }
    setOwn(out, name, def === null ? {} : def);
  }
  return withKey(data, 'services', out);
}
