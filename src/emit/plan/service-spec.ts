/**
 * One compose service → the `POST /services/create` body (stack-deploy.md §4.4–4.13, §5.3),
 * field for field in the order docker's 28.2.2 client sends it (recorded on this machine).
 */
import type { ServiceConfig, StackConfig } from '../../model/stack-config.js';
import {
  convertCapabilities,
  convertDnsConfig,
  convertEnvironment,
  convertHealthcheck,
  convertHosts,
  convertUlimits,
} from './container-fields.js';
import { convertEndpoint, convertMode, convertPlacement, convertResources, convertUpdateConfig } from './deploy.js';
import { durationNanos } from './durations.js';
import { compact, goJsonMap, nonEmpty, nonEmptyMap, nonZero } from './go-order.js';
import { normalizeImage, parseImageReference } from './image-ref.js';
import { convertMounts } from './mounts.js';
import { IMAGE_LABEL, scopeName, withStackLabel } from './namespace.js';
import { convertServiceNetworks } from './networks.js';
import type { Problems, ServiceProblems } from './problems.js';
import { convertCredentialSpec, convertReferences } from './references.js';
import { convertRestartPolicy } from './restart-policy.js';

/** A converted service: its body and the external secrets/configs it uses. */
export interface ConvertedService {
  readonly body: Record<string, unknown>;
  readonly externalSecrets: string[];
  readonly externalConfigs: string[];
}

/**
 * Deploy's image check (§1.4 step 8), run before any API call. Reports `plan/invalid-image`.
 */
function checkImage(name: string, image: string | undefined, problems: Problems): void {
  const prefix = `invalid image reference for service ${name}`;
  if (image === undefined || image === '') {
    problems.fail('invalid-image', ['services', name], `service "${name}" has no image`, `${prefix}: no image specified`, { service: name });
    return;
  }
  const parsed = parseImageReference(image);
  // A bare 64-hex image ID passes docker's check (it accepts any reference there).
  if (!parsed.ok && !/^[a-f0-9]{64}$/.test(image)) {
    problems.fail('invalid-image', ['services', name, 'image'], `image "${image}": ${parsed.error}`, `${prefix}: ${parsed.error}`,
      { service: name, image });
  }
}

function containerSpec(service: ServiceConfig, config: StackConfig, stack: string, sp: ServiceProblems) {
  const secrets = convertReferences('secret', service, config, stack, sp);
  const configs = convertReferences('config', service, config, stack, sp);
  const caps = convertCapabilities(service);
  const body = compact({
    Image: normalizeImage(service.image ?? ''),
    Labels: withStackLabel(stack, service.labels),
    Command: nonEmpty(service.entrypoint),
    Args: nonEmpty(service.command),
    Hostname: nonZero(service.hostname),
    Env: convertEnvironment(service.environment),
    Dir: nonZero(service.working_dir),
    User: nonZero(service.user),
    Privileges: {
      CredentialSpec: convertCredentialSpec(service, configs.entries, config, stack, sp),
      SELinuxContext: null,
      NoNewPrivileges: false,
    },
    Init: service.init,
    StopSignal: nonZero(service.stop_signal),
    TTY: nonZero(service.tty),
    OpenStdin: nonZero(service.stdin_open),
    ReadOnly: nonZero(service.read_only),
    Mounts: convertMounts(service.volumes, config, stack, sp),
    StopGracePeriod: durationNanos(service.stop_grace_period, ['stop_grace_period'], sp),
    Healthcheck: convertHealthcheck(service.healthcheck, sp),
    Hosts: convertHosts(service.extra_hosts),
    DNSConfig: convertDnsConfig(service),
    Secrets: nonEmpty(secrets.entries),
    Configs: nonEmpty(configs.entries),
    Isolation: nonZero(service.isolation),
    Sysctls: nonEmptyMap(service.sysctls),
    CapabilityAdd: caps.add,
    CapabilityDrop: caps.drop,
    Ulimits: convertUlimits(service.ulimits),
  });
  return { body, externalSecrets: secrets.externals, externalConfigs: configs.externals };
}

/**
 * The service create body; conversion problems are reported (and the body is then unusable).
 * Reports every `plan/*` code of the service converters plus `plan/invalid-image`.
 */
export function convertService(name: string, service: ServiceConfig, config: StackConfig, stack: string, problems: Problems, sp: ServiceProblems): ConvertedService {
  checkImage(name, service.image, problems);
  const deploy = service.deploy;
  const container = containerSpec(service, config, stack, sp);
  const labels = withStackLabel(stack, deploy?.labels);
  // The image label is set last, over any user label of that key, with the image as written.
  labels[IMAGE_LABEL] = service.image ?? '';
  const body = compact({
    Name: scopeName(stack, name),
    Labels: goJsonMap(labels),
    TaskTemplate: compact({
      ContainerSpec: container.body,
      Resources: convertResources(deploy, sp),
      RestartPolicy: convertRestartPolicy(service, sp),
      Placement: convertPlacement(deploy),
      Networks: convertServiceNetworks(service, config, stack, sp),
      LogDriver: service.logging === undefined
        ? undefined
        : compact({ Name: nonZero(service.logging.driver), Options: nonEmptyMap(service.logging.options) }),
      ForceUpdate: 0,
    }),
    Mode: convertMode(deploy, sp),
    UpdateConfig: convertUpdateConfig(deploy?.update_config, 'update_config', sp),
    RollbackConfig: convertUpdateConfig(deploy?.rollback_config, 'rollback_config', sp),
    EndpointSpec: convertEndpoint(deploy, service.ports),
  });
  return { body, externalSecrets: container.externalSecrets, externalConfigs: container.externalConfigs };
}
