/**
 * A tiny in-memory Engine API on 127.0.0.1, enough for `applyPlan`: ping, info, networks,
 * secrets, configs, services. It lets apply's logic (ordering, inspect-then-update, stopping at
 * the first failure) be tested everywhere, without a swarm, and lets tests inject failures.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A stored object: ID, version and spec, as the engine returns it. */
interface Stored {
  ID: string;
  Version: { Index: number };
  Spec: Record<string, unknown>;
}

/** One request the fake saw. */
export interface FakeCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
}

/** A running fake engine. */
export interface FakeEngine {
  readonly dockerHost: string;
  readonly calls: FakeCall[];
  /** Objects by kind (`networks`, `secrets`, `configs`, `services`), by name. */
  readonly store: Record<string, Map<string, Stored>>;
  /** Answer the next request matching `method path-prefix` (version stripped) with this error. */
  failNext(method: string, pathPrefix: string, status: number, message: string): void;
  /** `Swarm.ControlAvailable` in `/info`. */
  manager: boolean;
  stop(): Promise<void>;
}

/** Start a fake engine speaking API `apiVersion`. */
export async function startFakeEngine(apiVersion = '1.41'): Promise<FakeEngine> {
  const store: Record<string, Map<string, Stored>> = { networks: new Map(), secrets: new Map(), configs: new Map(), services: new Map() };
  const calls: FakeCall[] = [];
  const failures: { method: string; prefix: string; status: number; message: string }[] = [];
  let nextId = 1;
  let index = 10;

  const handle = (req: IncomingMessage, raw: string): [number, unknown] => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    const fail = failures.findIndex((f) => f.method === req.method && path.startsWith(f.prefix));
    if (fail >= 0) {
      const f = failures.splice(fail, 1)[0]!;
      return [f.status, { message: f.message }];
    }
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    if (path === '/info') return [200, { Swarm: { LocalNodeState: 'active', ControlAvailable: fake.manager } }];
    const m = /^\/(networks|secrets|configs|services)(?:\/([^/]+))?(?:\/(update))?$/.exec(path);
    if (!m) return [404, { message: `page not found` }];
    const [, kind, target, update] = m as unknown as [string, string, string | undefined, string | undefined];
    const objects = store[kind]!;
    const find = (key: string) => objects.get(key) ?? [...objects.values()].find((o) => o.ID === key);
    const view = (o: Stored) => (kind === 'networks' ? { Id: o.ID, Name: o.Spec['Name'], Scope: 'swarm', Labels: o.Spec['Labels'] } : o);
    if (req.method === 'GET' && target === undefined) {
      const filters = JSON.parse(url.searchParams.get('filters') ?? '{}') as Record<string, Record<string, boolean>>;
      const labels = Object.keys(filters['label'] ?? {});
      const names = Object.keys(filters['name'] ?? {});
      const match = (o: Stored) =>
        labels.every((l) => {
          const [k, v] = l.split('=');
          return ((o.Spec['Labels'] ?? {}) as Record<string, string>)[k!] === v;
        }) && (names.length === 0 || names.some((n) => String(o.Spec['Name']).startsWith(n)));
      return [200, [...objects.values()].filter(match).map(view)];
    }
    if (req.method === 'GET') {
      const o = find(decodeURIComponent(target!));
      return o ? [200, view(o)] : [404, { message: `${kind.slice(0, -1)} ${target} not found` }];
    }
    if (req.method === 'POST' && target === 'create') {
      const name = String(body?.['Name']);
      if (objects.has(name)) return [409, { message: `${kind.slice(0, -1)} with name ${name} already exists` }];
      const o = { ID: `id${nextId++}`, Version: { Index: index++ }, Spec: body ?? {} };
      objects.set(name, o);
      return [201, kind === 'networks' ? { Id: o.ID } : { ID: o.ID }];
    }
    if (req.method === 'POST' && update) {
      const o = find(target!);
      if (!o) return [404, { message: `${target} not found` }];
      if (Number(url.searchParams.get('version')) !== o.Version.Index) return [500, { message: 'update out of sequence' }];
      o.Spec = body ?? {};
      o.Version = { Index: index++ };
      return [200, kind === 'services' ? { Warnings: null } : undefined];
    }
    return [404, { message: 'page not found' }];
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/_ping') {
        calls.push({ method: req.method ?? '', path: req.url, body: null, status: 200 });
        res.writeHead(200, { 'Api-Version': apiVersion, 'Content-Length': '2' });
        res.end(req.method === 'HEAD' ? undefined : 'OK');
        return;
      }
      const [status, out] = handle(req, raw);
      calls.push({ method: req.method ?? '', path: req.url ?? '', body: raw ? JSON.parse(raw) : null, status });
      const text = out === undefined ? '' : JSON.stringify(out);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const fake: FakeEngine = {
    dockerHost: `tcp://127.0.0.1:${port}`,
    calls,
    store,
    manager: true,
    failNext: (method, prefix, status, message) => void failures.push({ method, prefix, status, message }),
    stop: () => new Promise((r) => server.close(() => r())),
  };
  return fake;
}
