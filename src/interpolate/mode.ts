/**
 * An interpolation mode bundles a substitution grammar with its cast table. Today there is one,
 * docker stack's. The Compose Specification's grammar (`${VAR:+alt}`, nested defaults, its own
 * casts) is meant to be added later as a second `InterpolationMode` next to this one, without
 * touching the tree walk in `index.ts`.
 */
import type { DocPath } from '../diagnostics/diagnostic.js';
import { castFor, type CastKind } from './casts.js';
import { substitute, type Substituter } from './template.js';

/** A substitution grammar plus the casts applied to values it changed. */
export interface InterpolationMode {
  /** Stable identifier, for options and messages. */
  readonly name: 'docker-stack';
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
