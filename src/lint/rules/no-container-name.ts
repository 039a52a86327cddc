import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** `container_name` is a "deprecated option" of docker stack: tasks are always named by swarm. */
export default defineRule({
  meta: {
    id: 'no-container-name',
    description: '`container_name` has no effect on swarm.',
    defaultSeverity: 'warning',
    messages: {
      containerName:
        'service "{{service}}": container_name "{{name}}" is ignored by docker stack deploy; tasks are named <stack>_{{service}}.<slot>.<id>. Reach the service by its name "{{service}}" on the stack network instead.',
    },
    rationale:
      'Swarm names every task container itself (a service may run many replicas), so docker stack deploy prints "Ignoring deprecated options: container_name" and drops it. Scripts that look up the container by that name will not find it.',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    container_name: db\n',
      good: 'services:\n  db:\n    image: postgres:16\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const name = stack.services[service]!.container_name;
      if (name === undefined) continue;
      report('containerName', whereWritten(documents, ['services', service, 'container_name'], true), { service, name });
    }
  },
});
