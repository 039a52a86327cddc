import { isGoDuration, isPortSpec } from './formats.js';

/**
 * What precompiled validators call back into: the custom format and keyword checks, which are
 * our code and can't be serialized into the generated module. Runtime-compiled validators use
 * the same functions, so both paths check exactly the same thing.
 */
export const formats = {
  duration: { type: 'string' as const, validate: isGoDuration },
};

export { isPortSpec };

/** The name generated code uses for this module. */
export const RUNTIME_NAME = '__stackcRuntime';
