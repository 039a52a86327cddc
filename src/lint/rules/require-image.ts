import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Swarm never builds: a service with only `build` has no image and cannot be created. */
export default defineRule({
  meta: {
    id: 'require-image',
    description: 'A service without `image`.',
    defaultSeverity: 'error',
    messages: {
      noImage: 'service "{{service}}" has no image; swarm does not build images, so the service cannot be created. Build and push the image, then set image: <registry>/<name>:<tag>.',
    },
    rationale: 'docker stack deploy ignores build; a service without image is sent with an empty image reference and the daemon rejects it.',
    examples: {
      bad: 'services:\n  web:\n    build: .\n',
      good: 'services:\n  web:\n    image: registry.example.com/web:1.0\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      if (stack.services[service]!.image) continue;
      report('noImage', whereWritten(documents, ['services', service], true), { service });
    }
  },
});
