/**
 * Network problems the engine finds only mid-deploy, after docker has already created other
 * objects: checked here so the plan fails before any call (stack-deploy.md §5.2 #6 and #11).
 */
import type { StackConfig } from '../../model/stack-config.js';
import type { Problems } from './problems.js';
import type { PlanStep } from './types.js';

/**
 * swarmkit's rule for object names used as DNS names: letters, digits and `-`, `_` (no dots),
 * at most 63 characters, starting and ending with a letter or digit.
 */
const DNS_COMPONENT = /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/;

/** Drivers whose networks are local to one node: swarm services can't attach to them. */
const LOCAL_DRIVERS = new Set(['bridge', 'host', 'none']);

/** Reports `plan/invalid-network-name` and `plan/local-network-driver` for the networks to create. */
export function checkNetworksToCreate(steps: readonly PlanStep[], stack: StackConfig, stackName: string, problems: Problems): void {
  for (const step of steps) {
    const key = networkKey(step.name, stack, stackName);
    const path = key !== undefined && stack.networks?.[key] ? ['networks', key] : ['services'];
    if (!DNS_COMPONENT.test(step.name)) {
      problems.fail('invalid-network-name', path,
        `network name "${step.name}" is not a valid DNS name component (letters, digits, "-" and "_"; no dots), so the engine refuses it; rename the network or set its name:`,
        `failed to create network ${step.name}: Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component`);
    }
    const driver = String((step.body as { Driver?: unknown }).Driver ?? '');
    if (LOCAL_DRIVERS.has(driver)) {
      problems.fail('local-network-driver', key !== undefined ? ['networks', key, 'driver'] : path,
        `network "${step.name}" uses the ${driver} driver: swarm services can only use swarm-scoped networks (driver overlay); the engine would create it, then refuse every service on it`,
        `Error response from daemon: The network ${step.name} cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver.`);
    }
  }
}

/** The top-level key a created network came from (its `name:`, or `<stack>_<key>`). */
function networkKey(name: string, stack: StackConfig, stackName: string): string | undefined {
  for (const [key, def] of Object.entries(stack.networks ?? {})) {
    if ((def?.name ?? `${stackName}_${key}`) === name) return key;
  }
  return name.startsWith(`${stackName}_`) ? name.slice(stackName.length + 1) : undefined;
}
