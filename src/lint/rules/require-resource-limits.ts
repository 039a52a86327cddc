import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Without limits a task can take a whole node; the scheduler only counts reservations. */
export default defineRule({
  meta: {
    id: 'require-resource-limits',
    description: 'A service without `deploy.resources.limits`.',
    defaultSeverity: 'warning',
    messages: {
      missing: 'service "{{service}}" has no deploy.resources.limits; one runaway task can starve every other task on its node. Set limits (at least memory).',
    },
    rationale:
      'Swarm packs tasks of many services onto shared nodes. Without limits, a leaking or busy task takes memory and CPU from its neighbours, and the kernel OOM killer may pick any container on the node.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "1"\n          memory: 512M\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      if (stack.services[service]!.deploy?.resources?.limits) continue;
      report('missing', whereWritten(documents, ['services', service], true), { service });
    }
  },
});
