import type { Report } from '../diagnostics/diagnostic.js';
import { isRecord } from '../normalize/scope.js';
import type { RawDocument } from './types.js';

/**
 * docker compose refuses a project whose services depend on each other in a cycle
 * ("dependency cycle detected"); swarm ignores `depends_on`, but a cycle means the file is wrong,
 * so compose mode refuses it too. Dependencies of all files are taken together (an override can
 * close a cycle), and the cycle is reported at the `depends_on` entry that closes it.
 */
export function checkDependsOnCycles(documents: readonly RawDocument[], report: Report): void {
  const edges = new Map<string, { to: string; file: string }[]>();
  for (const doc of documents) {
    const services = doc.data['services'];
    if (!isRecord(services)) continue;
    for (const [name, def] of Object.entries(services)) {
      if (!isRecord(def)) continue;
      const deps = def['depends_on'];
      const targets = Array.isArray(deps) ? deps.filter((d): d is string => typeof d === 'string') : isRecord(deps) ? Object.keys(deps) : [];
      const list = edges.get(name) ?? [];
      for (const to of targets) if (!list.some((e) => e.to === to)) list.push({ to, file: doc.file });
      edges.set(name, list);
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (service: string): void => {
    state.set(service, 'visiting');
    stack.push(service);
    for (const { to, file } of edges.get(service) ?? []) {
      if (state.get(to) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(to)), to];
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          report({
            code: 'compose/dependency-cycle',
            severity: 'error',
            message: `dependency cycle detected: ${cycle.join(' -> ')}`,
            file,
            path: ['services', service, 'depends_on'],
            atKey: true,
          });
        }
      } else if (state.get(to) === undefined) visit(to);
    }
    stack.pop();
    state.set(service, 'done');
  };
  for (const service of [...edges.keys()].sort()) if (state.get(service) === undefined) visit(service);
}
