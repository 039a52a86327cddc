/**
 * An interpolation mode bundles a substitution grammar with its cast table. There are two:
 * docker stack's (here) and the Compose Specification's (`compose-grammar.ts`: `${VAR:+alt}`,
 * nested defaults, its own casts), both driven by the same tree walk in `index.ts`.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { castFor, type CastKind } from './casts.js';
import { substitute, type Substituter } from './template.js';

/** A substitution grammar plus the casts applied to values it changed. */
export interface InterpolationMode {
  /** Stable identifier, for options and messages. */
  readonly name: 'docker-stack' | 'compose-spec';
  /** Substitutes one string. */
  readonly substitute: Substituter;
  /** The cast applied at a document path when interpolation changed the string there. */
  readonly castFor: (path: DocPath) => CastKind | undefined;
}

/** docker stack's grammar and casts (docker CLI 28.2.2, stack-deploy.md §1.5). */
export const DOCKER_STACK_MODE: InterpolationMode = {
  name: 'docker-stack',
  substitute,
  castFor,
};
