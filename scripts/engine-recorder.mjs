#!/usr/bin/env node
// Recording proxy for the Docker Engine API: listens on 127.0.0.1:PORT, forwards every request to
// the engine's unix socket, and keeps one record per request: {method, path, body, status}.
// Used to see exactly which calls `docker stack deploy` (or `stackc deploy`) sends.
//
//   node scripts/engine-recorder.mjs PORT LOG [SOCKET]
//     appends one JSON line per request to LOG; writes LOG.ready (holding the pid) once listening.
//     PORT 0 picks a free port; the port is then written to LOG.port.
//   DOCKER_HOST=tcp://127.0.0.1:PORT docker stack deploy --resolve-image never -c compose.yml demo
//
// Importable too: `startRecorder` (typed in engine-recorder.d.mts) is what the tests use.
import http from 'node:http';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Start a recording proxy. Resolves once it listens.
 * @param {{port?: number, socketPath?: string, onCall?: (call: object) => void}} [options]
 */
export function startRecorder(options = {}) {
  const socketPath = options.socketPath ?? '/var/run/docker.sock';
  const calls = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const headers = { ...req.headers, 'content-length': String(raw.length) };
      delete headers['transfer-encoding'];
      const up = http.request({ socketPath, method: req.method, path: req.url, headers }, (ures) => {
        const out = [];
        ures.on('data', (c) => out.push(c));
        ures.on('end', () => {
          const call = {
            method: req.method,
            path: req.url,
            body: raw.length ? parseBody(raw) : null,
            status: ures.statusCode,
          };
          if (req.headers['x-registry-auth']) call.registryAuth = true;
          calls.push(call);
          options.onCall?.(call);
          const resHeaders = { ...ures.headers };
          delete resHeaders['transfer-encoding'];
          const body = Buffer.concat(out);
          resHeaders['content-length'] = String(body.length);
          res.writeHead(ures.statusCode ?? 502, resHeaders);
          res.end(body);
        });
      });
      up.on('error', (e) => {
        const call = { method: req.method, path: req.url, body: raw.length ? parseBody(raw) : null, status: 502 };
        calls.push(call);
        options.onCall?.(call);
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `recorder: ${e.message}` }));
      });
      up.end(raw);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        dockerHost: `tcp://127.0.0.1:${port}`,
        calls: () => calls.slice(),
        clear: () => void calls.splice(0),
        stop: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

function parseBody(raw) {
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function main() {
  const [port, log, socketPath] = process.argv.slice(2);
  if (port === undefined || !log) {
    console.error('usage: engine-recorder.mjs PORT LOG [SOCKET]');
    process.exit(2);
  }
  const rec = await startRecorder({
    port: Number(port),
    socketPath,
    onCall: (call) => fs.appendFileSync(log, JSON.stringify(call) + '\n'),
  });
  fs.writeFileSync(`${log}.port`, String(rec.port));
  fs.writeFileSync(`${log}.ready`, String(process.pid));
  const quit = () => rec.stop().then(() => process.exit(0));
  process.on('SIGTERM', quit);
  process.on('SIGINT', quit);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`engine-recorder: ${e.message}`);
    process.exit(1);
  });
}
