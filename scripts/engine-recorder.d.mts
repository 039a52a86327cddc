/** One request that passed through the recorder. */
export interface RecordedCall {
  readonly method: string;
  /** The request path as sent, API version prefix and query included. */
  readonly path: string;
  /** The JSON body (or raw text when it was not JSON); null when empty. */
  readonly body: unknown;
  /** The engine's HTTP status (502 when the engine could not be reached). */
  readonly status: number;
  /** Present when the request carried an `X-Registry-Auth` header. */
  readonly registryAuth?: true;
}

/** A running recorder. */
export interface Recorder {
  readonly port: number;
  /** `tcp://127.0.0.1:<port>`: the `DOCKER_HOST` that routes a client through the recorder. */
  readonly dockerHost: string;
  /** Calls recorded so far, in order. */
  calls(): RecordedCall[];
  /** Forget the calls recorded so far. */
  clear(): void;
  stop(): Promise<void>;
}

/** Start a recording proxy on 127.0.0.1 (`port` 0 or absent: a free port). */
export function startRecorder(options?: {
  port?: number;
  socketPath?: string;
  onCall?: (call: RecordedCall) => void;
}): Promise<Recorder>;
