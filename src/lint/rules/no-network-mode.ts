import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** `network_mode` is unsupported on swarm; the service joins the stack's overlay network anyway. */
export default defineRule({
  meta: {
    id: 'no-network-mode',
    description: '`network_mode` is ignored on swarm.',
    defaultSeverity: 'warning',
    messages: {
      host:
        'service "{{service}}": network_mode: host is ignored by docker stack deploy and the service joins the stack\'s default overlay network. To use the host network, attach it as an external network: networks: { host: { external: true, name: host } }.',
      other: 'service "{{service}}": network_mode: {{mode}} is ignored by docker stack deploy; the service joins the stack\'s default overlay network. Attach the service to networks instead.',
    },
    rationale:
      'network_mode is in docker\'s "Ignoring unsupported options" list. A service written with network_mode: host still gets an overlay network and a virtual IP, so ports bound on the host are not where the user expects. Swarm\'s equivalent is attaching the predefined "host" network as an external network.',
    examples: {
      bad: 'services:\n  agent:\n    image: example/agent:2\n    network_mode: host\n',
      good: 'services:\n  agent:\n    image: example/agent:2\n    networks: [hostnet]\nnetworks:\n  hostnet:\n    external: true\n    name: host\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const mode = stack.services[service]!.network_mode;
      if (mode === undefined) continue;
      report(mode === 'host' ? 'host' : 'other', whereWritten(documents, ['services', service, 'network_mode']), { service, mode });
    }
  },
});
