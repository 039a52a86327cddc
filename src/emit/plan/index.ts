/**
 * `buildPlan`: a normalized, merged stack → the ordered Engine API calls `docker stack deploy
 * --resolve-image never` makes on a swarm that has none of the stack's objects (networks,
 * secrets, configs, services; sorted by name within each phase). Every check docker only makes
 * mid-deploy runs first, so a plan is never partially valid.
 */
import type { Report } from '../../diagnostics/diagnostic.js';
import type { StackConfig } from '../../model/stack-config.js';
import type { ReadFile } from '../../options.js';
import { planFileObjects } from './file-objects.js';
import { compareGoStrings } from './go-order.js';
import { scopeName } from './namespace.js';
import { checkNetworksToCreate } from './network-checks.js';
import { planNetworks } from './networks.js';
import { createProblems, forService } from './problems.js';
import { convertService } from './service-spec.js';
import type { Plan, PlanStep } from './types.js';

export type { DataSource, EngineRef, Plan, PlanExternals, PlanKind, PlanStep } from './types.js';

/** Options of {@link buildPlan}. */
export interface PlanOptions {
  /** The stack name (namespace): objects are named `<stack>_<key>`. */
  stack: string;
  /** Reads secret and config files (all are checked before a plan is returned). */
  readFile: ReadFile;
  /** `true`: `Data` is the base64 the engine receives; `false`: a {@link DataSource}. */
  revealSecrets: boolean;
}

function uniqueSorted(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareGoStrings);
}

/**
 * Builds the plan, or returns `undefined` when an error was reported. Reports (all errors):
 * `plan/undefined-network`, `plan/undefined-secret`, `plan/undefined-config`,
 * `plan/undefined-volume`, `plan/duplicate-target`, `plan/unreadable-file`, `plan/unknown-mode`,
 * `plan/replicas-with-global`, `plan/incompatible-mount-options`, `plan/empty-mount-source`,
 * `plan/tmpfs-source`, `plan/unknown-mount-type`, `plan/restart-policy`,
 * `plan/healthcheck-disable-conflict`, `plan/credential-spec`, `plan/invalid-cpus`,
 * `plan/invalid-image`, `plan/invalid-duration`, `plan/invalid-network-name`,
 * `plan/local-network-driver`. `data.dockerMessage` holds docker's text.
 */
export function buildPlan(stack: StackConfig, options: PlanOptions, report: Report): Plan | undefined {
  const problems = createProblems(report);
  const name = options.stack;
  const networks = planNetworks(stack, name);
  checkNetworksToCreate(networks.steps, stack, name, problems);
  const ctx = { stack: name, readFile: options.readFile, revealSecrets: options.revealSecrets, problems };
  const secrets = planFileObjects('secret', stack, ctx);
  const configs = planFileObjects('config', stack, ctx);
  const services: PlanStep[] = [];
  const externalSecrets: string[] = [];
  const externalConfigs: string[] = [];
  for (const key of Object.keys(stack.services).sort(compareGoStrings)) {
    const converted = convertService(key, stack.services[key]!, stack, name, problems, forService(problems, key));
    const serviceName = scopeName(name, key);
    services.push({ id: `service:${serviceName}`, kind: 'service', name: serviceName, action: 'create', method: 'POST', path: '/services/create', body: converted.body });
    externalSecrets.push(...converted.externalSecrets);
    externalConfigs.push(...converted.externalConfigs);
  }
  if (problems.count > 0) return undefined;
  return {
    stack: name,
    steps: [...networks.steps, ...secrets, ...configs, ...services],
    externals: { networks: networks.externals, secrets: uniqueSorted(externalSecrets), configs: uniqueSorted(externalConfigs) },
  };
}
