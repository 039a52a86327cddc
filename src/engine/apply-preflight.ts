/**
 * The checks `docker stack deploy` makes before changing anything: the node must be a swarm
 * manager, and every external network a service uses must exist with swarm scope.
 */
import type { ApplyContext, PhaseResult } from './apply-types.js';
import { reportCallFailure, reportEngineError } from './engine-diagnostics.js';

/** docker's wording, kept verbatim: users search for it. */
const NOT_MANAGER =
  'this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again';

/** `GET /info`: stop unless this node can manage the swarm. */
export async function checkSwarmManager(ctx: ApplyContext): Promise<PhaseResult> {
  let info;
  try {
    info = await ctx.client.info();
  } catch (err) {
    reportCallFailure(ctx.options.report, err, 'request-failed');
    return 'stop';
  }
  if (info?.Swarm?.ControlAvailable !== true) {
    reportEngineError(ctx.options.report, 'not-swarm-manager', NOT_MANAGER);
    return 'stop';
  }
  return 'continue';
}

/**
 * Names docker never validates: the predefined networks and `container:<id>` (its
 * `NetworkMode.IsUserDefined` is false for them).
 */
function isUserDefined(name: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(name) && !name.startsWith('container:');
}

/** `GET /networks/<name>` per external network: it must exist and be swarm-scoped. */
export async function validateExternalNetworks(ctx: ApplyContext, names: readonly string[]): Promise<PhaseResult> {
  for (const name of names) {
    if (!isUserDefined(name)) continue;
    let network;
    try {
      network = await ctx.client.inspectNetwork(name);
    } catch (err) {
      reportCallFailure(ctx.options.report, err, 'request-failed', undefined, { network: name });
      return 'stop';
    }
    if (!network) {
      reportEngineError(
        ctx.options.report,
        'external-network-missing',
        `network "${name}" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed`,
        { network: name },
      );
      return 'stop';
    }
    if (network.Scope !== 'swarm') {
      reportEngineError(
        ctx.options.report,
        'external-network-scope',
        `network "${name}" is declared as external, but it is not in the right scope: "${network.Scope ?? ''}" instead of "swarm"`,
        { network: name, scope: network.Scope ?? '' },
      );
      return 'stop';
    }
  }
  return 'continue';
}
