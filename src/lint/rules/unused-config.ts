import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/**
 * docker stack deploy creates (or updates) every top-level config, used or not (§4.3): an unused
 * one still needs its file on the deploying machine, and fails the deploy when that is missing or
 * its content changed.
 */
export default defineRule({
  meta: {
    id: 'unused-config',
    description: 'A top-level config that no service uses.',
    defaultSeverity: 'warning',
    messages: {
      unused: 'config "{{name}}" is defined but no service uses it; docker stack deploy still {{effect}}. Remove it, or reference it from a service\'s configs.',
    },
    rationale:
      'Unlike networks, unused configs are not skipped: every non-external one is created from its file at each deploy, so a missing or changed file fails the deploy for something nothing uses.',
    examples: {
      bad: 'services:\n  app:\n    image: example/app:3\nconfigs:\n  old:\n    file: ./old.txt\n',
      good: 'services:\n  app:\n    image: example/app:3\n    configs: [current]\nconfigs:\n  current:\n    file: ./current.txt\n',
    },
  },
  check({ stack, documents, report }) {
    const used = new Set<string>();
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      for (const ref of svc.configs ?? []) if (ref.source !== undefined) used.add(ref.source);
      // credential_spec.config names a config too (§4.7).
      if (svc.credential_spec?.config !== undefined) used.add(svc.credential_spec.config);
    }
    for (const name of sortedKeys(stack.configs)) {
      if (used.has(name)) continue;
      const effect = stack.configs![name]!.external ? 'looks it up at every deploy' : 'creates it from its file at every deploy';
      report('unused', whereWritten(documents, ['configs', name], true), { name, effect });
    }
  },
});
