import type { PortConfig } from '../../model/stack-config.js';
import { defineRule } from '../rule.js';
import { findListItem, nthMatch, rawPortMatches, rawPortPublishes, sortedKeys } from '../source.js';

interface Published {
  readonly service: string;
  readonly index: number;
  readonly port: PortConfig;
}

/**
 * Two services publishing the same port: an ingress port is taken on every node of the swarm (the
 * routing mesh), so the second service update is rejected by the daemon. Two host-mode ports may
 * share a number (the scheduler puts their tasks on different nodes), so only pairs involving an
 * ingress port are reported.
 */
export default defineRule({
  meta: {
    id: 'published-port-conflict',
    description: 'A published port is used twice, and at least one use is an ingress (cluster-wide) port.',
    defaultSeverity: 'error',
    messages: {
      conflict:
        'port {{published}}/{{protocol}} is already published by service "{{other}}"; ingress ports are reserved on every node of the swarm, so the daemon rejects service "{{service}}". Publish a different port.',
      duplicate: 'service "{{service}}" publishes port {{published}}/{{protocol}} twice; the daemon rejects duplicate published ports. Remove one of them.',
    },
    rationale:
      'On swarm the routing mesh listens on a published ingress port on every node, so a port number can be published by only one service in the whole cluster. Docker stack deploy creates the first service and then fails on the second with "port is already in use".',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n  admin:\n    image: nginx:1.27\n    ports: ["80:8080"]\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n  admin:\n    image: nginx:1.27\n    ports: ["8080:8080"]\n',
    },
  },
  check({ stack, documents, report }) {
    const byKey = new Map<string, Published[]>();
    for (const service of sortedKeys(stack.services)) {
      stack.services[service]!.ports?.forEach((port, index) => {
        if (!port.published) return;
        const key = `${port.published}/${port.protocol ?? 'tcp'}`;
        const uses = byKey.get(key);
        if (uses) uses.push({ service, index, port });
        else byKey.set(key, [{ service, index, port }]);
      });
    }
    // Only ports used twice can conflict: sort those few, not every published port of the stack.
    const shared: { readonly key: string; readonly uses: readonly Published[] }[] = [];
    byKey.forEach((uses, key) => {
      if (uses.length > 1) shared.push({ key, uses });
    });
    shared.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { uses } of shared) {
      if (!uses.some((u) => (u.port.mode ?? 'ingress') === 'ingress')) continue;
      uses.slice(1).forEach((use, i) => {
        const first = uses[0]!;
        const data = { service: use.service, other: first.service, published: use.port.published!, protocol: use.port.protocol ?? 'tcp' };
        const listPath = ['services', use.service, 'ports'];
        // The same service twice: point at the later item, so skip the first match.
        const where =
          first.service === use.service
            ? findListItem(documents, listPath, nthMatch((item) => rawPortPublishes(item, use.port.published!), sameServiceBefore(uses, i + 1, use.service)), [...listPath, use.index])
            : findListItem(documents, listPath, (item) => rawPortMatches(item, use.port), [...listPath, use.index]);
        report(first.service === use.service ? 'duplicate' : 'conflict', where, data);
      });
    }
  },
});

/** How many uses of the same service come before position `upTo`: which raw duplicate to point at. */
function sameServiceBefore(uses: readonly Published[], upTo: number, service: string): number {
  return uses.slice(0, upTo).filter((u) => u.service === service).length;
}
