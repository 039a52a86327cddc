import { parseConstraints } from '../constraint.js';
import { defineRule, type Fix } from '../rule.js';
import { findListItem, sortedKeys } from '../source.js';

/** Constraint fields swarmkit's filter knows (keys compare case-insensitively). */
const FIELDS = ['node.id', 'node.hostname', 'node.ip', 'node.role', 'node.platform.os', 'node.platform.arch'];
const LABEL_PREFIXES = ['node.labels.', 'engine.labels.'];

type Finding = { messageId: 'unknown' | 'labelPrefix' | 'bare' | 'role'; key?: string; fixed?: string };

function checkField(key: string, operatorAndValue: { value: string }): Finding | undefined {
  const lower = key.toLowerCase();
  if (FIELDS.includes(lower)) {
    if (lower === 'node.role' && !['manager', 'worker'].includes(operatorAndValue.value.toLowerCase())) return { messageId: 'role' };
    return undefined;
  }
  if (LABEL_PREFIXES.some((p) => lower.startsWith(p) && lower.length > p.length)) return undefined;
  const singular = /^(node|engine)\.label\.(.+)$/i.exec(key);
  if (singular) return { messageId: 'labelPrefix', fixed: `${singular[1]}.labels.${singular[2]}` };
  if (!key.includes('.')) return { messageId: 'bare', fixed: `node.labels.${key}` };
  return { messageId: 'unknown' };
}

/**
 * Constraints that parse but can never match: an unknown field, `node.label.x` for
 * `node.labels.x`, a bare label name, a role other than manager/worker. The service is created and
 * its tasks stay pending with "no suitable node".
 */
export default defineRule({
  meta: {
    id: 'placement-constraint-field',
    description: 'A placement constraint on a field swarm does not know, so it never matches.',
    defaultSeverity: 'warning',
    messages: {
      unknown: 'service "{{service}}": constraint field "{{key}}" is not one swarm knows ({{fields}}); no node matches and the tasks stay pending.',
      labelPrefix: 'service "{{service}}": constraint field "{{key}}" should be "{{fixed}}" (labels is plural); as written no node matches and the tasks stay pending.',
      bare: 'service "{{service}}": constraint field "{{key}}" is not a node field; a node label is written "{{fixed}}". As written no node matches and the tasks stay pending.',
      role: 'service "{{service}}": node.role is "manager" or "worker", not "{{value}}"; no node matches and the tasks stay pending.',
    },
    rationale:
      'swarm compares constraints against node attributes without validating the field name: a typo is accepted at deploy time and then no node ever satisfies it ("no suitable node"), which is hard to trace back to the file.',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints: [node.label.db == true]\n',
      good: 'services:\n  db:\n    image: postgres:16\n    deploy:\n      placement:\n        constraints: [node.labels.db == true]\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const constraints = stack.services[service]!.deploy?.placement?.constraints;
      if (!constraints) continue;
      parseConstraints(constraints).forEach((parsed, index) => {
        if (!parsed.ok) return;
        const constraint = constraints[index]!;
        const finding = checkField(parsed.key, parsed);
        if (!finding) return;
        const listPath = ['services', service, 'deploy', 'placement', 'constraints'];
        const where = findListItem(documents, listPath, (item) => item === constraint, [...listPath, index]);
        let fix: Fix | undefined;
        if (finding.fixed && 'file' in where && where.file !== undefined) {
          const replacement = `${finding.fixed} ${parsed.operator} ${parsed.value}`;
          fix = { title: `Use ${replacement}`, edits: [{ file: where.file, path: where.path, replacement: JSON.stringify(replacement) }] };
        }
        report(finding.messageId, where, { service, key: parsed.key, value: parsed.value, fixed: finding.fixed ?? '', fields: [...FIELDS, 'node.labels.<name>', 'engine.labels.<name>'].join(', ') }, fix);
      });
    }
  },
});
