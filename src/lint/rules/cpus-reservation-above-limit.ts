import { cpusValue } from '../resources.js';
import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/**
 * A CPU reservation is only a scheduling promise, a limit is what the task gets: reserving more
 * than the limit blocks node capacity the task can never use.
 */
export default defineRule({
  meta: {
    id: 'cpus-reservation-above-limit',
    description: 'A CPU reservation larger than the CPU limit.',
    defaultSeverity: 'warning',
    messages: {
      above:
        'service "{{service}}" reserves {{reservation}} CPUs but is limited to {{limit}}; the scheduler sets aside capacity the task can never use. Lower reservations.cpus to at most {{limit}}.',
    },
    rationale: 'Swarm places tasks by their reservations. A reservation above the limit makes nodes look full while the CPU sits idle, and tasks of other services stay pending.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { cpus: "0.5" }\n        reservations: { cpus: "2" }\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { cpus: "2" }\n        reservations: { cpus: "0.5" }\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const resources = stack.services[service]!.deploy?.resources;
      const limit = cpusValue(resources?.limits?.cpus);
      const reservation = cpusValue(resources?.reservations?.cpus);
      if (!limit || !reservation || reservation <= limit) continue;
      report('above', whereWritten(documents, ['services', service, 'deploy', 'resources', 'reservations', 'cpus']), {
        service,
        reservation: resources!.reservations!.cpus!,
        limit: resources!.limits!.cpus!,
      });
    }
  },
});
