/**
 * The validate stage: version selection, forbidden keys and JSON-Schema validation, with docker's
 * acceptance and wording (stack-deploy.md §1.3, §1.6, §1.7).
 */
export { readVersion, isSupportedVersion, checkVersion, DEFAULT_VERSION, SUPPORTED_VERSIONS } from './version.js';
export { checkForbidden, FORBIDDEN_SERVICE_KEYS } from './forbidden.js';
export { validateSchema, validatorFor } from './schema.js';
export { deriveStackSchema, type SchemaNode } from './schema-derive.js';
export { isGoDuration, isPortSpec, isPortSpecString } from './formats.js';
