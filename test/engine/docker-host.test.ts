/** Engine address parsing and API version arithmetic: no engine needed. */
import { describe, expect, it } from 'vitest';
import { parseDockerHost } from '../../src/engine/docker-host.js';
import { compareApiVersions, negotiateApiVersion } from '../../src/engine/api-version.js';

describe('parseDockerHost', () => {
  it('defaults to the unix socket', () => {
    expect(parseDockerHost()).toMatchObject({ kind: 'unix', socketPath: '/var/run/docker.sock' });
    expect(parseDockerHost('')).toMatchObject({ kind: 'unix', socketPath: '/var/run/docker.sock' });
  });
  it('reads tcp and http addresses, port 2375 by default', () => {
    expect(parseDockerHost('tcp://127.0.0.1:23750')).toMatchObject({ kind: 'tcp', host: '127.0.0.1', port: 23750 });
    expect(parseDockerHost('tcp://engine')).toMatchObject({ kind: 'tcp', host: 'engine', port: 2375 });
    expect(parseDockerHost('http://[::1]:80/')).toMatchObject({ kind: 'tcp', host: '::1', port: 80 });
  });
  it('refuses what it cannot speak', () => {
    expect(parseDockerHost('ssh://me@host')).toHaveProperty('error');
    expect(parseDockerHost('unix://relative.sock')).toHaveProperty('error');
    expect(parseDockerHost('tcp://h:99999')).toHaveProperty('error');
  });
});

describe('API versions', () => {
  it('compare numerically per part', () => {
    expect(compareApiVersions('1.9', '1.41')).toBeLessThan(0);
    expect(compareApiVersions('1.41', '1.41')).toBe(0);
    expect(compareApiVersions('1.50', '1.41')).toBeGreaterThan(0);
  });
  it('negotiate to min(server, client max)', () => {
    expect(negotiateApiVersion('1.41')).toBe('1.41');
    expect(negotiateApiVersion('1.99')).toBe('1.50');
    expect(negotiateApiVersion(undefined)).toBe('1.50');
  });
});
