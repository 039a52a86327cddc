import { readFileSync } from 'node:fs';
import { BUNDLE } from '../bundle-constants.js';

/** The package version: fixed in the bundle, else read once from package.json two folders up. */
export const VERSION: string =
  BUNDLE?.version ??
  (() => {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
      return pkg.version ?? '0.0.0';
    } catch {
      return '0.0.0';
    }
  })();
