import type { DocPath } from '../../diagnostics/diagnostic.js';
import { defineRule, type RawDocument, type Where } from '../rule.js';
import { findListItem, rawReferenceSource, rawVolumeTarget, sortedKeys, whereWritten } from '../source.js';

/**
 * References to top-level objects that do not exist: docker fails the deploy with
 * `service <svc>: undefined secret|config|volume|network "<x>"` (§4.2, §4.6, §4.7), after it has
 * already created the stack's networks and objects.
 */
export default defineRule({
  meta: {
    id: 'undefined-reference',
    description: 'A service uses a secret, config, volume or network that is not defined at the top level.',
    defaultSeverity: 'error',
    messages: {
      undefined:
        'service "{{service}}" uses {{kind}} "{{name}}", which is not defined under top-level {{kind}}s; docker stack deploy fails with "undefined {{kind}}". Define it (or declare an existing one with external: true).',
    },
    rationale:
      'The compose schema cannot check cross references. docker stack deploy finds them only while converting services, after creating networks, secrets and configs, and then aborts half-way.',
    examples: {
      bad: 'services:\n  app:\n    image: example/app:3\n    secrets: [token]\n',
      good: 'services:\n  app:\n    image: example/app:3\n    secrets: [token]\nsecrets:\n  token:\n    external: true\n',
    },
  },
  check({ stack, documents, report }) {
    for (const service of sortedKeys(stack.services)) {
      const svc = stack.services[service]!;
      const base = ['services', service];
      for (const kind of ['secret', 'config'] as const) {
        const key = kind === 'secret' ? 'secrets' : 'configs';
        svc[key]?.forEach((ref, index) => {
          const name = ref.source;
          if (name === undefined || stack[key]?.[name] !== undefined) return;
          report('undefined', findListItem(documents, [...base, key], (item) => rawReferenceSource(item) === name, [...base, key, index]), { service, kind, name });
        });
      }
      const credential = svc.credential_spec?.config;
      if (credential !== undefined && stack.configs?.[credential] === undefined) {
        report('undefined', whereWritten(documents, [...base, 'credential_spec', 'config']), { service, kind: 'config', name: credential });
      }
      svc.volumes?.forEach((volume, index) => {
        const name = volume.source;
        const named = (volume.type === 'volume' || volume.type === undefined || volume.type === 'cluster') && name !== undefined && name !== '';
        if (!named || name.startsWith('group:') || stack.volumes?.[name] !== undefined) return;
        const target = volume.target;
        report('undefined', findListItem(documents, [...base, 'volumes'], (item) => rawVolumeTarget(item) === target, [...base, 'volumes', index]), { service, kind: 'volume', name });
      });
      for (const network of sortedKeys(svc.networks)) {
        if (network === 'default' || stack.networks?.[network] !== undefined) continue;
        report('undefined', networkWhere(documents, base, network), { service, kind: 'network', name: network });
      }
    }
  },
});

/** A network attachment is a list item (`networks: [front]`) or a mapping key (`networks: {front: …}`). */
function networkWhere(documents: readonly RawDocument[], base: DocPath, network: string): Where {
  const listPath = [...base, 'networks'];
  const asItem = findListItem(documents, listPath, (item) => item === network, listPath);
  return asItem === listPath ? whereWritten(documents, [...listPath, network], true) : asItem;
}
