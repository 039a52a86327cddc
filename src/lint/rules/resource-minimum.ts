import { cpusValue, formatBytes } from '../resources.js';
import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

const MIN_MEMORY = 4 * 1024 * 1024;
const MIN_CPUS = 0.001;
/** Both sections, limits first (the order findings are reported in). */
const SECTIONS = ['limits', 'reservations'] as const;

/**
 * swarmkit's `validateResources`: a memory value under 4MiB or a CPU value under 0.001 is refused
 * when the service is created (`invalid memory value …: Must be at least 4MiB`).
 */
export default defineRule({
  meta: {
    id: 'resource-minimum',
    description: 'A memory value below 4MiB or a CPU value below 0.001 in `deploy.resources`.',
    defaultSeverity: 'error',
    messages: {
      memory: 'service "{{service}}": {{section}}.memory is {{value}}, below swarm\'s minimum of 4MiB; the daemon rejects the service. A size without a unit is in bytes: write e.g. 512M.',
      cpus: 'service "{{service}}": {{section}}.cpus is {{value}}, below swarm\'s minimum of 0.001; the daemon rejects the service.',
    },
    rationale: 'A size without a unit is bytes: `memory: 512` asks for 512 bytes, which the daemon refuses for the whole service.',
    examples: {
      bad: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { memory: "512" }\n',
      good: 'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      resources:\n        limits: { memory: 512M }\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const resources = stack.services[service]!.deploy?.resources;
      if (!resources) continue;
      for (const section of SECTIONS) {
        const r = resources[section];
        if (!r) continue;
        if (r.memory !== undefined && r.memory !== 0 && r.memory < MIN_MEMORY) {
          report('memory', whereWritten(documents, ['services', service, 'deploy', 'resources', section, 'memory']), { service, section, value: formatBytes(r.memory) });
        }
        const cpus = cpusValue(r.cpus);
        if (cpus !== undefined && cpus !== 0 && cpus < MIN_CPUS) {
          report('cpus', whereWritten(documents, ['services', service, 'deploy', 'resources', section, 'cpus']), { service, section, value: r.cpus! });
        }
      }
    }
  },
});
