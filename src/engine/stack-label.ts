/**
 * The label that marks a stack's objects, and the list filter docker builds from it.
 */
import type { Filters } from './engine-types.js';

/** `com.docker.stack.namespace`: set on every network, secret, config and service of a stack. */
export const STACK_NAMESPACE_LABEL = 'com.docker.stack.namespace';

/** `com.docker.stack.image`: the image exactly as written, on the service's labels. */
export const STACK_IMAGE_LABEL = 'com.docker.stack.image';

/** `{"label":{"com.docker.stack.namespace=<stack>":true}}`. */
export function stackFilter(stack: string): Filters {
  return { label: [`${STACK_NAMESPACE_LABEL}=${stack}`] };
}
