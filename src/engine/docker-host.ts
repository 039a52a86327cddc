/**
 * Where the engine listens, parsed from a `DOCKER_HOST`-style address. Kept apart from the client
 * so that a bad address becomes one clear diagnostic before any connection is tried.
 */

/** The default engine address on Linux, as docker has it. */
export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** A reachable engine endpoint: a unix socket, or a plain-HTTP TCP address. */
export type EngineEndpoint =
  | { readonly kind: 'unix'; readonly socketPath: string; readonly display: string }
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number; readonly display: string };

/**
 * Parse `unix:///path`, `tcp://host:port` (port defaults to 2375, docker's plain-HTTP port) or
 * `http://host:port`. Returns an error sentence instead of throwing for anything else (TLS,
 * `ssh://`, `npipe://` are not supported: stackc only speaks plain HTTP).
 */
export function parseDockerHost(address: string = DEFAULT_DOCKER_HOST): EngineEndpoint | { readonly error: string } {
  const value = address.trim() === '' ? DEFAULT_DOCKER_HOST : address.trim();
  if (value.startsWith('unix://')) {
    const socketPath = value.slice('unix://'.length);
    if (!socketPath.startsWith('/')) return { error: `invalid docker host ${JSON.stringify(address)}: the socket path must be absolute` };
    return { kind: 'unix', socketPath, display: value };
  }
  const m = /^(tcp|http):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(value);
  if (m) {
    const port = m[3] === undefined ? 2375 : Number(m[3]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `invalid docker host ${JSON.stringify(address)}: bad port` };
    const host = m[2]!.replace(/^\[|\]$/g, '');
    return { kind: 'tcp', host, port, display: value };
  }
  return { error: `unsupported docker host ${JSON.stringify(address)}: use unix:///path/to/docker.sock or tcp://host:port` };
}
