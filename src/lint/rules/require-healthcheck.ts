import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/**
 * Swarm uses health to route (VIP and ingress skip unhealthy tasks) and to pace rolling updates
 * (`monitor`, `failure_action`): without one a task counts as ready the moment it starts.
 */
export default defineRule({
  meta: {
    id: 'require-healthcheck',
    description: 'A long-running service without a healthcheck, or with it disabled.',
    defaultSeverity: 'warning',
    messages: {
      missing:
        'service "{{service}}" has no healthcheck (unless its image defines one); swarm will route traffic to its tasks and continue rolling updates as soon as they start. Add a healthcheck.',
      disabled: 'service "{{service}}" disables its healthcheck; swarm treats every started task as healthy for routing and rolling updates.',
    },
    rationale:
      'The routing mesh only balances to healthy tasks and update_config.failure_action only fires on tasks that fail, so without a healthcheck a broken release is rolled out to every replica.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost:8080/health"]\n      interval: 10s\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      // Jobs run to completion: health plays no part in them.
      if (svc.deploy?.mode === 'replicated-job' || svc.deploy?.mode === 'global-job') continue;
      const hc = svc.healthcheck;
      if (hc === undefined) report('missing', whereWritten(documents, ['services', service], true), { service });
      else if (hc.disable === true) report('disabled', whereWritten(documents, ['services', service, 'healthcheck', 'disable']), { service });
      else if (hc.test?.[0] === 'NONE') report('disabled', whereWritten(documents, ['services', service, 'healthcheck', 'test']), { service });
    }
  },
});
