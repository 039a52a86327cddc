/**
 * The recording proxy, in-process: tests point a client (ours, or the docker CLI through
 * `DOCKER_HOST`) at `recorder.dockerHost` and read back every Engine API call it made.
 * The proxy itself lives in scripts/engine-recorder.mjs so the CLI tool and the tests share it.
 */
import { startRecorder as start, type Recorder, type RecordedCall } from '../../scripts/engine-recorder.mjs';

export type { Recorder, RecordedCall };

/** Start a recorder on a free 127.0.0.1 port, forwarding to `socketPath` (default docker's). */
export function startRecorder(socketPath?: string): Promise<Recorder> {
  return start({ port: 0, ...(socketPath ? { socketPath } : {}) });
}
