/**
 * Every lint rule, in alphabetical order of id: the order rules run and are documented in.
 * Hand-maintained on purpose (tens of rules, not hundreds); test/lint/registry.test.ts checks it
 * against the files in rules/.
 */
import type { AnyRule } from './rule.js';
import bindMountRelativeSource from './rules/bind-mount-relative-source.js';
import bindMountWithoutPlacement from './rules/bind-mount-without-placement.js';
import cpusReservationAboveLimit from './rules/cpus-reservation-above-limit.js';
import dnsrrWithIngressPort from './rules/dnsrr-with-ingress-port.js';
import dockerSocketWithoutManagerConstraint from './rules/docker-socket-without-manager-constraint.js';
import duplicateFileTarget from './rules/duplicate-file-target.js';
import duplicateMountTarget from './rules/duplicate-mount-target.js';
import imageTag from './rules/image-tag.js';
import memoryReservationAboveLimit from './rules/memory-reservation-above-limit.js';
import networkDriverScope from './rules/network-driver-scope.js';
import noContainerName from './rules/no-container-name.js';
import noDependsOn from './rules/no-depends-on.js';
import noExpose from './rules/no-expose.js';
import noNetworkMode from './rules/no-network-mode.js';
import noPublishedInternalPort from './rules/no-published-internal-port.js';
import noSilentlyIgnoredKeys from './rules/no-silently-ignored-keys.js';
import noUnsupportedKeys from './rules/no-unsupported-keys.js';
import placementConstraintField from './rules/placement-constraint-field.js';
import placementConstraintSyntax from './rules/placement-constraint-syntax.js';
import publishedPortConflict from './rules/published-port-conflict.js';
import replicasWithGlobalMode from './rules/replicas-with-global-mode.js';
import requireHealthcheck from './rules/require-healthcheck.js';
import requireImage from './rules/require-image.js';
import requireMemoryLimit from './rules/require-memory-limit.js';
import requireResourceLimits from './rules/require-resource-limits.js';
import resourceMinimum from './rules/resource-minimum.js';
import restartWithoutRestartPolicy from './rules/restart-without-restart-policy.js';
import startFirstWithHostPort from './rules/start-first-with-host-port.js';
import undefinedReference from './rules/undefined-reference.js';
import unusedConfig from './rules/unused-config.js';
import unusedSecret from './rules/unused-secret.js';

/** The registry: every rule, sorted by id. */
export const RULES: readonly AnyRule[] = [
  bindMountRelativeSource,
  bindMountWithoutPlacement,
  cpusReservationAboveLimit,
  dnsrrWithIngressPort,
  dockerSocketWithoutManagerConstraint,
  duplicateFileTarget,
  duplicateMountTarget,
  imageTag,
  memoryReservationAboveLimit,
  networkDriverScope,
  noContainerName,
  noDependsOn,
  noExpose,
  noNetworkMode,
  noPublishedInternalPort,
  noSilentlyIgnoredKeys,
  noUnsupportedKeys,
  placementConstraintField,
  placementConstraintSyntax,
  publishedPortConflict,
  replicasWithGlobalMode,
  requireHealthcheck,
  requireImage,
  requireMemoryLimit,
  requireResourceLimits,
  resourceMinimum,
  restartWithoutRestartPolicy,
  startFirstWithHostPort,
  undefinedReference,
  unusedConfig,
  unusedSecret,
];

/** A rule by id. */
export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
