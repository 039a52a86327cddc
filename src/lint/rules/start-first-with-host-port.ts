import type { ServiceConfig } from '../../model/stack-config.js';
import { defineRule, type Fix } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

const SECTIONS = ['update_config', 'rollback_config'] as const;

/**
 * `order: start-first` starts the new task before stopping the old one; a host-mode published
 * port is still held by the old task on that node, so the new task cannot be placed there and the
 * update stalls unless another node is free.
 */
export default defineRule({
  meta: {
    id: 'start-first-with-host-port',
    description: '`update_config`/`rollback_config` `order: start-first` on a service that publishes host-mode ports.',
    defaultSeverity: 'warning',
    messages: {
      startFirst:
        'service "{{service}}": {{section}}.order start-first starts the new task while the old one still holds host port {{port}}; it cannot be placed on the same node, so the update stalls when no other node is free. Use order: stop-first, or publish the port in ingress mode.',
    },
    rationale:
      'A host-mode port is bound directly on the node, and only one task per node can hold it. With start-first both tasks must run at once, which works only if the scheduler finds another free node for every replica.',
    examples: {
      bad: 'services:\n  lb:\n    image: haproxy:3.0\n    ports:\n      - { target: 80, published: 80, mode: host }\n    deploy:\n      update_config:\n        order: start-first\n',
      good: 'services:\n  lb:\n    image: haproxy:3.0\n    ports:\n      - { target: 80, published: 80, mode: host }\n    deploy:\n      update_config:\n        order: stop-first\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      // The cheap test first: most services do not ask for start-first at all.
      if (!SECTIONS.some((section) => startsFirst(svc, section))) continue;
      const hostPort = svc.ports?.find((p) => p.mode === 'host' && p.published);
      if (!hostPort) continue;
      for (const section of SECTIONS) {
        if (!startsFirst(svc, section)) continue;
        const where = whereWritten(documents, ['services', service, 'deploy', section, 'order']);
        const fix: Fix | undefined =
          !Array.isArray(where) && 'file' in where && where.file !== undefined
            ? { title: 'Use order: stop-first', edits: [{ file: where.file, path: where.path, replacement: 'stop-first' }] }
            : undefined;
        report('startFirst', where, { service, section, port: hostPort.published! }, fix);
      }
    }
  },
});

/** Whether the service's `section` updates start the new task before stopping the old one. */
function startsFirst(svc: ServiceConfig, section: (typeof SECTIONS)[number]): boolean {
  return svc.deploy?.[section]?.order === 'start-first';
}
