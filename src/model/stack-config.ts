/**
 * The normalized model: what a compose file means once loaded, in the exact shape that
 * `docker stack config` prints (docker/cli's `types.Config`), with YAML key names.
 *
 * Contract shared by normalize (produces it per file), merge (folds several into one) and
 * emit (orders keys and prints it):
 * - only long syntax: ports, volumes, secrets and configs references are objects;
 * - a field that docker would omit (zero value, `omitempty`) is absent, never `undefined`-valued
 *   in a way that changes output; `*uint64` fields (`replicas`, `parallelism`, `max_attempts`,
 *   `retries`) are kept when 0 because docker prints them;
 * - durations are Go duration strings as docker prints them (`1m30s`), sizes are byte counts
 *   as numbers (printed quoted), `cpus` is the string given;
 * - string maps (`labels`, `sysctls`, …) hold strings; `environment` values may be `null`;
 * - bind sources and secret/config files are absolute paths.
 * Object key order carries no meaning: emit applies docker's struct order.
 */

/** A `version:` string as docker normalizes it: `3.0` … `3.13`. */
export type StackVersion = string;

export interface StackConfig {
  version: StackVersion;
  services: Record<string, ServiceConfig>;
  networks?: Record<string, NetworkConfig>;
  volumes?: Record<string, VolumeConfig>;
  secrets?: Record<string, FileObjectConfig>;
  configs?: Record<string, FileObjectConfig>;
  /** Top-level `x-*` keys of the first file, verbatim. */
  extensions?: Record<string, unknown>;
}

export interface ServiceConfig {
  build?: BuildConfig;
  cap_add?: string[];
  cap_drop?: string[];
  cgroupns_mode?: string;
  cgroup_parent?: string;
  command?: string[];
  configs?: FileReference[];
  container_name?: string;
  credential_spec?: { config?: string; file?: string; registry?: string };
  depends_on?: string[];
  deploy?: DeployConfig;
  devices?: string[];
  dns?: string[];
  dns_search?: string[];
  domainname?: string;
  entrypoint?: string[];
  environment?: Record<string, string | null>;
  env_file?: string[];
  expose?: string[];
  external_links?: string[];
  extra_hosts?: string[];
  hostname?: string;
  healthcheck?: HealthCheckConfig;
  image?: string;
  init?: boolean;
  ipc?: string;
  isolation?: string;
  labels?: Record<string, string>;
  links?: string[];
  logging?: { driver?: string; options?: Record<string, string> };
  mac_address?: string;
  network_mode?: string;
  /** A `null` entry means "attached, no options". */
  networks?: Record<string, ServiceNetworkConfig | null>;
  pid?: string;
  ports?: PortConfig[];
  privileged?: boolean;
  read_only?: boolean;
  restart?: string;
  secrets?: FileReference[];
  security_opt?: string[];
  shm_size?: string;
  stdin_open?: boolean;
  stop_grace_period?: string;
  stop_signal?: string;
  sysctls?: Record<string, string>;
  tmpfs?: string[];
  tty?: boolean;
  ulimits?: Record<string, UlimitConfig>;
  user?: string;
  userns_mode?: string;
  volumes?: ServiceVolumeConfig[];
  working_dir?: string;
  /** Service `x-*` keys, verbatim. */
  extensions?: Record<string, unknown>;
}

export interface BuildConfig {
  context?: string;
  dockerfile?: string;
  args?: Record<string, string | null>;
  labels?: Record<string, string>;
  cache_from?: string[];
  extra_hosts?: string[];
  network?: string;
  target?: string;
}

export interface DeployConfig {
  mode?: string;
  replicas?: number;
  labels?: Record<string, string>;
  update_config?: UpdateConfig;
  rollback_config?: UpdateConfig;
  resources?: { limits?: ResourceLimit; reservations?: ResourceReservation };
  restart_policy?: { condition?: string; delay?: string; max_attempts?: number; window?: string };
  placement?: {
    constraints?: string[];
    preferences?: { spread?: string }[];
    max_replicas_per_node?: number;
  };
  endpoint_mode?: string;
}

export interface UpdateConfig {
  parallelism?: number;
  delay?: string;
  failure_action?: string;
  monitor?: string;
  max_failure_ratio?: number;
  order?: string;
}

export interface ResourceLimit {
  cpus?: string;
  /** Bytes. */
  memory?: number;
  pids?: number;
}

export interface ResourceReservation {
  cpus?: string;
  /** Bytes. */
  memory?: number;
  generic_resources?: { discrete_resource_spec?: { kind: string; value: number } }[];
}

export interface HealthCheckConfig {
  test?: string[];
  timeout?: string;
  interval?: string;
  retries?: number;
  start_period?: string;
  start_interval?: string;
  disable?: boolean;
}

export interface ServiceNetworkConfig {
  aliases?: string[];
  driver_opts?: Record<string, string>;
  ipv4_address?: string;
  ipv6_address?: string;
}

export interface PortConfig {
  mode?: string;
  target?: number;
  /** Omitted (or 0) when not published. */
  published?: number;
  protocol?: string;
}

export interface ServiceVolumeConfig {
  type?: string;
  source?: string;
  target?: string;
  read_only?: boolean;
  consistency?: string;
  bind?: { propagation?: string };
  volume?: { nocopy?: boolean; subpath?: string };
  tmpfs?: { size?: number };
}

export interface FileReference {
  source?: string;
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
}

export type UlimitConfig = number | { soft?: number; hard?: number };

export interface NetworkConfig {
  name?: string;
  driver?: string;
  driver_opts?: Record<string, string>;
  ipam?: { driver?: string; config?: { subnet?: string }[] };
  external?: boolean;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
  extensions?: Record<string, unknown>;
}

export interface VolumeConfig {
  name?: string;
  driver?: string;
  driver_opts?: Record<string, string>;
  external?: boolean;
  labels?: Record<string, string>;
  'x-cluster-spec'?: unknown;
  extensions?: Record<string, unknown>;
}

export interface FileObjectConfig {
  name?: string;
  file?: string;
  external?: boolean;
  labels?: Record<string, string>;
  driver?: string;
  driver_opts?: Record<string, string>;
  template_driver?: string;
  extensions?: Record<string, unknown>;
}
