import { parseConstraints } from '../constraint.js';
import { defineRule, type Fix } from '../rule.js';
import { findListItem, sortedKeys } from '../source.js';

/** Placement constraints the daemon refuses to parse: the deploy fails for the service. */
export default defineRule({
  meta: {
    id: 'placement-constraint-syntax',
    description: 'A placement constraint that swarm cannot parse (missing `==`/`!=`, bad key or value).',
    defaultSeverity: 'error',
    messages: {
      operator: 'service "{{service}}": constraint "{{constraint}}" has no == or != operator; the daemon rejects it ("constraint expected one operator from ==, !="). Write {{suggestion}}.',
      key: 'service "{{service}}": constraint "{{constraint}}" has an invalid key "{{key}}"; keys are like node.labels.<name>, node.role or node.hostname.',
      value: 'service "{{service}}": constraint "{{constraint}}" has an invalid value "{{value}}"; values may only contain letters, digits, spaces and :-_.*()?+[]\\^$|/.',
    },
    rationale:
      'swarm accepts only `==` and `!=` in constraints. A single `=` (as in `docker run --constraint` habits or label filters) makes docker stack deploy fail for the whole service.',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints: [node.role=manager]\n',
      good: 'services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const constraints = stack.services[service]!.deploy?.placement?.constraints;
      if (!constraints) continue;
      parseConstraints(constraints).forEach((parsed, index) => {
        if (parsed.ok) return;
        const constraint = constraints[index]!;
        const listPath = ['services', service, 'deploy', 'placement', 'constraints'];
        const where = findListItem(documents, listPath, (item) => item === constraint, [...listPath, index]);
        if (parsed.problem !== 'operator') {
          report(parsed.problem, where, { service, constraint, key: parsed.key ?? '', value: parsed.value ?? '' });
          return;
        }
        // `a = b` (one `=`) is the common slip: offer `a == b`.
        const single = /^([^=]*[^=\s!<>])\s*=\s*([^=].*)$/.exec(constraint);
        const suggestion = single ? `${single[1]!.trim()} == ${single[2]!.trim()}` : undefined;
        const fix: Fix | undefined =
          suggestion && 'file' in where && where.file !== undefined ? { title: `Use ${suggestion}`, edits: [{ file: where.file, path: where.path, replacement: JSON.stringify(suggestion) }] } : undefined;
        report('operator', where, { service, constraint, suggestion: suggestion ?? '<key> == <value>' }, fix);
      });
    }
  },
});
