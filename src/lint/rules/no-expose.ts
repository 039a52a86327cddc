import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** `expose` is one of docker stack's "deprecated options": printed as ignored, never deployed. */
export default defineRule({
  meta: {
    id: 'no-expose',
    description: '`expose` has no effect on swarm.',
    defaultSeverity: 'warning',
    messages: {
      expose:
        'service "{{service}}": expose is ignored by docker stack deploy; services on the same overlay network already reach each other on any port. To make a port reachable from outside the swarm, publish it under ports.',
    },
    rationale:
      'docker stack deploy prints "Ignoring deprecated options: expose: Exposing ports is unnecessary" and drops the key. Users who meant to open a port to clients outside the swarm get nothing; users who meant inter-service access do not need it.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    expose: ["8080"]\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    ports: ["8080:8080"]\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      if (stack.services[service]!.expose === undefined) continue;
      report('expose', whereWritten(documents, ['services', service, 'expose'], true), { service });
    }
  },
});
