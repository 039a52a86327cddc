/**
 * `build` without `image` (compose-spec.md §7.3). Swarm runs images only and docker stack rejects
 * a service without one. Compose names the image it builds `<project>-<service>`; using the same
 * name lets `docker compose build && docker compose push` produce it — but every node must be
 * able to pull it, which only the user can arrange: with `strict` this is an error.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, own, withKey, note, type Mapping, type TranslateScope } from './translate-util.js';

/** The image name docker compose gives a service it builds; lower case, as image references must be. */
export function builtImageName(projectName: string, service: string): string {
  return `${projectName}-${service}`.toLowerCase();
}

/** Gives a build-only service the image compose would build for it. */
export function translateBuild(name: string, service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  const image = own(service, 'image');
  if (!has(service, 'build') || (image !== undefined && image !== null)) return service;
  if (scope.opts.servicesWithImage?.has(name)) return service;
  const tag = builtImageName(scope.opts.projectName, name);
  note(scope, {
    code: 'compose/build-image',
    severity: scope.opts.strict ? 'error' : 'warning',
    message: `service "${name}" has "build" but no "image": swarm does not build, so it runs image "${tag}", which must be built and pushed to a registry every node can pull from`,
    path: [...at, 'build'],
    atKey: true,
    data: { service: name, image: tag },
  });
  return withKey(service, 'image', tag);
}
