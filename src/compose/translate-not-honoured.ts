/**
 * Keys the stack schema accepts but swarm ignores (stack-deploy.md §1.6): `container_name`,
 * `links` and `network_mode`. They are kept — docker stack prints them — but a compose user
 * relying on them would get a different application, so each gets a note saying what happens
 * instead.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, own, note, type Mapping, type TranslateScope } from './translate-util.js';

/** Why swarm ignores each key, as the note's second half. */
const REASONS: Readonly<Record<string, string>> = {
  container_name: 'swarm names each task itself (<stack>_<service>.<slot>.<id>)',
  links: 'services reach each other by service name on a shared network instead',
};

/** network_mode values whose meaning is lost; `bridge`/`default` mean what swarm does anyway. */
function networkModeReason(mode: string): string | undefined {
  if (mode === 'host' || mode === 'none') return `the service is attached to the stack's overlay networks instead of "${mode}"`;
  if (mode.startsWith('service:') || mode.startsWith('container:')) return `the service does not share "${mode.slice(mode.indexOf(':') + 1)}"'s network stack; it is attached to the stack's networks instead`;
  return undefined;
}

/** Notes `container_name`, `links` and a meaningful `network_mode`; returns the service unchanged. */
export function reportNotHonoured(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  for (const key of Object.keys(REASONS)) {
    if (!has(service, key)) continue;
    note(scope, { code: 'compose/not-honoured', message: `"${key}" is not honoured on swarm: ${REASONS[key]}`, path: [...at, key], atKey: true, data: { key } });
  }
  const mode = own(service, 'network_mode');
  const reason = typeof mode === 'string' ? networkModeReason(mode) : undefined;
  if (reason) {
    note(scope, { code: 'compose/not-honoured', message: `"network_mode: ${String(mode)}" is not honoured on swarm: ${reason}`, path: [...at, 'network_mode'], data: { key: 'network_mode', value: mode } });
  }
  return service;
}
