import { defineRule } from '../rule.js';
import { findListItem, rawPortMatches, sortedKeys } from '../source.js';

interface Options {
  /** Container ports of back-end servers, keyed by port number, with a name for the message. */
  readonly ports: Readonly<Record<string, string>>;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = {
  '1433': 'SQL Server',
  '2379': 'etcd',
  '3306': 'MySQL/MariaDB',
  '5432': 'PostgreSQL',
  '5672': 'RabbitMQ',
  '6379': 'Redis',
  '9042': 'Cassandra',
  '9200': 'Elasticsearch',
  '11211': 'Memcached',
  '27017': 'MongoDB',
};

/**
 * The reverse of `expose`-for-publishing: a back-end port published "so the other services can
 * reach it". On swarm publishing opens it on every node's public address through the routing
 * mesh, while stack services reach each other by name on the overlay without it.
 */
export default defineRule<'internal', Options>({
  meta: {
    id: 'no-published-internal-port',
    description: 'A database or broker port published on the routing mesh.',
    defaultSeverity: 'warning',
    messages: {
      internal:
        'service "{{service}}" publishes {{what}} port {{target}} as {{published}} on every node of the swarm; other services of the stack reach it as {{service}}:{{target}} without publishing. Remove the port unless clients outside the swarm need it.',
    },
    rationale:
      'Services on the same overlay network talk to each other on any port. A published port is opened by the routing mesh on every node, usually on public interfaces, exposing the database to the network.',
    examples: {
      bad: 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
      good: 'services:\n  db:\n    image: postgres:16\n',
    },
    schema: {
      type: 'object',
      properties: { ports: { type: 'object', additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[0-9]+$' }, description: 'container port → what listens there' } },
      additionalProperties: false,
    },
    defaultOptions: { ports: DEFAULT_PORTS },
  },
  check({ stack, documents, options, report }) {
    const ports = options.ports ?? DEFAULT_PORTS;
    for (const service of sortedKeys(stack.services)) {
      stack.services[service]!.ports?.forEach((port, index) => {
        const what = port.target === undefined ? undefined : ports[String(port.target)];
        if (!port.published || what === undefined || port.mode === 'host') return;
        const listPath = ['services', service, 'ports'];
        report('internal', findListItem(documents, listPath, (item) => rawPortMatches(item, port), [...listPath, index]), { service, what, target: port.target!, published: port.published });
      });
    }
  },
});
