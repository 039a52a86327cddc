import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Condition the legacy `restart` value becomes on swarm (stack-deploy.md §4.9). */
function conditionOf(restart: string): string {
  const name = restart.split(':')[0];
  if (name === 'always' || name === 'unless-stopped') return 'any';
  if (name === 'on-failure') return 'on-failure';
  return 'none';
}

/**
 * `restart` is reported as unsupported by docker, yet used as the restart policy when
 * `deploy.restart_policy` is absent; with both, it is silently dropped. Either way the file says
 * something other than what runs.
 */
export default defineRule({
  meta: {
    id: 'restart-without-restart-policy',
    description: '`restart` instead of (or next to) `deploy.restart_policy`.',
    defaultSeverity: 'warning',
    messages: {
      fallback:
        'service "{{service}}": restart: {{value}} is reported as unsupported by docker stack deploy but still becomes the restart policy (condition {{condition}}); write it as deploy.restart_policy.condition instead.',
      no: 'service "{{service}}": restart: {{value}} does not stop swarm from restarting the task: with no restart policy the engine default (condition any) applies. Set deploy.restart_policy.condition: none instead.',
      shadowed: 'service "{{service}}": restart: {{value}} is ignored because deploy.restart_policy is set; remove it.',
    },
    rationale:
      'docker stack deploy prints "Ignoring unsupported options: restart" yet converts restart into the task restart policy when deploy.restart_policy is missing. The warning misleads readers; with deploy.restart_policy present the key really is ignored.',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: any\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      if (svc.restart === undefined) continue;
      const where = whereWritten(documents, ['services', service, 'restart']);
      if (svc.deploy?.restart_policy) report('shadowed', where, { service, value: svc.restart });
      else if (conditionOf(svc.restart) === 'none') report('no', where, { service, value: svc.restart });
      else report('fallback', where, { service, value: svc.restart, condition: conditionOf(svc.restart) });
    }
  },
});
