/**
 * Values docker accepts for string keys whose schema has no `enum`: docker's schema leaves them
 * free-form and rejects bad values later (while converting), so the editor needs its own list.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';

/** `*` matches any mapping key, `#` any sequence index. */
const HINTS: readonly { readonly pattern: readonly string[]; readonly values: readonly string[] }[] = [
  { pattern: ['services', '*', 'deploy', 'mode'], values: ['replicated', 'global', 'replicated-job', 'global-job'] },
  { pattern: ['services', '*', 'deploy', 'endpoint_mode'], values: ['vip', 'dnsrr'] },
  { pattern: ['services', '*', 'deploy', 'restart_policy', 'condition'], values: ['none', 'on-failure', 'any'] },
  { pattern: ['services', '*', 'deploy', 'update_config', 'failure_action'], values: ['continue', 'pause', 'rollback'] },
  { pattern: ['services', '*', 'deploy', 'rollback_config', 'failure_action'], values: ['continue', 'pause'] },
  { pattern: ['services', '*', 'ports', '#', 'protocol'], values: ['tcp', 'udp', 'sctp'] },
  { pattern: ['services', '*', 'ports', '#', 'mode'], values: ['ingress', 'host'] },
  { pattern: ['services', '*', 'volumes', '#', 'type'], values: ['volume', 'bind', 'tmpfs', 'npipe', 'cluster'] },
  { pattern: ['networks', '*', 'driver'], values: ['overlay', 'bridge', 'host', 'none'] },
];

function matches(pattern: readonly string[], path: DocPath): boolean {
  return pattern.length === path.length && pattern.every((p, i) => (p === '*' ? typeof path[i] === 'string' : p === '#' ? typeof path[i] === 'number' : p === path[i]));
}

/** Known values for the scalar at `path`, or none. */
export function valueHints(path: DocPath): readonly string[] {
  return HINTS.find((h) => matches(h.pattern, path))?.values ?? [];
}
