/**
 * Rules for `deploy` and `healthcheck`, following the Go field types of docker/cli's
 * `types.DeployConfig` (stack-deploy.md §2.2): value structs merge field by field, pointer
 * structs are taken whole when the base lacks them, `*uint64` fields are set-wins, plain numbers
 * and durations override only when non-zero, lists append.
 */
import type {
  DeployConfig,
  HealthCheckConfig,
  ResourceLimit,
  ResourceReservation,
  UpdateConfig,
} from '../model/stack-config.js';
import {
  appendList,
  overrideDuration,
  overrideNonZero,
  overrideString,
  overrideTrue,
  pointerDuration,
  pointerStruct,
  setWins,
  unionMap,
  valueStruct,
  type StructRules,
} from './scalars.js';

type RestartPolicy = NonNullable<DeployConfig['restart_policy']>;
type Placement = NonNullable<DeployConfig['placement']>;
type Resources = NonNullable<DeployConfig['resources']>;

/** `update_config` / `rollback_config`: `delay` and `monitor` are plain (non-pointer) durations. */
export const updateConfigRules: StructRules<UpdateConfig> = {
  parallelism: setWins,
  delay: overrideDuration,
  failure_action: overrideString,
  monitor: overrideDuration,
  max_failure_ratio: overrideNonZero,
  order: overrideString,
};

/** `restart_policy`: `delay` and `window` are `*Duration`, `max_attempts` is `*uint64`. */
export const restartPolicyRules: StructRules<RestartPolicy> = {
  condition: overrideString,
  delay: pointerDuration,
  max_attempts: setWins,
  window: pointerDuration,
};

/** `resources.limits`. */
export const limitRules: StructRules<ResourceLimit> = {
  cpus: overrideString,
  memory: overrideNonZero,
  pids: overrideNonZero,
};

/** `resources.reservations`: generic resources append like any list. */
export const reservationRules: StructRules<ResourceReservation> = {
  cpus: overrideString,
  memory: overrideNonZero,
  generic_resources: appendList,
};

/** `resources` is a value struct of two pointers (verified: limits merge field by field). */
export const resourcesRules: StructRules<Resources> = {
  limits: pointerStruct(limitRules),
  reservations: pointerStruct(reservationRules),
};

/** `placement` is a value struct; `max_replicas_per_node` is a plain uint64. */
export const placementRules: StructRules<Placement> = {
  constraints: appendList,
  preferences: appendList,
  max_replicas_per_node: overrideNonZero,
};

/** `deploy` is a value struct. */
export const deployRules: StructRules<DeployConfig> = {
  mode: overrideString,
  replicas: setWins,
  labels: unionMap,
  update_config: pointerStruct(updateConfigRules),
  rollback_config: pointerStruct(updateConfigRules),
  resources: valueStruct(resourcesRules),
  restart_policy: pointerStruct(restartPolicyRules),
  placement: valueStruct(placementRules),
  endpoint_mode: overrideString,
};

/**
 * `healthcheck` is a pointer struct. `test` is a plain list, so it is appended: `["CMD","base"]`
 * + `["CMD","over"]` gives `["CMD","base","CMD","over"]` (a real docker bug, verified).
 */
export const healthcheckRules: StructRules<HealthCheckConfig> = {
  test: appendList,
  timeout: pointerDuration,
  interval: pointerDuration,
  retries: setWins,
  start_period: pointerDuration,
  start_interval: pointerDuration,
  disable: overrideTrue,
};
