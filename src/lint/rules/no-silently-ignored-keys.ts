import { defineRule } from '../rule.js';
import { isRecord, rawServices, sortedKeys, whereWritten } from '../source.js';

/**
 * Keys the stack schema accepts and the conversion drops without a word (stack-deploy.md §1.6):
 * service `tmpfs`, per-network `ipv4_address`/`ipv6_address`, and `oom_score_adj` (a loader bug
 * drops it before the merged model, so it is read from the raw documents).
 */
export default defineRule({
  meta: {
    id: 'no-silently-ignored-keys',
    description: 'A key docker stack deploy accepts and silently ignores.',
    defaultSeverity: 'warning',
    messages: {
      tmpfs: 'service "{{service}}": the service-level tmpfs is silently ignored by docker stack deploy; declare a tmpfs mount under volumes instead (- type: tmpfs, target: {{target}}).',
      staticIp: 'service "{{service}}": {{key}} on network "{{network}}" is silently ignored by docker stack deploy; swarm assigns task addresses itself. Reach the service by name instead.',
      oomScoreAdj: 'service "{{service}}": oom_score_adj is silently dropped by docker stack deploy (the stack loader never reads it); remove it, or set deploy.resources.limits.memory to bound memory use.',
    },
    rationale:
      'These settings pass validation and then have no effect at all on the deployed service, with no warning from docker. The service runs without the tmpfs, with swarm-assigned addresses, or with the default OOM score.',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    tmpfs: [/run]\n    oom_score_adj: -500\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - { type: tmpfs, target: /run }\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      if (svc.tmpfs !== undefined) {
        report('tmpfs', whereWritten(documents, ['services', service, 'tmpfs'], true), { service, target: svc.tmpfs[0] ?? '/tmp' });
      }
      for (const network of sortedKeys(svc.networks)) {
        const attachment = svc.networks![network];
        for (const key of ['ipv4_address', 'ipv6_address'] as const) {
          if (attachment?.[key] === undefined) continue;
          report('staticIp', whereWritten(documents, ['services', service, 'networks', network, key], true), { service, key, network });
        }
      }
    }
    // Only in the raw documents; reported once per service, where it was last written.
    const seen = new Set<string>();
    for (const { file, services } of rawServices(documents).reverse()) {
      for (const service of sortedKeys(services)) {
        const raw = services[service];
        if (!isRecord(raw) || raw.oom_score_adj === undefined || seen.has(service)) continue;
        seen.add(service);
        report('oomScoreAdj', { file, path: ['services', service, 'oom_score_adj'], atKey: true }, { service });
      }
    }
  },
});
