import { defineRule } from '../rule.js';
import { findListItem, rawPortMatches, sortedKeys } from '../source.js';

/** swarmkit rejects a `dnsrr` endpoint with any ingress port: the mesh needs a virtual IP. */
export default defineRule({
  meta: {
    id: 'dnsrr-with-ingress-port',
    description: 'A service with `endpoint_mode: dnsrr` has a port in ingress mode.',
    defaultSeverity: 'error',
    messages: {
      ingress:
        'service "{{service}}" uses endpoint_mode dnsrr, but port {{port}} is in ingress mode; the daemon rejects ingress ports without a virtual IP. Publish it with mode: host, or use endpoint_mode: vip.',
    },
    rationale:
      'The routing mesh forwards ingress traffic to the service virtual IP. With DNS round-robin there is none, and the daemon refuses the service ("port published with ingress mode can\'t be used with dnsrr mode").',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n    deploy:\n      endpoint_mode: dnsrr\n',
      good: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - { target: 5432, published: 5432, mode: host }\n    deploy:\n      endpoint_mode: dnsrr\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      if (svc.deploy?.endpoint_mode?.toLowerCase() !== 'dnsrr') continue;
      svc.ports?.forEach((port, index) => {
        if (port.mode === 'host') return;
        const listPath = ['services', service, 'ports'];
        const text = port.published ? `${port.published}:${port.target ?? 0}` : String(port.target ?? 0);
        report('ingress', findListItem(documents, listPath, (item) => rawPortMatches(item, port), [...listPath, index]), { service, port: text });
      });
    }
  },
});
