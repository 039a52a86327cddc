import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/**
 * docker stack deploy creates (or updates) every top-level secret, used or not (§4.3): an unused
 * one still needs its file on the deploying machine, and fails the deploy when that is missing or
 * its content changed.
 */
export default defineRule({
  meta: {
    id: 'unused-secret',
    description: 'A top-level secret that no service uses.',
    defaultSeverity: 'warning',
    messages: {
      unused: 'secret "{{name}}" is defined but no service uses it; docker stack deploy still {{effect}}. Remove it, or reference it from a service\'s secrets.',
    },
    rationale:
      'Unlike networks, unused secrets are not skipped: every non-external one is created from its file at each deploy, so a missing or changed file fails the deploy for something nothing uses.',
    examples: {
      bad: 'services:\n  app:\n    image: example/app:3\nsecrets:\n  old:\n    file: ./old.txt\n',
      good: 'services:\n  app:\n    image: example/app:3\n    secrets: [current]\nsecrets:\n  current:\n    file: ./current.txt\n',
    },
  },
  check({ stack, documents, report }) {
    const used = new Set<string>();
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      for (const ref of svc.secrets ?? []) if (ref.source !== undefined) used.add(ref.source);
    }
    for (const name of sortedKeys(stack.secrets)) {
      if (used.has(name)) continue;
      const effect = stack.secrets![name]!.external ? 'looks it up at every deploy' : 'creates it from its file at every deploy';
      report('unused', whereWritten(documents, ['secrets', name], true), { name, effect });
    }
  },
});
