import { defineRule } from '../rule.js';
import { sortedKeys, whereWritten } from '../source.js';

/** Drivers that create node-local networks, which swarm services cannot attach to. */
const LOCAL_DRIVERS = new Set(['bridge', 'host', 'none', 'macvlan', 'ipvlan']);
/** Predefined local networks that are not usable by services (unlike `host`). */
const LOCAL_EXTERNALS = new Set(['bridge', 'docker_gwbridge', 'none']);

/**
 * docker stack deploy creates stack networks with the driver given (overlay when empty); a local
 * driver gives a network on the manager only, and the service conversion is then refused.
 */
export default defineRule({
  meta: {
    id: 'network-driver-scope',
    description: 'A stack network with a local-scope driver, or an external local network.',
    defaultSeverity: 'warning',
    messages: {
      driver:
        'network "{{network}}" uses driver {{driver}}, which creates a network local to one node; swarm services can only attach to swarm-scoped networks. Remove the driver (overlay is the default) or use driver: overlay.',
      external: 'network "{{network}}" refers to the local network "{{name}}", which swarm services cannot use; attach the services to an overlay network (or to the host network).',
    },
    rationale:
      'Compose files written for one host often set driver: bridge. On swarm the network is created on the manager only, and the daemon refuses to attach services to it ("only networks scoped to the swarm can be used").',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front:\n    driver: bridge\n',
      good: 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front:\n    driver: overlay\n',
    },
  },
  check({ stack, documents, report }) {
    for (const network of sortedKeys(stack.networks)) {
      const def = stack.networks![network]!;
      if (def.external) {
        const name = def.name ?? network;
        if (LOCAL_EXTERNALS.has(name)) report('external', whereWritten(documents, ['networks', network], true), { network, name });
        continue;
      }
      if (def.driver !== undefined && LOCAL_DRIVERS.has(def.driver)) {
        const where = whereWritten(documents, ['networks', network, 'driver']);
        const fix =
          !Array.isArray(where) && 'file' in where && where.file !== undefined
            ? { title: 'Use driver: overlay', edits: [{ file: where.file, path: where.path, replacement: 'overlay' }] }
            : undefined;
        report('driver', where, { network, driver: def.driver }, fix);
      }
    }
  },
});
