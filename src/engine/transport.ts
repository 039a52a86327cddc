/**
 * One HTTP exchange with the engine over `node:http`, nothing more: no versioning, no JSON
 * semantics. Split out so the client's logic reads as API calls and this file is the only one
 * that knows about sockets.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { nodeHttp } from '../lazy-builtins.js';
import type { EngineEndpoint } from './docker-host.js';

/** What came back: status, headers and the raw body. */
export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** One request to send. `path` is complete (version prefix and query included). */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly timeoutMs: number;
}

/**
 * Send `req` to `endpoint`. Rejects with a Node error (`code` such as `ECONNREFUSED`, `ENOENT`,
 * or `ETIMEDOUT` for our own timeout) when there is no HTTP answer.
 */
export function sendRaw(endpoint: EngineEndpoint, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = endpoint.kind === 'unix' ? { socketPath: endpoint.socketPath } : { host: endpoint.host, port: endpoint.port };
    const headers: Record<string, string | number> = { ...req.headers, Host: endpoint.kind === 'unix' ? 'api.moby.localhost' : `${endpoint.host}:${endpoint.port}` };
    if (req.body) headers['Content-Length'] = req.body.length;
    const r = nodeHttp().request({ ...target, method: req.method, path: req.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    r.setTimeout(req.timeoutMs, () => {
      r.destroy(Object.assign(new Error(`no answer within ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    });
    r.on('error', reject);
    r.end(req.body);
  });
}
