/**
 * Service keys `docker stack` refuses outright (stack-deploy.md §1.6). They are not in any v3
 * schema, so docker checks them on the raw dict before interpolation and schema validation.
 */
import type { Report } from '../diagnostics/diagnostic.js';
import { isRecord } from '../load/plain-data.js';

/** Forbidden service keys with docker's explanation, as `docker stack deploy` prints them. */
export const FORBIDDEN_SERVICE_KEYS: Readonly<Record<string, string>> = {
  extends: 'Support for `extends` is not implemented yet.',
  volume_driver:
    'Instead of setting the volume driver on the service, define a volume using the top-level `volumes` option and specify the driver there.',
  volumes_from:
    'To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option.',
  cpu_quota: 'Set resource limits using deploy.resources',
  cpu_shares: 'Set resource limits using deploy.resources',
  cpuset: 'Set resource limits using deploy.resources',
  mem_limit: 'Set resource limits using deploy.resources',
  memswap_limit: 'Set resource limits using deploy.resources',
};

/**
 * Reports one `validate/forbidden-property` error per forbidden key found directly in a service
 * of the raw (pre-interpolation) file, pointed at the key. `docker stack config` itself only says
 * `Configuration contains forbidden properties` (kept in `data.dockerMessage`).
 */
export function checkForbidden(data: unknown, file: string, report: Report): void {
  if (!isRecord(data) || !isRecord(data['services'])) return;
  for (const [name, svc] of Object.entries(data['services'])) {
    if (!isRecord(svc)) continue;
    for (const key of Object.keys(svc)) {
      // Own keys only: `constructor` or `toString` are unknown properties (the schema reports
      // them), not forbidden ones inherited from Object.prototype.
      if (!Object.hasOwn(FORBIDDEN_SERVICE_KEYS, key)) continue;
      const why = FORBIDDEN_SERVICE_KEYS[key]!;
      report({
        code: 'validate/forbidden-property',
        severity: 'error',
        message: `${key} is not supported by docker stack: ${why}`,
        file,
        path: ['services', name, key],
        atKey: true,
        data: { property: key, service: name, description: why, dockerMessage: 'Configuration contains forbidden properties' },
      });
    }
  }
}
