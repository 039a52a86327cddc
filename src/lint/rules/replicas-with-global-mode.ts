import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** docker: `replicas can only be used with replicated or replicated-job mode` (§4.8). */
export default defineRule({
  meta: {
    id: 'replicas-with-global-mode',
    description: '`deploy.replicas` on a global service.',
    defaultSeverity: 'error',
    messages: {
      replicas: 'service "{{service}}": replicas ({{replicas}}) cannot be used with mode {{mode}}; docker stack deploy fails with "replicas can only be used with replicated or replicated-job mode". Remove replicas (a global service runs one task per node).',
    },
    rationale: 'A global service runs exactly one task on every eligible node; docker refuses the deploy when replicas is also given, even replicas: 1.',
    examples: {
      bad: 'services:\n  agent:\n    image: example/agent:2\n    deploy:\n      mode: global\n      replicas: 1\n',
      good: 'services:\n  agent:\n    image: example/agent:2\n    deploy:\n      mode: global\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const deploy = stack.services[service]!.deploy;
      if (deploy?.replicas === undefined || (deploy.mode !== 'global' && deploy.mode !== 'global-job')) continue;
      report('replicas', whereWritten(documents, ['services', service, 'deploy', 'replicas'], true), { service, replicas: deploy.replicas, mode: deploy.mode });
    }
  },
});
