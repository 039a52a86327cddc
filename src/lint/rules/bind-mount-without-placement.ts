import { defineRule } from '../rule.js';
import { findListItem, rawVolumeTarget, sortedKeys } from '../source.js';

interface Options {
  /** Host paths present on every node (prefixes), never reported. */
  readonly ignore: readonly string[];
}

const DEFAULT_IGNORE = ['/var/run/docker.sock', '/run/docker.sock', '/etc/localtime', '/etc/timezone', '/etc/hostname', '/etc/machine-id', '/proc', '/sys', '/dev', '/lib/modules', '/var/lib/docker', '/var/log'];

/**
 * A bind mount ties a task to a node that has the path; without a placement constraint swarm may
 * schedule it anywhere, and the task is rejected on every node that lacks the path.
 */
export default defineRule<'unpinned', Options>({
  meta: {
    id: 'bind-mount-without-placement',
    description: 'A service bind-mounts a host path but has no placement constraint.',
    defaultSeverity: 'warning',
    messages: {
      unpinned:
        'service "{{service}}": bind mount {{source}} must exist on every node the task can be scheduled on, and the service has no placement constraint. Pin it (deploy.placement.constraints: [node.hostname == <node>] or a node label), or use a named volume.',
    },
    rationale:
      'Swarm does not copy bind-mounted files between nodes. A task placed on a node without the path fails with "bind source path does not exist" and is rescheduled in a loop; with the path present but different, the service silently runs with other data.',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    volumes: ["/srv/pg:/var/lib/postgresql/data"]\n',
      good: 'services:\n  db:\n    image: postgres:16\n    volumes: ["/srv/pg:/var/lib/postgresql/data"]\n    deploy:\n      placement:\n        constraints: [node.labels.db == true]\n',
    },
    schema: {
      type: 'object',
      properties: { ignore: { type: 'array', items: { type: 'string' }, description: 'host path prefixes present on every node' } },
      additionalProperties: false,
    },
    defaultOptions: { ignore: DEFAULT_IGNORE },
  },
  check({ stack, documents, options, report }) {
    const ignore = options.ignore ?? DEFAULT_IGNORE;
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      if ((svc.deploy?.placement?.constraints?.length ?? 0) > 0) continue;
      svc.volumes?.forEach((volume, index) => {
        if (volume.type !== 'bind' || !volume.source) return;
        const source = volume.source;
        if (ignore.some((prefix) => source === prefix || source.startsWith(prefix.endsWith('/') ? prefix : prefix + '/'))) return;
        const listPath = ['services', service, 'volumes'];
        report('unpinned', findListItem(documents, listPath, (item) => rawVolumeTarget(item) === volume.target, [...listPath, index]), { service, source });
      });
    }
  },
});
