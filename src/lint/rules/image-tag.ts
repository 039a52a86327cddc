import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Splits `name[:tag][@digest]`; the tag is after the last `:` that follows the last `/`. */
function tagOf(image: string): { tag?: string; digest: boolean } {
  const at = image.indexOf('@');
  const digest = at !== -1;
  const name = digest ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? { tag: name.slice(colon + 1), digest } : { digest };
}

/**
 * Every node pulls the image on its own: with no tag (= latest) or `latest`, nodes can run
 * different builds, and a rollback or rescale may silently change the version.
 */
export default defineRule({
  meta: {
    id: 'image-tag',
    description: 'An image without a tag, or with the `latest` tag.',
    defaultSeverity: 'warning',
    messages: {
      missing: 'service "{{service}}": image "{{image}}" has no tag, so it means {{image}}:latest; pin a version tag (or a digest) so every node runs the same image.',
      latest: 'service "{{service}}": image "{{image}}" uses the latest tag; pin a version tag (or a digest) so every node runs the same image.',
    },
    rationale:
      'Each swarm node resolves and pulls the image itself, and tasks are rescheduled at any time. A moving tag lets nodes run different versions, and docker stack deploy cannot tell that an update is needed when the tag text did not change.',
    examples: {
      bad: 'services:\n  web:\n    image: nginx\n',
      good: 'services:\n  web:\n    image: nginx:1.27.3\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const image = stack.services[service]!.image;
      if (!image) continue;
      const { tag, digest } = tagOf(image);
      if (digest) continue;
      if (tag === undefined) report('missing', whereWritten(documents, ['services', service, 'image']), { service, image });
      else if (tag === 'latest') report('latest', whereWritten(documents, ['services', service, 'image']), { service, image });
    }
  },
});
