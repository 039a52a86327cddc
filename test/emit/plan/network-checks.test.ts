import { describe, expect, it } from 'vitest';
import type { StackConfig } from '../../../src/model/stack-config.js';
import { plan } from './helpers.js';

// Both were seen in the corpus: docker created objects, then the engine refused
// (jitsi-meet: "name must be valid as a DNS name component"; temporal-multirole and
// awesome-compose-elasticsearch-logstash-kibana: "cannot be used with services").
describe('network checks the engine would only make mid-deploy', () => {
  it.each<[string, StackConfig, string, (string | number)[]]>([
    ['a dotted network key', { version: '3.8', services: { a: { image: 'x', networks: { 'meet.jitsi': null } } }, networks: { 'meet.jitsi': {} } },
      'plan/invalid-network-name', ['networks', 'meet.jitsi']],
    ['a bridge network', { version: '3.8', services: { a: { image: 'x', networks: { back: null } } }, networks: { back: { driver: 'bridge' } } },
      'plan/local-network-driver', ['networks', 'back', 'driver']],
    ['a named host network', { version: '3.8', services: { a: { image: 'x', networks: { h: null } } }, networks: { h: { name: 'hostnet', driver: 'host' } } },
      'plan/local-network-driver', ['networks', 'h', 'driver']],
  ])('%s fails the plan', (_name, stack, code, path) => {
    const { plan: result, diagnostics } = plan(stack);
    expect(result).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code, severity: 'error', path }]);
  });

  it('accepts overlay networks with valid names, and leaves externals alone', () => {
    const stack: StackConfig = {
      version: '3.8',
      services: { a: { image: 'x', networks: { front: null, ext: null } } },
      networks: { front: { driver: 'overlay' }, ext: { external: true, name: 'host.local' } },
    };
    expect(plan(stack).diagnostics).toEqual([]);
  });
});
