/**
 * The engine side of stackc: a minimal Engine API client and `applyPlan`, which deploys a plan
 * to a live swarm the way `docker stack deploy --resolve-image never` does.
 */
export { applyPlan } from './apply.js';
export type { ApplyOptions, ApplyResult, StepOutcome, StepResult } from './apply.js';
export { EngineClient, type EngineClientOptions } from './client.js';
export { EngineError } from './engine-error.js';
export { DEFAULT_DOCKER_HOST, parseDockerHost } from './docker-host.js';
