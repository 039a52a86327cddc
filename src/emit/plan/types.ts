/**
 * The plan: the ordered Engine API calls `docker stack deploy` makes on a swarm that has none of
 * the stack's objects yet, computed offline. Its `method`/`path`/`body` mirror recorded Engine
 * traffic, so a plan compares directly with what docker sends.
 */

/** What a step creates. Phases run in this order: networks, secrets, configs, services. */
export type PlanKind = 'network' | 'secret' | 'config' | 'service';

/**
 * An engine-assigned value that can't be known offline (the ID of a secret or config, existing or
 * created by an earlier step). `apply` resolves it by name just before sending the step.
 */
export interface EngineRef {
  readonly $ref: 'secret' | 'config';
  /** The engine-side name of the object (`<stack>_<key>`, or its `name:`). */
  readonly name: string;
}

/**
 * Secret or config data not shown in the plan (`--reveal-secrets` off): where it comes from.
 * `apply` reads it and sends base64, as docker does.
 */
export interface DataSource {
  readonly $source: 'file';
  /** Absolute path of the file the data is read from. */
  readonly path: string;
}

/** One Engine API call. */
export interface PlanStep {
  /** Stable id: `<kind>:<name>`. */
  readonly id: string;
  readonly kind: PlanKind;
  /** The engine-side (scoped) name of the object. */
  readonly name: string;
  /** Deploying to a fresh swarm only creates; `apply` turns a create into an update when the object exists. */
  readonly action: 'create';
  readonly method: 'POST';
  /** API path without the version prefix, e.g. `/services/create`. */
  readonly path: string;
  /** The JSON body exactly as docker sends it, with {@link EngineRef}s for engine-assigned IDs. */
  readonly body: Record<string, unknown>;
}

/** Objects the stack uses but does not create; `apply` checks they exist first. */
export interface PlanExternals {
  readonly networks: readonly string[];
  readonly secrets: readonly string[];
  readonly configs: readonly string[];
}

/** A whole plan, steps in phase order and sorted by name within a phase. */
export interface Plan {
  readonly stack: string;
  readonly steps: readonly PlanStep[];
  readonly externals: PlanExternals;
}
