import { defineRule } from '../rule.js';
import { findListItem, nthMatch, rawVolumeTarget, sortedKeys } from '../source.js';

/** The daemon refuses a container with two mounts at one path ("Duplicate mount point"). */
export default defineRule({
  meta: {
    id: 'duplicate-mount-target',
    description: 'Two volumes of a service are mounted at the same target.',
    defaultSeverity: 'error',
    messages: {
      duplicate: 'service "{{service}}" mounts two volumes at {{target}}; every task fails with "Duplicate mount point". Remove one, or mount it elsewhere.',
    },
    rationale:
      'A merge keys volumes by target, but two entries in one file survive; swarm accepts the service and then every task is rejected by the daemon, so the service never starts.',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["data:/data", "/srv/data:/data"]\nvolumes:\n  data: {}\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["data:/data"]\nvolumes:\n  data: {}\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const seen = new Map<string, number>();
      stack.services[service]!.volumes?.forEach((volume, index) => {
        if (volume.target === undefined) return;
        const count = seen.get(volume.target) ?? 0;
        seen.set(volume.target, count + 1);
        if (count === 0) return;
        const listPath = ['services', service, 'volumes'];
        const target = volume.target;
        report('duplicate', findListItem(documents, listPath, nthMatch((item) => rawVolumeTarget(item) === target, count), [...listPath, index]), { service, target });
      });
    }
  },
});
