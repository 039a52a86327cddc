/**
 * The one error type the engine client throws. It keeps what a caller needs to decide (status) and
 * what a user needs to read (the engine's own `message`), worded the way the docker CLI prints it.
 */

/** A failed Engine API call: an error response, or no response at all (`status` 0). */
export class EngineError extends Error {
  /** HTTP status; 0 when the engine could not be reached or answered garbage. */
  readonly status: number;
  /** The engine's `message` field (or the transport error text). */
  readonly engineMessage: string;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; engineMessage: string; method: string; path: string; text: string }) {
    super(init.text);
    this.name = 'EngineError';
    this.status = init.status;
    this.engineMessage = init.engineMessage;
    this.method = init.method;
    this.path = init.path;
  }

  /** True when the engine answered 404 (the object does not exist). */
  get notFound(): boolean {
    return this.status === 404;
  }
}

/** Error text for an engine error response, as docker prints it. */
export function daemonErrorText(engineMessage: string): string {
  return `Error response from daemon: ${engineMessage}`;
}

/** Error text when the engine can't be reached, as docker prints it. */
export function unreachableText(display: string): string {
  return `Cannot connect to the Docker daemon at ${display}. Is the docker daemon running?`;
}
