import { formatBytes } from '../resources.js';
import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** The daemon refuses a container whose memory reservation exceeds its limit. */
export default defineRule({
  meta: {
    id: 'memory-reservation-above-limit',
    description: 'A memory reservation larger than the memory limit.',
    defaultSeverity: 'error',
    messages: {
      above:
        'service "{{service}}" reserves {{reservation}} of memory but is limited to {{limit}}; every task is rejected ("Minimum memory limit can not be less than memory reservation limit"). Lower reservations.memory or raise limits.memory.',
    },
    rationale: 'Swarm accepts the service, schedules tasks using the reservation, and then the engine on the node refuses to create the container, so the service never runs.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { memory: 256M }\n        reservations: { memory: 512M }\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { memory: 512M }\n        reservations: { memory: 256M }\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const resources = stack.services[service]!.deploy?.resources;
      const limit = resources?.limits?.memory;
      const reservation = resources?.reservations?.memory;
      if (!limit || !reservation || reservation <= limit) continue;
      report('above', whereWritten(documents, ['services', service, 'deploy', 'resources', 'reservations', 'memory']), {
        service,
        reservation: formatBytes(reservation),
        limit: formatBytes(limit),
      });
    }
  },
});
