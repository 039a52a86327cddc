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

/**
 * Unlike docker, check the external secrets and configs the services use before changing
 * anything: docker only finds a missing one while converting services, after it has created the
 * stack's networks, secrets and configs, leaving a half-deployed stack behind.
 */
export async function validateExternalObjects(ctx: ApplyContext, secrets: readonly string[], configs: readonly string[]): Promise<PhaseResult> {
  const wanted = [...secrets.map((name) => ['secrets', name] as const), ...configs.map((name) => ['configs', name] as const)];
  for (const [kind, name] of wanted) {
    let found;
    try {
      found = await ctx.client.inspectObject(kind, name);
    } catch (err) {
      reportCallFailure(ctx.options.report, err, 'request-failed', undefined, { [kind === 'secrets' ? 'secret' : 'config']: name });
      return 'stop';
    }
    if (!found) {
      const what = kind === 'secrets' ? 'secret' : 'config';
      reportEngineError(
        ctx.options.report,
        `external-${what}-missing`,
        `${what} "${name}" is declared as external, but could not be found; create it before deploying (nothing was changed)`,
        { [what]: name },
      );
      return 'stop';
    }
  }
  return 'continue';
}
