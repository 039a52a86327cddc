/**
 * The JSON Schema of `stackc.config.json` (`schemas/stackc-config.schema.json`, shipped with the
 * package for editors' `$schema` completion). It is generated from the registry by
 * {@link buildConfigSchema}; a drift test keeps the file equal to it.
 */
import { createRequire } from 'node:module';
import { BUNDLE } from '../bundle-constants.js';
import { lazy } from '../lazy.js';
import type { AnyRule } from './rule.js';

// Created on first use: only runs with a stackc config file to check, and the drift test, read it.
const localRequire = lazy(() => createRequire(import.meta.url));

/** The shipped schema file, read on first use. */
export function configSchema(): Record<string, unknown> {
  return localRequire()(`${BUNDLE?.root ?? '../../'}schemas/stackc-config.schema.json`) as Record<string, unknown>;
}

/** The schema for a registry: one property per rule, its options schema in the array form. */
export function buildConfigSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    const options = rule.meta.schema ?? { type: 'object', additionalProperties: false };
    properties[rule.meta.id] = {
      description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
      oneOf: [
        { $ref: '#/definitions/severity' },
        { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://stackc.dev/schemas/stackc-config.schema.json',
    title: 'stackc configuration (stackc.config.json, or the "stackc" key of package.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Lint rules by id: a severity, or [severity, options].',
        type: 'object',
        properties,
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: { enum: ['off', 'info', 'warning', 'warn', 'error'], description: '"warn" is an alias of "warning"' },
    },
  };
}
