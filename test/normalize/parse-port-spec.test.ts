import { describe, it, expect } from 'vitest';
import { parsePortSpec } from '../../src/normalize/parse-port-spec.js';

const p = (target: number, published: number, protocol = 'tcp') => ({ mode: 'ingress', target, published, protocol });

// Expansion order and warnings observed with `docker stack config` (docker CLI 28.2.2).
describe('parsePortSpec', () => {
  it.each([
    ['80', [p(80, 0)]],
    ['8080:80', [p(80, 8080)]],
    ['53:53/UDP', [p(53, 53, 'udp')]],
    ['9/sctp', [p(9, 0, 'sctp')]],
    ['8-10:8-10', [p(10, 10), p(8, 8), p(9, 9)]],
    ['99-100', [p(100, 0), p(99, 0)]],
    ['5000-5002:80', [p(80, 5000), p(80, 5001), p(80, 5002)]],
    ['0.0.0.0:1:1', [p(1, 1)]],
    ['80/', [p(80, 0)]],
  ])('%s', (spec, ports) => {
    const r = parsePortSpec(spec);
    expect(r.ok && r.ports).toEqual(ports);
  });

  it.each([
    ['127.0.0.1:8080:80', "ignoring IP-address (127.0.0.1:8080:80/tcp) service will listen on '0.0.0.0'"],
    ['[::1]:90:90/UDP', "ignoring IP-address ([::1]:90:90/udp) service will listen on '0.0.0.0'"],
  ])('warns about the host IP in %s', (spec, warning) => {
    const r = parsePortSpec(spec);
    expect(r.ok && r.warnings).toEqual([warning]);
  });

  it.each([
    ['', 'no port specified: <empty>'],
    ['80/xyz', 'invalid proto: xyz'],
    ['localhost:80:80', 'invalid IP address: localhost'],
    ['abc', 'invalid containerPort: abc'],
    ['x:80', 'invalid hostPort: x'],
    ['70000', 'invalid containerPort: 70000'],
    ['10-8', 'invalid containerPort: 10-8'],
    ['1-3:1-2', 'invalid ranges specified for container and host Ports: 1-2 and 1-3'],
  ])('rejects %j', (spec, error) => {
    expect(parsePortSpec(spec)).toEqual({ ok: false, error });
  });
});
