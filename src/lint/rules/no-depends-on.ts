import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Swarm starts all services at once: `depends_on` is accepted by the schema and silently dropped. */
export default defineRule({
  meta: {
    id: 'no-depends-on',
    description: '`depends_on` is silently ignored on swarm.',
    defaultSeverity: 'warning',
    messages: {
      dependsOn:
        'service "{{service}}": depends_on ({{services}}) is silently ignored by docker stack deploy; all services start at once. Make "{{service}}" retry its connections (and let the restart policy restart it) instead of relying on start order.',
    },
    rationale:
      'docker stack deploy accepts depends_on without a warning and never uses it: services are created together and tasks start in any order, restarting as needed. An application that needs another service up must wait for it itself.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n  db:\n    image: postgres:16\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const deps = stack.services[service]!.depends_on;
      if (deps === undefined) continue;
      report('dependsOn', whereWritten(documents, ['services', service, 'depends_on'], true), { service, services: deps.join(', ') });
    }
  },
});
