import type { ServiceVolumeConfig } from '../../model/stack-config.js';
import { defineRule } from '../rule.js';
import { findListItem, rawVolumeTarget, sortedKeys } from '../source.js';

const SOCKETS = new Set(['/var/run/docker.sock', '/run/docker.sock']);

/** True when the volume bind-mounts a Docker socket. */
function mountsSocket(volume: ServiceVolumeConfig): boolean {
  return volume.type === 'bind' && !!volume.source && SOCKETS.has(volume.source);
}

/** True when the constraints keep the tasks on managers. */
function onManagers(constraints: readonly string[]): boolean {
  return constraints.some((c) => {
    const m = /^\s*node\.role\s*(==|!=)\s*(\S+)\s*$/i.exec(c);
    return m !== null && ((m[1] === '==' && m[2]!.toLowerCase() === 'manager') || (m[1] === '!=' && m[2]!.toLowerCase() === 'worker'));
  });
}

/**
 * A replicated service that mounts the Docker socket usually wants the swarm API (deploying,
 * listing services); a worker's daemon answers "This node is not a swarm manager". Global services
 * (per-node agents, log shippers) want their own node's daemon and are not reported.
 */
export default defineRule({
  meta: {
    id: 'docker-socket-without-manager-constraint',
    description: 'A replicated service mounts the Docker socket without being constrained to manager nodes.',
    defaultSeverity: 'warning',
    messages: {
      socket:
        'service "{{service}}" mounts {{source}} but may be scheduled on a worker, whose daemon refuses swarm API calls ("This node is not a swarm manager"). Add the placement constraint node.role == manager.',
    },
    rationale:
      'Only managers serve the swarm API (services, nodes, secrets). A replicated service that drives swarm through the socket works while it happens to land on a manager and breaks when rescheduled on a worker.',
    examples: {
      bad: 'services:\n  ui:\n    image: portainer/portainer-ce:2.21.0\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\n',
      good: 'services:\n  ui:\n    image: portainer/portainer-ce:2.21.0\n    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      // Socket mounts are rare: look for one before reading the constraints (a regex each).
      if (!svc.volumes?.some(mountsSocket)) continue;
      const mode = svc.deploy?.mode ?? 'replicated';
      if (mode === 'global' || mode === 'global-job' || onManagers(svc.deploy?.placement?.constraints ?? [])) continue;
      svc.volumes.forEach((volume, index) => {
        if (!mountsSocket(volume)) return;
        const listPath = ['services', service, 'volumes'];
        report('socket', findListItem(documents, listPath, (item) => rawVolumeTarget(item) === volume.target, [...listPath, index]), { service, source: volume.source! });
      });
    }
  },
});
