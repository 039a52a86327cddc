/**
 * Reading one service's `extends` attribute (compose-spec.md §4.1): `extends: name` or
 * `extends: {service: name, file: path}`. Shape errors are reported at the offending node.
 */
import type { DocPath, Report } from '../diagnostics/diagnostic.js';
import { isMapping } from './extends-values.js';

/** What a service extends, with the document paths to point diagnostics at. */
export interface ExtendsReference {
  readonly service: string;
  readonly file?: string;
  /** Path of the `extends` node itself. */
  readonly at: DocPath;
  /** Path of the node naming the service (the string itself, or `extends.service`). */
  readonly serviceAt: DocPath;
  /** Path of `extends.file`, when there is one. */
  readonly fileAt: DocPath;
}

/**
 * The reference written at `services.<name>.extends` of `file`, or `undefined` (after reporting a
 * `compose/extends-invalid` error) when it is malformed.
 */
export function readExtendsReference(value: unknown, name: string, docFile: string, report: Report): ExtendsReference | undefined {
  const at: DocPath = ['services', name, 'extends'];
  const invalid = (message: string, path: DocPath = at, atKey = false): undefined => {
    report({ code: 'compose/extends-invalid', severity: 'error', file: docFile, path, atKey, message, data: { service: name } });
    return undefined;
  };
  if (typeof value === 'string') {
    if (value === '') return invalid(`extends of service "${name}" names no service`);
    return { service: value, at, serviceAt: at, fileAt: at };
  }
  if (!isMapping(value)) return invalid(`extends of service "${name}" must be a service name or a mapping with "service" (and optionally "file")`);
  for (const key of Object.keys(value)) {
    if (key !== 'service' && key !== 'file') return invalid(`extends of service "${name}": additional property ${key} is not allowed`, [...at, key], true);
  }
  const service = value.service;
  if (service === undefined || service === null) return invalid(`extends.${name}.service is required`);
  if (typeof service !== 'string' || service === '') return invalid(`extends of service "${name}": "service" must be a service name`, [...at, 'service']);
  const file = value.file;
  if (file !== undefined && file !== null && (typeof file !== 'string' || file === '')) {
    return invalid(`extends of service "${name}": "file" must be a path`, [...at, 'file']);
  }
  const fileAt: DocPath = typeof file === 'string' ? [...at, 'file'] : at;
  return { service, ...(typeof file === 'string' ? { file } : {}), at, serviceAt: [...at, 'service'], fileAt };
}
