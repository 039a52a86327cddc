#!/usr/bin/env node
/**
 * Bundles the CLI (src/bin.ts) into one CommonJS file, dist/stackc.cjs, with esbuild. Node's module
 * loader pays per file, and more for ES modules: the unbundled CLI loads about 120 of them, which
 * was most of a small compile's time (measured here: ~140 ms unbundled, ~87 ms bundled as CommonJS,
 * ~99 ms bundled as an ES module, for a 5-service file). `yaml` and `ajv` stay outside the bundle:
 * they are loaded lazily, only when a problem must be located or no precompiled validator exists.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src/bin.ts')],
  outfile: join(root, 'dist/stackc.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'ajv'],
  define: {
    // The bundle sits in dist/: the package root is one folder up, the validators beside it.
    __STACKC_BUNDLE__: JSON.stringify({ root: '../', validators: './validate/compiled/', version }),
    // Our sources are ES modules that locate files from import.meta.url; in CommonJS that is the bundle's own path.
    'import.meta.url': '__stackcModuleUrl',
  },
  banner: { js: "const __stackcModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('bundled the CLI into dist/stackc.cjs');
