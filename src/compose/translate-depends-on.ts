/**
 * `depends_on` (compose-spec.md §7.3). Swarm starts every service at once and has no start
 * order: docker stack accepts the short list (and prints it) but ignores it. The long form
 * (conditions such as `service_healthy`) is not in the stack schema, and its promise cannot be
 * kept, so it is removed rather than shortened into a list that would look meaningful.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { has, isMapping, own, withoutKeys, note, type Mapping, type TranslateScope } from './translate-util.js';

/** Removes a mapping-form `depends_on`; the short list is kept as docker stack keeps it. */
export function translateDependsOn(service: Mapping, at: DocPath, scope: TranslateScope): Mapping {
  const deps = own(service, 'depends_on');
  if (!has(service, 'depends_on') || !isMapping(deps)) return service;
  const conditions = Object.keys(deps).map((dep) => {
    const entry = deps[dep];
    const condition = isMapping(entry) ? own(entry, 'condition') : undefined;
    return { service: dep, condition: typeof condition === 'string' ? condition : 'service_started' };
  });
  const listed = conditions.map((c) => `${c.service} (${c.condition})`).join(', ');
  note(scope, {
    code: 'compose/depends-on',
    message: `"depends_on" is removed: swarm starts services in no order and waits for no condition, so ${listed || 'nothing'} is not honoured`,
    path: [...at, 'depends_on'],
    atKey: true,
    data: { dependencies: conditions },
  });
  return withoutKeys(service, 'depends_on');
}
