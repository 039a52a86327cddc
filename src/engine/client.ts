/**
 * A minimal Docker Engine API client over `node:http`: just the calls `stack deploy` needs, with
 * docker's version negotiation and docker's error wording. No dependency on a docker SDK, so the
 * requests on the wire are exactly the bodies the plan holds.
 */
import { CLIENT_MIN_API_VERSION, compareApiVersions, negotiateApiVersion } from './api-version.js';
import { DEFAULT_DOCKER_HOST, parseDockerHost, type EngineEndpoint } from './docker-host.js';
import { EngineError, daemonErrorText, unreachableText } from './engine-error.js';
import type {
  CreateResponse,
  EngineInfo,
  Filters,
  NetworkInspect,
  ServiceInspect,
  SwarmObject,
  UpdateResponse,
} from './engine-types.js';
import { sendRaw, type RawResponse } from './transport.js';

/** How to reach the engine. Injected: `src/` never reads `DOCKER_HOST` itself. */
export interface EngineClientOptions {
  /** `unix:///var/run/docker.sock` (default) or `tcp://host:port`. */
  readonly dockerHost?: string;
  /** Use this API version without negotiating (docker's `DOCKER_API_VERSION`). */
  readonly apiVersion?: string;
  /** Per-request timeout; default 60 s. */
  readonly timeoutMs?: number;
  /** Sent as `User-Agent`. */
  readonly userAgent?: string;
}

/** Swarm object kinds that share the inspect / create / update-with-version API shape. */
export type SwarmObjectKind = 'secrets' | 'configs';

/** Query values; `filters` objects are JSON-encoded the way docker's `filters.Args` are. */
type Query = Readonly<Record<string, string | number | Filters | undefined>>;

/**
 * Engine API client. Create with {@link EngineClient.create}; every method rejects with an
 * {@link EngineError} (never anything else) when the call fails.
 */
export class EngineClient {
  readonly endpoint: EngineEndpoint;
  private readonly options: EngineClientOptions;
  private negotiated: Promise<string> | undefined;

  private constructor(endpoint: EngineEndpoint, options: EngineClientOptions) {
    this.endpoint = endpoint;
    this.options = options;
    if (options.apiVersion) this.negotiated = Promise.resolve(options.apiVersion);
  }

  /** A client for `options.dockerHost`, or an error sentence when the address is unusable. */
  static create(options: EngineClientOptions = {}): EngineClient | { readonly error: string } {
    const endpoint = parseDockerHost(options.dockerHost ?? DEFAULT_DOCKER_HOST);
    if ('error' in endpoint) return endpoint;
    return new EngineClient(endpoint, options);
  }

  /**
   * `HEAD /_ping` (falling back to `GET /_ping`, as docker does) and its `Api-Version` header.
   * Unversioned, so it works before negotiation.
   */
  async ping(): Promise<{ readonly apiVersion?: string }> {
    let res: RawResponse;
    try {
      res = await this.send('HEAD', '/_ping');
      if (res.status !== 200) res = await this.send('GET', '/_ping');
    } catch (err) {
      throw this.transportError('HEAD', '/_ping', err);
    }
    if (res.status !== 200) throw this.responseError('GET', '/_ping', res);
    const header = res.headers['api-version'];
    return { apiVersion: typeof header === 'string' ? header : undefined };
  }

  /** The negotiated API version (`min(server, client max)`), pinged once and cached. */
  apiVersion(): Promise<string> {
    if (!this.negotiated) {
      this.negotiated = this.ping().then((p) => {
        const v = negotiateApiVersion(p.apiVersion);
        if (compareApiVersions(v, CLIENT_MIN_API_VERSION) < 0) {
          const text = `API version ${v} is not supported by this client: the minimum supported API version is ${CLIENT_MIN_API_VERSION}`;
          throw new EngineError({ status: 0, engineMessage: text, method: 'HEAD', path: '/_ping', text });
        }
        return v;
      });
      // A failed negotiation is retried on the next call rather than cached forever.
      this.negotiated.catch(() => (this.negotiated = undefined));
    }
    return this.negotiated;
  }

  /** `GET /info`. */
  info(): Promise<EngineInfo> {
    return this.call<EngineInfo>('GET', '/info');
  }

  /** `GET /networks?filters=…`. */
  listNetworks(filters?: Filters): Promise<NetworkInspect[]> {
    return this.call<NetworkInspect[]>('GET', '/networks', { query: { filters } });
  }

  /** `GET /networks/<name or id>`; `undefined` when there is none. */
  inspectNetwork(nameOrId: string): Promise<NetworkInspect | undefined> {
    return this.orUndefined(this.call<NetworkInspect>('GET', `/networks/${seg(nameOrId)}`));
  }

  /**
   * `POST /networks/create`. Like docker's client, asks the engine to refuse duplicate names
   * (`CheckDuplicate`) on APIs older than 1.44, where that is not yet the default.
   */
  async createNetwork(body: Readonly<Record<string, unknown>>): Promise<CreateResponse> {
    const version = await this.apiVersion();
    const sent: Record<string, unknown> = { ...body };
    if (compareApiVersions(version, '1.44') < 0) sent['CheckDuplicate'] = true;
    else delete sent['CheckDuplicate'];
    return this.call<CreateResponse>('POST', '/networks/create', { body: sent });
  }

  /** `DELETE /networks/<name or id>`. */
  async removeNetwork(nameOrId: string): Promise<void> {
    await this.call('DELETE', `/networks/${seg(nameOrId)}`);
  }

  /** `GET /secrets/<name or id>` or `/configs/…`; `undefined` when there is none. */
  inspectObject(kind: SwarmObjectKind, nameOrId: string): Promise<SwarmObject | undefined> {
    return this.orUndefined(this.call<SwarmObject>('GET', `/${kind}/${seg(nameOrId)}`));
  }

  /** `GET /secrets?filters=…` or `/configs?filters=…`. */
  listObjects(kind: SwarmObjectKind, filters?: Filters): Promise<SwarmObject[]> {
    return this.call<SwarmObject[]>('GET', `/${kind}`, { query: { filters } });
  }

  /** `POST /secrets/create` or `/configs/create`. */
  createObject(kind: SwarmObjectKind, spec: Readonly<Record<string, unknown>>): Promise<CreateResponse> {
    return this.call<CreateResponse>('POST', `/${kind}/create`, { body: spec });
  }

  /** `POST /secrets/<id>/update?version=N` or the `/configs` one. */
  async updateObject(kind: SwarmObjectKind, id: string, version: number, spec: Readonly<Record<string, unknown>>): Promise<void> {
    await this.call('POST', `/${kind}/${seg(id)}/update`, { query: { version }, body: spec });
  }

  /** `DELETE /secrets/<id>` or `/configs/<id>`. */
  async removeObject(kind: SwarmObjectKind, nameOrId: string): Promise<void> {
    await this.call('DELETE', `/${kind}/${seg(nameOrId)}`);
  }

  /** `GET /services?filters=…`. */
  listServices(filters?: Filters): Promise<ServiceInspect[]> {
    return this.call<ServiceInspect[]>('GET', '/services', { query: { filters } });
  }

  /** `GET /services/<name or id>`; `undefined` when there is none. */
  inspectService(nameOrId: string): Promise<ServiceInspect | undefined> {
    return this.orUndefined(this.call<ServiceInspect>('GET', `/services/${seg(nameOrId)}`));
  }

  /** `POST /services/create`. */
  createService(spec: Readonly<Record<string, unknown>>): Promise<CreateResponse> {
    return this.call<CreateResponse>('POST', '/services/create', { body: spec });
  }

  /** `POST /services/<id>/update?version=N`. */
  updateService(id: string, version: number, spec: Readonly<Record<string, unknown>>): Promise<UpdateResponse> {
    return this.call<UpdateResponse>('POST', `/services/${seg(id)}/update`, { query: { version }, body: spec });
  }

  /** `DELETE /services/<name or id>`. */
  async removeService(nameOrId: string): Promise<void> {
    await this.call('DELETE', `/services/${seg(nameOrId)}`);
  }

  /**
   * One versioned JSON call: `/v<negotiated><path>`. Resolves to the parsed body (`undefined` for
   * an empty one); rejects with an {@link EngineError} for a non-2xx status or no answer.
   */
  async call<T = unknown>(method: string, path: string, opts: { query?: Query; body?: unknown } = {}): Promise<T> {
    const version = await this.apiVersion();
    const full = `/v${version}${path}${encodeQuery(opts.query)}`;
    let res: RawResponse;
    try {
      res = await this.send(method, full, opts.body);
    } catch (err) {
      throw this.transportError(method, full, err);
    }
    if (res.status < 200 || res.status > 299) throw this.responseError(method, full, res);
    if (res.body.length === 0) return undefined as T;
    try {
      return JSON.parse(res.body.toString('utf8')) as T;
    } catch {
      const text = `invalid JSON from the engine for ${method} ${full}`;
      throw new EngineError({ status: res.status, engineMessage: text, method, path: full, text });
    }
  }

  private send(method: string, path: string, body?: unknown): Promise<RawResponse> {
    const headers: Record<string, string> = { 'User-Agent': this.options.userAgent ?? 'stackc' };
    let payload: Buffer | undefined;
    if (body !== undefined) {
      payload = Buffer.from(JSON.stringify(body), 'utf8');
      headers['Content-Type'] = 'application/json';
    }
    return sendRaw(this.endpoint, { method, path, headers, body: payload, timeoutMs: this.options.timeoutMs ?? 60_000 });
  }

  private async orUndefined<T>(p: Promise<T>): Promise<T | undefined> {
    try {
      return await p;
    } catch (err) {
      if (err instanceof EngineError && err.notFound) return undefined;
      throw err;
    }
  }

  private responseError(method: string, path: string, res: RawResponse): EngineError {
    const raw = res.body.toString('utf8').trim();
    let message = raw;
    try {
      const parsed = JSON.parse(raw) as { message?: unknown };
      if (typeof parsed?.message === 'string') message = parsed.message;
    } catch {
      // Not JSON (a proxy's error page, say): show it as it came.
    }
    if (message === '') message = `${res.status} ${statusText(res.status)}`;
    return new EngineError({ status: res.status, engineMessage: message, method, path, text: daemonErrorText(message) });
  }

  private transportError(method: string, path: string, err: unknown): EngineError {
    if (err instanceof EngineError) return err;
    const code = (err as { code?: string } | null)?.code;
    const detail = (err as Error)?.message ?? String(err);
    const text = code === 'ETIMEDOUT' ? `${method} ${path}: ${detail}` : unreachableText(this.endpoint.display);
    return new EngineError({ status: 0, engineMessage: detail, method, path, text });
  }
}

/** A path segment: names are plain in practice, but a stray `/` or `?` must not change the route. */
function seg(value: string): string {
  return encodeURIComponent(value);
}

/** `?a=1&filters=…` in the form Go's `url.Values.Encode` gives (keys sorted). */
function encodeQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const v = query[key];
    if (v === undefined) continue;
    if (typeof v === 'object') {
      if (Object.keys(v).length === 0) continue;
      params.append(key, filtersJson(v));
    } else params.append(key, String(v));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** `{"label":{"a=b":true}}`: the JSON docker's `filters.ToJSON` sends. */
function filtersJson(filters: Filters): string {
  const out: Record<string, Record<string, boolean>> = {};
  for (const key of Object.keys(filters)) {
    const values: Record<string, boolean> = {};
    for (const v of filters[key]!) values[v] = true;
    out[key] = values;
  }
  return JSON.stringify(out);
}

function statusText(status: number): string {
  return status === 404 ? 'Not Found' : status >= 500 ? 'Server Error' : 'Error';
}
