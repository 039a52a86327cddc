/**
 * The stack namespace (stack-deploy.md §4.1): object names are `<stack>_<key>` unless a `name:`
 * says otherwise, and every object the stack creates carries the namespace label.
 */
import { goJsonMap } from './go-order.js';

/** Label docker puts on everything a stack creates, to find it again (`docker stack ls/rm`). */
export const NAMESPACE_LABEL = 'com.docker.stack.namespace';
/** Label holding the image exactly as written, so `--resolve-image changed` can compare. */
export const IMAGE_LABEL = 'com.docker.stack.image';

/** `<stack>_<name>`: plain concatenation, as docker does. */
export function scopeName(stack: string, name: string): string {
  return `${stack}_${name}`;
}

/** The engine-side name of a top-level object: its `name:` or the scoped key. */
export function objectName(stack: string, key: string, def: { name?: string } | null | undefined): string {
  return def?.name !== undefined && def.name !== '' ? def.name : scopeName(stack, key);
}

/** User labels plus the namespace label, which overwrites a user label of the same key. */
export function withStackLabel(stack: string, labels: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return goJsonMap({ ...(labels ?? {}), [NAMESPACE_LABEL]: stack });
}

/**
 * Docker's `NetworkMode.IsUserDefined` on Linux: only user-defined networks take aliases and get
 * checked as externals; `default`, `bridge`, `host`, `none` and `container:*` are built in.
 */
export function isUserDefinedNetwork(target: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(target) && !target.startsWith('container:');
}
