#!/usr/bin/env node
import { nodeIo } from './cli/node-io.js';
import { run } from './cli/run.js';

// The only place that touches the process: everything else takes an Io and returns an exit code.
run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`stackc: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
