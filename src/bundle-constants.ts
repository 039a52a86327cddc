/**
 * Values the CLI bundle fixes at build time (`scripts/bundle.mjs`, through esbuild's `define`).
 * In the unbundled build and in tests they are absent and each user falls back to paths relative
 * to its own module, which sits two folders below the package root (`src/<stage>/x.ts`,
 * `dist/<stage>/x.js`).
 */
declare const __STACKC_BUNDLE__: { readonly root: string; readonly validators: string; readonly version: string } | undefined;

/** Bundle facts, or undefined when running unbundled. */
export const BUNDLE: { readonly root: string; readonly validators: string; readonly version: string } | undefined =
  typeof __STACKC_BUNDLE__ === 'object' ? __STACKC_BUNDLE__ : undefined;
