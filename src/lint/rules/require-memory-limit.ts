import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Limits that bound CPU or pids but not memory: the one resource whose exhaustion kills neighbours. */
export default defineRule({
  meta: {
    id: 'require-memory-limit',
    description: '`deploy.resources.limits` without `memory`.',
    defaultSeverity: 'warning',
    messages: {
      missing: 'service "{{service}}" sets deploy.resources.limits but no memory limit; a leaking task can exhaust its node\'s memory and get other containers OOM-killed. Add limits.memory.',
    },
    rationale: 'A CPU limit only slows a task down; memory is not compressible. Without a memory limit the OOM killer acts on the whole node rather than on the offending task.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "1"\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits:\n          cpus: "1"\n          memory: 512M\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const limits = stack.services[service]!.deploy?.resources?.limits;
      if (!limits || limits.memory !== undefined) continue;
      report('missing', whereWritten(documents, ['services', service, 'deploy', 'resources', 'limits'], true), { service });
    }
  },
});
