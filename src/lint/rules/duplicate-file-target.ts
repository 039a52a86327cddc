import { defineRule } from '../rule.js';
import { findListItem, nthMatch, rawReferenceSource, sortedKeys } from '../source.js';

/** Secrets first, then configs: the order findings are reported in. */
const KINDS = ['secret', 'config'] as const;

/** docker's `duplicate secret target for <name> not allowed` (stack-deploy.md §4.7). */
export default defineRule({
  meta: {
    id: 'duplicate-file-target',
    description: 'Two secrets (or two configs) of a service are mounted at the same target.',
    defaultSeverity: 'error',
    messages: {
      duplicate: 'service "{{service}}": {{kind}} "{{source}}" is mounted at {{target}}, which another {{kind}} already uses; docker stack deploy fails with "duplicate {{kind}} target for {{source}} not allowed". Give it another target.',
    },
    rationale: 'docker refuses the whole deploy when two secret (or config) references of a service resolve to the same file; the target defaults to the source name.',
    examples: {
      bad: 'services:\n  app:\n    image: example/app:3\n    secrets:\n      - source: a\n        target: token\n      - source: b\n        target: token\nsecrets:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n',
      good: 'services:\n  app:\n    image: example/app:3\n    secrets: [a, b]\nsecrets:\n  a: { file: ./a.txt }\n  b: { file: ./b.txt }\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      for (const kind of KINDS) {
        const key = kind === 'secret' ? 'secrets' : 'configs';
        const refs = stack.services[service]![key];
        // One reference cannot collide: no sets for the many services with fewer than two.
        if (!refs || refs.length < 2) continue;
        const seen = new Set<string>();
        const sourcesSeen = new Map<string, number>();
        refs.forEach((ref, index) => {
          const source = ref.source ?? '';
          const target = ref.target ?? source;
          const n = sourcesSeen.get(source) ?? 0;
          sourcesSeen.set(source, n + 1);
          if (!seen.has(target)) {
            seen.add(target);
            return;
          }
          const listPath = ['services', service, key];
          report('duplicate', findListItem(documents, listPath, nthMatch((item) => rawReferenceSource(item) === source, n), [...listPath, index]), { service, kind, source, target });
        });
      }
    }
  },
});
