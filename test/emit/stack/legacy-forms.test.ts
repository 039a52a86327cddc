import { describe, it, expect } from 'vitest';
import { emitStackYaml } from '../../../src/emit/stack/index.js';
import { minorVersion, shortPort, shortVolume, supportsName } from '../../../src/emit/stack/legacy-forms.js';
import type { StackConfig } from '../../../src/model/stack-config.js';
import { parseDockerOutput } from './docker-output-adapter.js';

describe('short forms for versions before 3.2', () => {
  it.each([
    [{ mode: 'ingress', target: 80, protocol: 'tcp' }, '80/tcp'],
    [{ mode: 'ingress', target: 80, published: 8080, protocol: 'udp' }, '8080:80/udp'],
    [{ mode: 'host', target: 80, published: 8080, protocol: 'tcp' }, undefined],
    [{ target: 80, published: 8080 }, undefined],
  ])('shortPort(%j) = %j', (port, expected) => {
    expect(shortPort(port)).toBe(expected);
  });

  it.each([
    [{ type: 'bind', source: '/a', target: '/b', read_only: true }, '/a:/b:ro'],
    [{ type: 'bind', source: '/x/rel', target: '/rel', bind: { propagation: 'rshared' } }, '/x/rel:/rel:rshared'],
    [{ type: 'volume', source: 'named', target: '/n', read_only: true, volume: { nocopy: true } }, 'named:/n:ro,nocopy'],
    [{ type: 'volume', target: '/anon' }, '/anon'],
    [{ type: 'volume', source: 'v', target: '/m' }, 'v:/m'],
    [{ type: 'bind', source: '/', target: '/rootfs' }, '/:/rootfs'],
    [{ type: 'volume', target: '/anon', read_only: true }, undefined],
    [{ type: 'tmpfs', target: '/t' }, undefined],
    [{ type: 'bind', source: 'notapath', target: '/t' }, undefined],
    [{ type: 'volume', source: '/abs', target: '/t' }, undefined],
    [{ type: 'volume', source: 'v', target: '/t', consistency: 'cached' }, undefined],
  ])('shortVolume(%j) = %j', (volume, expected) => {
    expect(shortVolume(volume)).toBe(expected);
  });

  it('versions', () => {
    expect(minorVersion('3.13')).toBe(13);
    expect(supportsName('3.4', 'volumes')).toBe(true);
    expect(supportsName('3.4', 'networks')).toBe(false);
    expect(supportsName('3.5', 'secrets')).toBe(true);
  });
});

// `docker stack config` on test/emit/fixtures/legacy.compose.yml prints legacy.docker.yml, which
// the 3.1 schema rejects (long ports/volumes, `name:`). We print the text below instead; feeding it
// back to `docker stack config` prints legacy.docker.yml again, i.e. the same configuration.
const OURS = `version: "3.1"
services:
  s:
    image: x
    ports:
      - 80/tcp
      - 8080:80/udp
      - 5000:90/tcp
      - 5001:90/tcp
    secrets:
      - source: sec
    volumes:
      - /a:/b:ro
      - /tmp/q/rel:/rel:rshared
      - named:/n:ro,nocopy
      - /anon
      - named2:/m
networks:
  net:
    external:
      name: other
  same:
    external: true
volumes:
  named: {}
  named2:
    external:
      name: realvol
secrets:
  sec:
    external:
      name: realsec
`;

describe('valid stack for old versions', () => {
  it('rewrites long ports/volumes and external names for version 3.1', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/legacy.docker.yml', import.meta.url), 'utf8');
    expect(emitStackYaml(parseDockerOutput(text), { escapeDollar: true })).toBe(OURS);
  });

  it('keeps name + external for versions that allow it', () => {
    const config: StackConfig = { version: '3.5', services: {}, networks: { n: { name: 'other', external: true } } };
    expect(emitStackYaml(config, { escapeDollar: false })).toBe('version: "3.5"\nservices: {}\nnetworks:\n  "n":\n    name: other\n    external: true\n');
  });

  it('volumes allow name from 3.4', () => {
    const config: StackConfig = { version: '3.4', services: {}, volumes: { v: { name: 'v', external: true } }, secrets: { s: { name: 's', external: true } } };
    expect(emitStackYaml(config, { escapeDollar: false })).toBe(
      'version: "3.4"\nservices: {}\nvolumes:\n  v:\n    name: v\n    external: true\nsecrets:\n  s:\n    external: true\n',
    );
  });
});
