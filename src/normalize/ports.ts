/**
 * Service `ports`: short syntax expanded to long form (`mode: ingress`, protocol defaulted),
 * long syntax taken as-is with no defaults (§1.8.1). Order within the file is preserved.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import type { PortConfig } from '../model/stack-config.js';
import { parsePortSpec } from './parse-port-spec.js';
import { decodeErrorText, isRecord, reportError, reportWarning, type Scope } from './scope.js';

function longPort(value: Record<string, unknown>): PortConfig {
  const port: PortConfig = {};
  // omitempty on every field: empty strings and zeros disappear from docker's output.
  if (typeof value.mode === 'string' && value.mode !== '') port.mode = value.mode;
  if (typeof value.target === 'number' && value.target !== 0) port.target = value.target;
  if (typeof value.published === 'number' && value.published !== 0) port.published = value.published;
  if (typeof value.protocol === 'string' && value.protocol !== '') port.protocol = value.protocol;
  return port;
}

/** Normalizes a service's `ports` list; bad items are reported and skipped. */
export function normalizePorts(value: unknown, path: DocPath, scope: Scope): PortConfig[] | undefined {
  if (!Array.isArray(value)) {
    reportError(scope, 'invalid-port', path, 'ports must be a list', {
      dockerMessage: decodeErrorText('Ports', `invalid type ${goTypeName(value)} for port`),
    });
    return undefined;
  }
  const out: PortConfig[] = [];
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isRecord(item)) {
      out.push(longPort(item));
      continue;
    }
    let spec: string;
    if (typeof item === 'string') spec = item;
    else if (typeof item === 'number' && Number.isInteger(item)) spec = String(item);
    else {
      reportError(scope, 'invalid-port', [...path, index], `a port must be a string, an integer or a mapping`, {
        dockerMessage: decodeErrorText('Ports', `invalid type ${goTypeName(item)} for port`),
      });
      continue;
    }
    const parsed = parsePortSpec(spec);
    if (!parsed.ok) {
      reportError(scope, 'invalid-port', [...path, index], `invalid port "${spec}": ${parsed.error}`, {
        dockerMessage: decodeErrorText('Ports', parsed.error),
      });
      continue;
    }
    for (const warning of parsed.warnings) {
      reportWarning(scope, 'port-host-ip-ignored', [...path, index], warning, { dockerMessage: warning });
    }
    for (const p of parsed.ports) {
      // published 0 means "not published": docker omits it.
      const entry: PortConfig = { mode: p.mode!, target: p.target! };
      if (p.published) entry.published = p.published;
      entry.protocol = p.protocol!;
      out.push(entry);
    }
  }
  return out.length > 0 ? out : undefined;
}

/** Go's `%T` for a decoded YAML value, for docker-compatible error texts. */
export function goTypeName(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (Array.isArray(value)) return '[]interface {}';
  return 'map[string]interface {}';
}
