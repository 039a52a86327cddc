/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/compose.schema.json. Regenerate with `npm run types:generate`.
 *
 * Types for compose / stack files (docker stack file versions 3.0-3.13 plus the Compose
 * Specification). The schema itself is read from schemas/compose.schema.json at run time.
 */

/**
 * An included project: a path, or a mapping with options.
 */
export type Include =
  | string
  | {
      path?: StringOrList;
      env_file?: StringOrList;
      /**
       * Directory relative paths of the included files resolve against.
       */
      project_directory?: string;
    };
/**
 * A string or a list of strings.
 */
export type StringOrList = string | ListOfStrings;
/**
 * A list of distinct strings.
 */
export type ListOfStrings = string[];
/**
 * Swarm deployment settings.
 */
export type Deployment = {
  /**
   * `replicated` (default), `global`, `replicated-job` or `global-job`.
   */
  mode?: string;
  /**
   * Service discovery: `vip` (virtual IP, default) or `dnsrr` (DNS round-robin).
   */
  endpoint_mode?: string;
  /**
   * Number of tasks in `replicated` mode.
   */
  replicas?: number;
  labels?: ListOrDict;
  /**
   * How a rollback is carried out across the service's tasks.
   */
  rollback_config?: {
    /**
     * Number of tasks rolled back at the same time (0 = all at once).
     */
    parallelism?: number;
    /**
     * Time to wait between batches, as a Go duration (e.g. `10s`).
     */
    delay?: string;
    /**
     * What to do when a batch fails: `continue`, `pause` or `rollback` (`continue`/`pause` for rollbacks).
     */
    failure_action?: string;
    /**
     * How long to watch each task for failure after it is updated, as a Go duration.
     */
    monitor?: string;
    /**
     * Fraction of tasks allowed to fail before the failure action triggers (0 to 1).
     */
    max_failure_ratio?: number;
    /**
     * Whether the old task is stopped before the new one starts (`stop-first`, the default) or after (`start-first`).
     */
    order?: "start-first" | "stop-first";
  };
  /**
   * How an update is carried out across the service's tasks.
   */
  update_config?: {
    /**
     * Number of tasks updated at the same time (0 = all at once).
     */
    parallelism?: number;
    /**
     * Time to wait between batches, as a Go duration (e.g. `10s`).
     */
    delay?: string;
    /**
     * What to do when a batch fails: `continue`, `pause` or `rollback` (`continue`/`pause` for rollbacks).
     */
    failure_action?: string;
    /**
     * How long to watch each task for failure after it is updated, as a Go duration.
     */
    monitor?: string;
    /**
     * Fraction of tasks allowed to fail before the failure action triggers (0 to 1).
     */
    max_failure_ratio?: number;
    /**
     * Whether the old task is stopped before the new one starts (`stop-first`, the default) or after (`start-first`).
     */
    order?: "start-first" | "stop-first";
  };
  /**
   * CPU, memory and device limits and reservations.
   */
  resources?: {
    /**
     * Upper bounds for each task.
     */
    limits?: {
      /**
       * CPU limit, as a string (`"0.5"`).
       */
      cpus?: string;
      /**
       * Memory limit with a unit (`512M`).
       */
      memory?: string;
      /**
       * Maximum number of processes.
       */
      pids?: number;
    };
    /**
     * Resources each task reserves when scheduled.
     */
    reservations?: {
      /**
       * CPU reservation, as a string (`"0.25"`).
       */
      cpus?: string;
      /**
       * Memory reservation with a unit (`256M`).
       */
      memory?: string;
      generic_resources?: GenericResources;
      /**
       * Device requests (GPUs). Not supported by Swarm.
       */
      devices?: DeviceRequest[];
    };
  };
  /**
   * When and how Swarm restarts stopped tasks.
   */
  restart_policy?: {
    /**
     * `none`, `on-failure` or `any` (default).
     */
    condition?: string;
    /**
     * Time between restart attempts, as a Go duration.
     */
    delay?: string;
    /**
     * Maximum restart attempts (0 = unlimited).
     */
    max_attempts?: number;
    /**
     * Time to wait before deciding a restart succeeded, as a Go duration.
     */
    window?: string;
  };
  /**
   * Where tasks may be scheduled.
   */
  placement?: {
    /**
     * Node constraints such as `node.role == manager`.
     */
    constraints?: string[];
    /**
     * Spread preferences, applied in order.
     *
     * Items: One preference.
     */
    preferences?: {
      /**
       * Node label or attribute to spread tasks over (`node.labels.zone`).
       */
      spread?: string;
    }[];
    /**
     * Maximum tasks of this service on one node.
     */
    max_replicas_per_node?: number;
  };
} | null;
/**
 * A `KEY: value` mapping or a list of distinct `KEY=value` strings.
 */
export type ListOrDict =
  | {
      /**
       * Value (null means unset / from the environment).
       *
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` ".+".
       */
      [k: string]: string | number | null;
    }
  | string[];
/**
 * Generic resources to reserve.
 *
 * Items: One generic resource.
 */
export type GenericResources = {
  /**
   * A countable resource.
   */
  discrete_resource_spec?: {
    /**
     * Resource kind (e.g. `gpu`).
     */
    kind?: string;
    /**
     * Amount to reserve.
     */
    value?: number;
  };
}[];
/**
 * References to configs or secrets.
 *
 * Items: One reference.
 */
export type ServiceConfigOrSecret = (
  | string
  | {
      /**
       * Name of the config or secret.
       */
      source?: string;
      /**
       * Mount path (or file name under `/run/secrets` for secrets).
       */
      target?: string;
      /**
       * Owner user ID of the mounted file.
       */
      uid?: string;
      /**
       * Owner group ID of the mounted file.
       */
      gid?: string;
      /**
       * File mode, as a number (`0440` octal).
       */
      mode?: number;
    }
)[];
/**
 * A command: a string or a list of arguments.
 */
export type Command = string | string[];
/**
 * Development settings.
 */
export type Development = {
  /**
   * Paths watched by `docker compose watch`.
   *
   * Items: One watch rule.
   */
  watch?: {
    /**
     * Path to watch.
     */
    path: string;
    /**
     * What to do on change.
     */
    action: "rebuild" | "sync" | "restart" | "sync+restart" | "sync+exec";
    /**
     * Destination in the container for sync actions.
     */
    target?: string;
    ignore?: StringOrList;
    include?: StringOrList;
    /**
     * Sync everything when watching starts.
     */
    initial_sync?: boolean;
    exec?: ServiceHook;
    /**
     * Extension field: any value, ignored by docker.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | string
      | "rebuild"
      | "sync"
      | "restart"
      | "sync+restart"
      | "sync+exec"
      | StringOrList
      | boolean
      | ServiceHook
      | undefined;
  }[];
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | {
        /**
         * Path to watch.
         */
        path: string;
        /**
         * What to do on change.
         */
        action: "rebuild" | "sync" | "restart" | "sync+restart" | "sync+exec";
        /**
         * Destination in the container for sync actions.
         */
        target?: string;
        ignore?: StringOrList;
        include?: StringOrList;
        /**
         * Sync everything when watching starts.
         */
        initial_sync?: boolean;
        exec?: ServiceHook;
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | "rebuild"
          | "sync"
          | "restart"
          | "sync+restart"
          | "sync+exec"
          | StringOrList
          | boolean
          | ServiceHook
          | undefined;
      }[]
    | undefined;
} | null;
/**
 * A network of the stack (null for defaults).
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export type Network = {
  /**
   * Network name in the engine, used verbatim (no stack prefix).
   */
  name?: string;
  /**
   * Network driver; Swarm defaults to `overlay`.
   */
  driver?: string;
  /**
   * Driver options.
   */
  driver_opts?: {
    /**
     * Option value; numbers are stringified.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.+$".
     */
    [k: string]: string | number;
  };
  /**
   * IP address management.
   */
  ipam?: {
    /**
     * IPAM driver.
     */
    driver?: string;
    /**
     * Address pools.
     *
     * Items: One address pool.
     */
    config?: {
      /**
       * Subnet in CIDR notation.
       */
      subnet?: string;
      /**
       * Gateway address.
       */
      gateway?: string;
      /**
       * Range to allocate container IPs from.
       */
      ip_range?: string;
      /**
       * Auxiliary addresses by host name.
       */
      aux_addresses?: {
        /**
         * Address.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^.+$".
         */
        [k: string]: string;
      };
      /**
       * Extension field: any value, ignored by docker.
       *
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: string]:
        | {
            [k: string]: unknown;
          }
        | string
        | {
            /**
             * Address.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^.+$".
             */
            [k: string]: string;
          }
        | undefined;
    }[];
    /**
     * IPAM driver options.
     */
    options?: {
      /**
       * Option value.
       *
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^.+$".
       */
      [k: string]: string;
    };
    /**
     * Extension field: any value, ignored by docker.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | string
      | {
          /**
           * Subnet in CIDR notation.
           */
          subnet?: string;
          /**
           * Gateway address.
           */
          gateway?: string;
          /**
           * Range to allocate container IPs from.
           */
          ip_range?: string;
          /**
           * Auxiliary addresses by host name.
           */
          aux_addresses?: {
            /**
             * Address.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^.+$".
             */
            [k: string]: string;
          };
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | string
            | {
                /**
                 * Address.
                 *
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^.+$".
                 */
                [k: string]: string;
              }
            | undefined;
        }[]
      | {
          /**
           * Option value.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^.+$".
           */
          [k: string]: string;
        }
      | undefined;
  };
  /**
   * `true` when the network is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.
   */
  external?:
    | boolean
    | {
        /**
         * Name of the existing network (deprecated: use `name` on the network itself).
         */
        name?: string;
      };
  /**
   * Isolate the network from the outside world.
   */
  internal?: boolean;
  /**
   * Allow standalone containers to attach to this overlay network.
   */
  attachable?: boolean;
  labels?: ListOrDict;
  /**
   * Enable IPv4 on the network.
   */
  enable_ipv4?: boolean;
  /**
   * Enable IPv6 on the network.
   */
  enable_ipv6?: boolean;
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | {
        /**
         * Option value; numbers are stringified.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^.+$".
         */
        [k: string]: string | number;
      }
    | {
        /**
         * IPAM driver.
         */
        driver?: string;
        /**
         * Address pools.
         *
         * Items: One address pool.
         */
        config?: {
          /**
           * Subnet in CIDR notation.
           */
          subnet?: string;
          /**
           * Gateway address.
           */
          gateway?: string;
          /**
           * Range to allocate container IPs from.
           */
          ip_range?: string;
          /**
           * Auxiliary addresses by host name.
           */
          aux_addresses?: {
            /**
             * Address.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^.+$".
             */
            [k: string]: string;
          };
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | string
            | {
                /**
                 * Address.
                 *
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^.+$".
                 */
                [k: string]: string;
              }
            | undefined;
        }[];
        /**
         * IPAM driver options.
         */
        options?: {
          /**
           * Option value.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^.+$".
           */
          [k: string]: string;
        };
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | {
              /**
               * Subnet in CIDR notation.
               */
              subnet?: string;
              /**
               * Gateway address.
               */
              gateway?: string;
              /**
               * Range to allocate container IPs from.
               */
              ip_range?: string;
              /**
               * Auxiliary addresses by host name.
               */
              aux_addresses?: {
                /**
                 * Address.
                 *
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^.+$".
                 */
                [k: string]: string;
              };
              /**
               * Extension field: any value, ignored by docker.
               *
               * This interface was referenced by `undefined`'s JSON-Schema definition
               * via the `patternProperty` "^x-".
               */
              [k: string]:
                | {
                    [k: string]: unknown;
                  }
                | string
                | {
                    /**
                     * Address.
                     *
                     * This interface was referenced by `undefined`'s JSON-Schema definition
                     * via the `patternProperty` "^.+$".
                     */
                    [k: string]: string;
                  }
                | undefined;
            }[]
          | {
              /**
               * Option value.
               *
               * This interface was referenced by `undefined`'s JSON-Schema definition
               * via the `patternProperty` "^.+$".
               */
              [k: string]: string;
            }
          | undefined;
      }
    | boolean
    | {
        /**
         * Name of the existing network (deprecated: use `name` on the network itself).
         */
        name?: string;
      }
    | ListOrDict
    | undefined;
} | null;
/**
 * A named volume (null for defaults).
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export type Volume = {
  /**
   * Volume name in the engine, used verbatim (no stack prefix).
   */
  name?: string;
  /**
   * Volume driver (default `local`).
   */
  driver?: string;
  /**
   * Driver options.
   */
  driver_opts?: {
    /**
     * Option value; numbers are stringified.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.+$".
     */
    [k: string]: string | number;
  };
  /**
   * `true` when the volume is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.
   */
  external?:
    | boolean
    | {
        /**
         * Name of the existing volume (deprecated: use `name` on the volume itself).
         */
        name?: string;
      };
  labels?: ListOrDict;
  /**
   * Cluster (CSI) volume specification; parsed but not used by `docker stack`.
   */
  "x-cluster-spec"?: {
    /**
     * Volume group.
     */
    group?: string;
    /**
     * How the volume can be accessed.
     */
    access_mode?: {
      /**
       * `single` or `multi` node.
       */
      scope?: string;
      /**
       * `none`, `readonly`, `onewriter` or `all`.
       */
      sharing?: string;
      /**
       * Use the volume as a raw block device.
       */
      block_volume?: {};
      /**
       * Use the volume as a filesystem.
       */
      mount_volume?: {
        /**
         * Filesystem type.
         */
        fs_type?: string;
        /**
         * Mount flags.
         */
        mount_flags?: string[];
      };
    };
    /**
     * Topology requirements.
     */
    accessibility_requirements?: {
      /**
       * Topologies the volume must be accessible from.
       *
       * Items: One topology.
       */
      requisite?: {
        segments?: ListOrDict;
      }[];
      /**
       * Preferred topologies.
       *
       * Items: One topology.
       */
      preferred?: {
        segments?: ListOrDict;
      }[];
    };
    /**
     * Size bounds.
     */
    capacity_range?: {
      /**
       * Minimum size, with a unit.
       */
      required_bytes?: string;
      /**
       * Maximum size, with a unit.
       */
      limit_bytes?: string;
    };
    /**
     * `active`, `pause` or `drain`.
     */
    availability?: string;
  };
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | {
        /**
         * Option value; numbers are stringified.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^.+$".
         */
        [k: string]: string | number;
      }
    | boolean
    | {
        /**
         * Name of the existing volume (deprecated: use `name` on the volume itself).
         */
        name?: string;
      }
    | ListOrDict
    | {
        /**
         * Volume group.
         */
        group?: string;
        /**
         * How the volume can be accessed.
         */
        access_mode?: {
          /**
           * `single` or `multi` node.
           */
          scope?: string;
          /**
           * `none`, `readonly`, `onewriter` or `all`.
           */
          sharing?: string;
          /**
           * Use the volume as a raw block device.
           */
          block_volume?: {};
          /**
           * Use the volume as a filesystem.
           */
          mount_volume?: {
            /**
             * Filesystem type.
             */
            fs_type?: string;
            /**
             * Mount flags.
             */
            mount_flags?: string[];
          };
        };
        /**
         * Topology requirements.
         */
        accessibility_requirements?: {
          /**
           * Topologies the volume must be accessible from.
           *
           * Items: One topology.
           */
          requisite?: {
            segments?: ListOrDict;
          }[];
          /**
           * Preferred topologies.
           *
           * Items: One topology.
           */
          preferred?: {
            segments?: ListOrDict;
          }[];
        };
        /**
         * Size bounds.
         */
        capacity_range?: {
          /**
           * Minimum size, with a unit.
           */
          required_bytes?: string;
          /**
           * Maximum size, with a unit.
           */
          limit_bytes?: string;
        };
        /**
         * `active`, `pause` or `drain`.
         */
        availability?: string;
      }
    | undefined;
} | null;

/**
 * A docker-compose / Swarm stack file. Covers docker stack file versions 3.0-3.13 and the Compose Specification. `x-since` marks keys added in a later 3.x version; `x-compose-spec` marks keys that only the Compose Specification knows (rejected by `docker stack`).
 */
export interface ComposeFile {
  /**
   * File format version (`"3.8"`). Must be a string; missing or `"3"` means 3.13.
   */
  version?: string;
  /**
   * Project name. Not supported by `docker stack`: the stack name is given on the command line.
   */
  name?: string;
  /**
   * Other Compose applications to include, resolved at compile time.
   */
  include?: Include[];
  /**
   * The services of the stack, by name.
   */
  services?: {
    [k: string]: Service;
  };
  /**
   * AI models used by services.
   */
  models?: {
    [k: string]: Model;
  };
  /**
   * Networks of the stack, by name. Swarm creates them as overlay networks unless external.
   */
  networks?: {
    [k: string]: Network;
  };
  /**
   * Named volumes of the stack.
   */
  volumes?: {
    [k: string]: Volume;
  };
  /**
   * Secrets of the stack, by name.
   */
  secrets?: {
    [k: string]: Secret;
  };
  /**
   * Configs of the stack, by name.
   */
  configs?: {
    [k: string]: Config;
  };
  /**
   * Extension field (often a YAML anchor holder); kept by `docker stack config`.
   *
   * This interface was referenced by `ComposeFile`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Include[]
    | {
        [k: string]: Service;
      }
    | {
        [k: string]: Model;
      }
    | {
        [k: string]: Network;
      }
    | {
        [k: string]: Volume;
      }
    | {
        [k: string]: Secret;
      }
    | {
        [k: string]: Config;
      }
    | undefined;
}
/**
 * A service: the definition of a container image and how Swarm runs its tasks.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export interface Service {
  deploy?: Deployment;
  /**
   * How to build the image. Ignored by `docker stack deploy` (reported as unsupported), but validated.
   */
  build?:
    | string
    | {
        /**
         * Build context: a directory or a git/HTTP URL.
         */
        context?: string;
        /**
         * Dockerfile path, relative to the context.
         */
        dockerfile?: string;
        args?: ListOrDict;
        labels?: ListOrDict;
        cache_from?: ListOfStrings;
        /**
         * Network the `RUN` instructions connect to during the build.
         */
        network?: string;
        /**
         * Build stage to stop at in a multi-stage Dockerfile.
         */
        target?: string;
        /**
         * Size of `/dev/shm` for build containers, in bytes or with a unit (`2gb`).
         */
        shm_size?: number | string;
        extra_hosts?: ListOrDict;
        additional_contexts?: ListOrDict;
        cache_to?: ListOfStrings;
        /**
         * Dockerfile content given inline instead of a file.
         */
        dockerfile_inline?: string;
        /**
         * Extra privileges the build may use (e.g. `network.host`).
         */
        entitlements?: string[];
        /**
         * Isolation technology for build containers.
         */
        isolation?: string;
        /**
         * Build without using the cache.
         */
        no_cache?: boolean | string;
        /**
         * Target platforms of the build (e.g. `linux/amd64`).
         */
        platforms?: string[];
        /**
         * Run build containers with extended privileges.
         */
        privileged?: boolean | string;
        /**
         * Provenance attestation settings.
         */
        provenance?: boolean | string;
        /**
         * Always pull referenced images before building.
         */
        pull?: boolean | string;
        /**
         * SBOM attestation settings.
         */
        sbom?: boolean | string;
        secrets?: ServiceConfigOrSecret;
        ssh?: ListOrDict;
        /**
         * Extra tags for the built image.
         */
        tags?: string[];
        ulimits?: Ulimits;
        [k: string]: unknown;
      };
  /**
   * Kernel capabilities to add to the container (e.g. `NET_ADMIN`).
   */
  cap_add?: string[];
  /**
   * Kernel capabilities to drop from the container.
   */
  cap_drop?: string[];
  /**
   * Cgroup namespace mode (`host` or `private`). Ignored by Swarm.
   */
  cgroupns_mode?: string;
  /**
   * Parent cgroup for the container. Ignored by Swarm.
   */
  cgroup_parent?: string;
  command?: Command;
  configs?: ServiceConfigOrSecret;
  /**
   * Fixed container name. Deprecated for stacks: Swarm names task containers itself.
   */
  container_name?: string;
  /**
   * Windows credential spec for a managed service account.
   */
  credential_spec?: {
    /**
     * Name of a Swarm config holding the credential spec.
     */
    config?: string;
    /**
     * Credential spec file name, looked up in the Docker data directory.
     */
    file?: string;
    /**
     * Registry value holding the credential spec.
     */
    registry?: string;
  };
  /**
   * Services this one depends on. Stacks ignore ordering; only the list form is valid for `docker stack`.
   */
  depends_on?:
    | ListOfStrings
    | {
        /**
         * Condition for one dependency.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          /**
           * State the dependency must reach first.
           */
          condition: "service_started" | "service_healthy" | "service_completed_successfully";
          /**
           * Restart this service when the dependency is updated.
           */
          restart?: boolean | string;
          /**
           * When false, a missing or failed dependency is only a warning.
           */
          required?: boolean;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | "service_started"
            | "service_healthy"
            | "service_completed_successfully"
            | boolean
            | string
            | undefined;
        };
      };
  /**
   * Host devices mapped into the container (`/dev/x:/dev/y:rwm`). Ignored by Swarm.
   */
  devices?: (
    | string
    | {
        /**
         * Device path on the host.
         */
        source: string;
        /**
         * Device path in the container.
         */
        target?: string;
        /**
         * Cgroup permissions (`rwm`).
         */
        permissions?: string;
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | undefined;
      }
  )[];
  dns?: StringOrList;
  dns_search?: StringOrList;
  /**
   * Domain name of the container. Ignored by Swarm.
   */
  domainname?: string;
  entrypoint?: Command;
  /**
   * Files of `KEY=VALUE` lines added to the environment; `environment` wins over them.
   */
  env_file?:
    | string
    | ListOfStrings
    | (
        | string
        | {
            /**
             * Path of the file.
             */
            path: string;
            /**
             * When false, a missing file is ignored.
             */
            required?: boolean | string;
            /**
             * File format (`raw` disables interpolation and quoting rules).
             */
            format?: string;
          }
      )[];
  environment?: ListOrDict;
  /**
   * Ports exposed to linked services only. Deprecated for stacks: services on a network reach every port.
   *
   * Items: Port or range, optionally with `/protocol`.
   */
  expose?: (string | number)[];
  /**
   * Links to containers outside the project. Ignored by Swarm.
   */
  external_links?: string[];
  extra_hosts?: ListOrDict;
  healthcheck?: Healthcheck;
  /**
   * Hostname of the container.
   */
  hostname?: string;
  /**
   * Image reference to run (`name[:tag][@digest]`). Required by `docker stack deploy`.
   */
  image?: string;
  /**
   * Run an init process (PID 1) that forwards signals and reaps zombies.
   */
  init?: boolean;
  /**
   * IPC namespace mode. Ignored by Swarm.
   */
  ipc?: string;
  /**
   * Container isolation technology (`default`, `process`, `hyperv`), Windows only.
   */
  isolation?: string;
  labels?: ListOrDict;
  /**
   * Legacy links to other services. Ignored by Swarm.
   */
  links?: string[];
  /**
   * Logging driver and options of the containers.
   */
  logging?: {
    /**
     * Logging driver name (e.g. `json-file`, `syslog`).
     */
    driver?: string;
    /**
     * Driver-specific options; values are strings or numbers.
     */
    options?: {
      /**
       * Option value.
       *
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^.+$".
       */
      [k: string]: string | number | null;
    };
  };
  /**
   * MAC address of the container. Ignored by Swarm.
   */
  mac_address?: string;
  /**
   * Network mode (`host`, `none`, `service:x`). Ignored by Swarm.
   */
  network_mode?: string;
  /**
   * Networks the service joins: a list of names or a mapping with per-network settings.
   */
  networks?:
    | ListOfStrings
    | {
        /**
         * Settings for one network (null for defaults).
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          aliases?: ListOfStrings;
          /**
           * Driver options for this network attachment.
           */
          driver_opts?: {
            /**
             * Option value; numbers are stringified.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^.+$".
             */
            [k: string]: string | number;
          };
          /**
           * Static IPv4 address. Ignored by Swarm.
           */
          ipv4_address?: string;
          /**
           * Static IPv6 address. Ignored by Swarm.
           */
          ipv6_address?: string;
          /**
           * Priority of this network as the default gateway.
           */
          gw_priority?: number;
          /**
           * Interface name inside the container.
           */
          interface_name?: string;
          link_local_ips?: ListOfStrings;
          /**
           * MAC address on this network.
           */
          mac_address?: string;
          /**
           * Order in which networks are connected.
           */
          priority?: number;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | ListOfStrings
            | {
                /**
                 * Option value; numbers are stringified.
                 *
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^.+$".
                 */
                [k: string]: string | number;
              }
            | string
            | number
            | undefined;
        } | null;
      };
  /**
   * PID namespace mode. Ignored by Swarm.
   */
  pid?: string | null;
  /**
   * Published ports: short strings `[ip:][host:]container[/proto]` or long mappings.
   *
   * Items: One port publication.
   */
  ports?: (
    | number
    | string
    | {
        /**
         * `ingress` (routing mesh, default) or `host` (publish on the node running the task).
         */
        mode?: string;
        /**
         * Port inside the container.
         */
        target?: number;
        /**
         * Port published on the Swarm; omitted means an ephemeral port.
         */
        published?: number;
        /**
         * `tcp` (default), `udp` or `sctp`.
         */
        protocol?: string;
        /**
         * Host IP to bind to.
         */
        host_ip?: string;
        /**
         * Human-readable name of the port.
         */
        name?: string;
        /**
         * Application protocol (e.g. `http`).
         */
        app_protocol?: string;
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | number
          | undefined;
      }
  )[];
  /**
   * Give the container extended privileges. Ignored by Swarm.
   */
  privileged?: boolean;
  /**
   * Mount the container root filesystem read-only.
   */
  read_only?: boolean;
  /**
   * Restart policy (`no`, `always`, `on-failure[:n]`, `unless-stopped`); used by docker only when `deploy.restart_policy` is absent.
   */
  restart?: string;
  /**
   * Security options (e.g. `seccomp=…`). Ignored by Swarm.
   */
  security_opt?: string[];
  /**
   * Size of `/dev/shm`. Ignored by Swarm.
   */
  shm_size?: number | string;
  secrets?: ServiceConfigOrSecret;
  sysctls?: ListOrDict;
  /**
   * Keep stdin open (`docker run -i`).
   */
  stdin_open?: boolean;
  /**
   * Time to wait after `stop_signal` before killing the container, as a Go duration (`1m30s`).
   */
  stop_grace_period?: string;
  /**
   * Signal used to stop the container (default `SIGTERM`).
   */
  stop_signal?: string;
  tmpfs?: StringOrList;
  /**
   * Allocate a pseudo-TTY.
   */
  tty?: boolean;
  ulimits?: Ulimits;
  /**
   * OOM killer score adjustment (-1000 to 1000). Note: docker accepts but drops it.
   */
  oom_score_adj?: number;
  /**
   * User (and group) the process runs as: `name`, `uid` or `uid:gid`.
   */
  user?: string;
  /**
   * User namespace mode. Ignored by Swarm.
   */
  userns_mode?: string;
  /**
   * Mounts: short strings `[source:]target[:mode]` or long mappings.
   *
   * Items: One mount.
   */
  volumes?: (
    | string
    | {
        /**
         * Mount type: `volume`, `bind`, `tmpfs`, `npipe` or `cluster`.
         */
        type: string;
        /**
         * Volume name or host path; empty for an anonymous volume or a tmpfs.
         */
        source?: string;
        /**
         * Path inside the container.
         */
        target?: string;
        /**
         * Mount read-only.
         */
        read_only?: boolean;
        /**
         * Mount consistency (`consistent`, `cached`, `delegated`); Docker Desktop only.
         */
        consistency?: string;
        /**
         * Options of a bind mount.
         */
        bind?: {
          /**
           * Bind propagation: `rprivate`, `private`, `rshared`, `shared`, `rslave` or `slave`.
           */
          propagation?: string;
          /**
           * Create the host path when it is missing.
           */
          create_host_path?: boolean | string;
          /**
           * Recursive read-only behaviour.
           */
          recursive?: "enabled" | "disabled" | "writable" | "readonly";
          /**
           * SELinux relabelling: `z` (shared) or `Z` (private).
           */
          selinux?: "z" | "Z";
        };
        /**
         * Options of a volume mount.
         */
        volume?: {
          /**
           * Do not copy the image content at the target into a new volume.
           */
          nocopy?: boolean;
          labels?: ListOrDict;
          /**
           * Sub-directory of the volume to mount.
           */
          subpath?: string;
        };
        /**
         * Options of a tmpfs mount.
         */
        tmpfs?: {
          /**
           * Size of the tmpfs in bytes.
           */
          size?: number;
          /**
           * File mode of the tmpfs root.
           */
          mode?: number | string;
        };
        /**
         * Options of an image mount.
         */
        image?: {
          /**
           * Path inside the image to mount.
           */
          subpath?: string;
        };
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | boolean
          | {
              /**
               * Bind propagation: `rprivate`, `private`, `rshared`, `shared`, `rslave` or `slave`.
               */
              propagation?: string;
              /**
               * Create the host path when it is missing.
               */
              create_host_path?: boolean | string;
              /**
               * Recursive read-only behaviour.
               */
              recursive?: "enabled" | "disabled" | "writable" | "readonly";
              /**
               * SELinux relabelling: `z` (shared) or `Z` (private).
               */
              selinux?: "z" | "Z";
            }
          | {
              /**
               * Do not copy the image content at the target into a new volume.
               */
              nocopy?: boolean;
              labels?: ListOrDict;
              /**
               * Sub-directory of the volume to mount.
               */
              subpath?: string;
            }
          | {
              /**
               * Size of the tmpfs in bytes.
               */
              size?: number;
              /**
               * File mode of the tmpfs root.
               */
              mode?: number | string;
            }
          | {
              /**
               * Path inside the image to mount.
               */
              subpath?: string;
            }
          | undefined;
      }
  )[];
  /**
   * Working directory of the process.
   */
  working_dir?: string;
  annotations?: ListOrDict;
  /**
   * Whether `docker compose up` attaches to the logs.
   */
  attach?: boolean | string;
  /**
   * Block IO weights and limits.
   */
  blkio_config?: {
    /**
     * Read rate limits in bytes per second.
     */
    device_read_bps?: BlkioLimit[];
    /**
     * Read rate limits in operations per second.
     */
    device_read_iops?: BlkioLimit[];
    /**
     * Write rate limits in bytes per second.
     */
    device_write_bps?: BlkioLimit[];
    /**
     * Write rate limits in operations per second.
     */
    device_write_iops?: BlkioLimit[];
    /**
     * Relative block IO weight (10 to 1000).
     */
    weight?: number | string;
    /**
     * Per-device block IO weights.
     */
    weight_device?: BlkioWeight[];
  };
  /**
   * Cgroup namespace: `host` or `private`.
   */
  cgroup?: "host" | "private";
  /**
   * Number of usable CPUs (Windows).
   */
  cpu_count?: number | string;
  /**
   * Usable percentage of the CPUs (Windows).
   */
  cpu_percent?: number | string;
  /**
   * CPU CFS period. Use `deploy.resources.limits.cpus` for stacks.
   */
  cpu_period?: number | string;
  /**
   * CPU CFS quota. Forbidden by `docker stack`; use `deploy.resources.limits.cpus`.
   */
  cpu_quota?: number | string;
  /**
   * CPU real-time period.
   */
  cpu_rt_period?: number | string;
  /**
   * CPU real-time runtime.
   */
  cpu_rt_runtime?: number | string;
  /**
   * Relative CPU weight. Forbidden by `docker stack`.
   */
  cpu_shares?: number | string;
  /**
   * CPU limit. For stacks use `deploy.resources.limits.cpus`.
   */
  cpus?: number | string;
  /**
   * CPUs the container may use (`0-3`). Forbidden by `docker stack`.
   */
  cpuset?: string;
  develop?: Development;
  device_cgroup_rules?: ListOfStrings;
  /**
   * Options written to `resolv.conf`.
   */
  dns_opt?: string[];
  /**
   * Inherit the configuration of another service. Forbidden by `docker stack`.
   */
  extends?:
    | string
    | {
        /**
         * Name of the service to extend.
         */
        service: string;
        /**
         * File defining that service.
         */
        file?: string;
      };
  /**
   * GPUs given to the container: `all` or a list of device requests.
   */
  gpus?: "all" | DeviceRequest[];
  /**
   * Extra groups of the container user.
   */
  group_add?: (string | number)[];
  label_file?: StringOrList;
  /**
   * Memory limit. Forbidden by `docker stack`; use `deploy.resources.limits.memory`.
   */
  mem_limit?: number | string;
  /**
   * Memory reservation. For stacks use `deploy.resources.reservations.memory`.
   */
  mem_reservation?: number | string;
  /**
   * Swappiness percentage (0 to 100).
   */
  mem_swappiness?: number | string;
  /**
   * Memory plus swap limit. Forbidden by `docker stack`.
   */
  memswap_limit?: number | string;
  /**
   * AI models the service uses.
   */
  models?:
    | ListOfStrings
    | {
        /**
         * One model binding.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          /**
           * Variable receiving the model endpoint.
           */
          endpoint_var?: string;
          /**
           * Variable receiving the model name.
           */
          model_var?: string;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | string
            | undefined;
        } | null;
      };
  /**
   * Disable the OOM killer.
   */
  oom_kill_disable?: boolean | string;
  /**
   * Process limit. For stacks use `deploy.resources.limits.pids`.
   */
  pids_limit?: number | string;
  /**
   * Target platform (`linux/amd64`). Not supported by `docker stack`.
   */
  platform?: string;
  /**
   * Commands run after the container starts.
   */
  post_start?: ServiceHook[];
  /**
   * Commands run before the container starts.
   */
  pre_start?: ServiceHook[];
  /**
   * Commands run before the container stops.
   */
  pre_stop?: ServiceHook[];
  profiles?: ListOfStrings;
  /**
   * External provider managing this service instead of containers.
   */
  provider?: {
    /**
     * Provider component.
     */
    type: string;
    /**
     * Provider options.
     */
    options?: {
      /**
       * Option value(s).
       *
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^.+$".
       */
      [k: string]: string | number | boolean | (string | number | boolean)[];
    };
    /**
     * Extension field: any value, ignored by docker.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | string
      | {
          /**
           * Option value(s).
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^.+$".
           */
          [k: string]: string | number | boolean | (string | number | boolean)[];
        }
      | undefined;
  };
  /**
   * When to pull the image (`always`, `never`, `missing`, `build`, `daily`, …).
   */
  pull_policy?: string;
  /**
   * Age after which the image is pulled again.
   */
  pull_refresh_after?: string;
  /**
   * OCI runtime (e.g. `runc`).
   */
  runtime?: string;
  /**
   * Number of containers. For stacks use `deploy.replicas`.
   */
  scale?: number | string;
  /**
   * Storage driver options.
   */
  storage_opt?: {};
  /**
   * Mount the Docker API socket into the container.
   */
  use_api_socket?: boolean;
  /**
   * UTS namespace mode.
   */
  uts?: string;
  /**
   * Mount all volumes of other services. Forbidden by `docker stack`.
   */
  volumes_from?: string[];
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `Service`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | Deployment
    | string
    | {
        /**
         * Build context: a directory or a git/HTTP URL.
         */
        context?: string;
        /**
         * Dockerfile path, relative to the context.
         */
        dockerfile?: string;
        args?: ListOrDict;
        labels?: ListOrDict;
        cache_from?: ListOfStrings;
        /**
         * Network the `RUN` instructions connect to during the build.
         */
        network?: string;
        /**
         * Build stage to stop at in a multi-stage Dockerfile.
         */
        target?: string;
        /**
         * Size of `/dev/shm` for build containers, in bytes or with a unit (`2gb`).
         */
        shm_size?: number | string;
        extra_hosts?: ListOrDict;
        additional_contexts?: ListOrDict;
        cache_to?: ListOfStrings;
        /**
         * Dockerfile content given inline instead of a file.
         */
        dockerfile_inline?: string;
        /**
         * Extra privileges the build may use (e.g. `network.host`).
         */
        entitlements?: string[];
        /**
         * Isolation technology for build containers.
         */
        isolation?: string;
        /**
         * Build without using the cache.
         */
        no_cache?: boolean | string;
        /**
         * Target platforms of the build (e.g. `linux/amd64`).
         */
        platforms?: string[];
        /**
         * Run build containers with extended privileges.
         */
        privileged?: boolean | string;
        /**
         * Provenance attestation settings.
         */
        provenance?: boolean | string;
        /**
         * Always pull referenced images before building.
         */
        pull?: boolean | string;
        /**
         * SBOM attestation settings.
         */
        sbom?: boolean | string;
        secrets?: ServiceConfigOrSecret;
        ssh?: ListOrDict;
        /**
         * Extra tags for the built image.
         */
        tags?: string[];
        ulimits?: Ulimits;
        [k: string]: unknown;
      }
    | string[]
    | Command
    | ServiceConfigOrSecret
    | {
        /**
         * Name of a Swarm config holding the credential spec.
         */
        config?: string;
        /**
         * Credential spec file name, looked up in the Docker data directory.
         */
        file?: string;
        /**
         * Registry value holding the credential spec.
         */
        registry?: string;
      }
    | ListOfStrings
    | {
        /**
         * Condition for one dependency.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          /**
           * State the dependency must reach first.
           */
          condition: "service_started" | "service_healthy" | "service_completed_successfully";
          /**
           * Restart this service when the dependency is updated.
           */
          restart?: boolean | string;
          /**
           * When false, a missing or failed dependency is only a warning.
           */
          required?: boolean;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | "service_started"
            | "service_healthy"
            | "service_completed_successfully"
            | boolean
            | string
            | undefined;
        };
      }
    | (
        | string
        | {
            /**
             * Device path on the host.
             */
            source: string;
            /**
             * Device path in the container.
             */
            target?: string;
            /**
             * Cgroup permissions (`rwm`).
             */
            permissions?: string;
            /**
             * Extension field: any value, ignored by docker.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^x-".
             */
            [k: string]:
              | {
                  [k: string]: unknown;
                }
              | string
              | undefined;
          }
      )[]
    | StringOrList
    | (
        | string
        | {
            /**
             * Path of the file.
             */
            path: string;
            /**
             * When false, a missing file is ignored.
             */
            required?: boolean | string;
            /**
             * File format (`raw` disables interpolation and quoting rules).
             */
            format?: string;
          }
      )[]
    | ListOrDict
    | (string | number)[]
    | Healthcheck
    | boolean
    | {
        /**
         * Logging driver name (e.g. `json-file`, `syslog`).
         */
        driver?: string;
        /**
         * Driver-specific options; values are strings or numbers.
         */
        options?: {
          /**
           * Option value.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^.+$".
           */
          [k: string]: string | number | null;
        };
      }
    | {
        /**
         * Settings for one network (null for defaults).
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          aliases?: ListOfStrings;
          /**
           * Driver options for this network attachment.
           */
          driver_opts?: {
            /**
             * Option value; numbers are stringified.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^.+$".
             */
            [k: string]: string | number;
          };
          /**
           * Static IPv4 address. Ignored by Swarm.
           */
          ipv4_address?: string;
          /**
           * Static IPv6 address. Ignored by Swarm.
           */
          ipv6_address?: string;
          /**
           * Priority of this network as the default gateway.
           */
          gw_priority?: number;
          /**
           * Interface name inside the container.
           */
          interface_name?: string;
          link_local_ips?: ListOfStrings;
          /**
           * MAC address on this network.
           */
          mac_address?: string;
          /**
           * Order in which networks are connected.
           */
          priority?: number;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | ListOfStrings
            | {
                /**
                 * Option value; numbers are stringified.
                 *
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^.+$".
                 */
                [k: string]: string | number;
              }
            | string
            | number
            | undefined;
        } | null;
      }
    | null
    | (
        | number
        | string
        | {
            /**
             * `ingress` (routing mesh, default) or `host` (publish on the node running the task).
             */
            mode?: string;
            /**
             * Port inside the container.
             */
            target?: number;
            /**
             * Port published on the Swarm; omitted means an ephemeral port.
             */
            published?: number;
            /**
             * `tcp` (default), `udp` or `sctp`.
             */
            protocol?: string;
            /**
             * Host IP to bind to.
             */
            host_ip?: string;
            /**
             * Human-readable name of the port.
             */
            name?: string;
            /**
             * Application protocol (e.g. `http`).
             */
            app_protocol?: string;
            /**
             * Extension field: any value, ignored by docker.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^x-".
             */
            [k: string]:
              | {
                  [k: string]: unknown;
                }
              | string
              | number
              | undefined;
          }
      )[]
    | number
    | Ulimits
    | (
        | string
        | {
            /**
             * Mount type: `volume`, `bind`, `tmpfs`, `npipe` or `cluster`.
             */
            type: string;
            /**
             * Volume name or host path; empty for an anonymous volume or a tmpfs.
             */
            source?: string;
            /**
             * Path inside the container.
             */
            target?: string;
            /**
             * Mount read-only.
             */
            read_only?: boolean;
            /**
             * Mount consistency (`consistent`, `cached`, `delegated`); Docker Desktop only.
             */
            consistency?: string;
            /**
             * Options of a bind mount.
             */
            bind?: {
              /**
               * Bind propagation: `rprivate`, `private`, `rshared`, `shared`, `rslave` or `slave`.
               */
              propagation?: string;
              /**
               * Create the host path when it is missing.
               */
              create_host_path?: boolean | string;
              /**
               * Recursive read-only behaviour.
               */
              recursive?: "enabled" | "disabled" | "writable" | "readonly";
              /**
               * SELinux relabelling: `z` (shared) or `Z` (private).
               */
              selinux?: "z" | "Z";
            };
            /**
             * Options of a volume mount.
             */
            volume?: {
              /**
               * Do not copy the image content at the target into a new volume.
               */
              nocopy?: boolean;
              labels?: ListOrDict;
              /**
               * Sub-directory of the volume to mount.
               */
              subpath?: string;
            };
            /**
             * Options of a tmpfs mount.
             */
            tmpfs?: {
              /**
               * Size of the tmpfs in bytes.
               */
              size?: number;
              /**
               * File mode of the tmpfs root.
               */
              mode?: number | string;
            };
            /**
             * Options of an image mount.
             */
            image?: {
              /**
               * Path inside the image to mount.
               */
              subpath?: string;
            };
            /**
             * Extension field: any value, ignored by docker.
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^x-".
             */
            [k: string]:
              | {
                  [k: string]: unknown;
                }
              | string
              | boolean
              | {
                  /**
                   * Bind propagation: `rprivate`, `private`, `rshared`, `shared`, `rslave` or `slave`.
                   */
                  propagation?: string;
                  /**
                   * Create the host path when it is missing.
                   */
                  create_host_path?: boolean | string;
                  /**
                   * Recursive read-only behaviour.
                   */
                  recursive?: "enabled" | "disabled" | "writable" | "readonly";
                  /**
                   * SELinux relabelling: `z` (shared) or `Z` (private).
                   */
                  selinux?: "z" | "Z";
                }
              | {
                  /**
                   * Do not copy the image content at the target into a new volume.
                   */
                  nocopy?: boolean;
                  labels?: ListOrDict;
                  /**
                   * Sub-directory of the volume to mount.
                   */
                  subpath?: string;
                }
              | {
                  /**
                   * Size of the tmpfs in bytes.
                   */
                  size?: number;
                  /**
                   * File mode of the tmpfs root.
                   */
                  mode?: number | string;
                }
              | {
                  /**
                   * Path inside the image to mount.
                   */
                  subpath?: string;
                }
              | undefined;
          }
      )[]
    | {
        /**
         * Read rate limits in bytes per second.
         */
        device_read_bps?: BlkioLimit[];
        /**
         * Read rate limits in operations per second.
         */
        device_read_iops?: BlkioLimit[];
        /**
         * Write rate limits in bytes per second.
         */
        device_write_bps?: BlkioLimit[];
        /**
         * Write rate limits in operations per second.
         */
        device_write_iops?: BlkioLimit[];
        /**
         * Relative block IO weight (10 to 1000).
         */
        weight?: number | string;
        /**
         * Per-device block IO weights.
         */
        weight_device?: BlkioWeight[];
      }
    | "host"
    | "private"
    | Development
    | {
        /**
         * Name of the service to extend.
         */
        service: string;
        /**
         * File defining that service.
         */
        file?: string;
      }
    | "all"
    | DeviceRequest[]
    | {
        /**
         * One model binding.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
         */
        [k: string]: {
          /**
           * Variable receiving the model endpoint.
           */
          endpoint_var?: string;
          /**
           * Variable receiving the model name.
           */
          model_var?: string;
          /**
           * Extension field: any value, ignored by docker.
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^x-".
           */
          [k: string]:
            | {
                [k: string]: unknown;
              }
            | string
            | undefined;
        } | null;
      }
    | ServiceHook[]
    | {
        /**
         * Provider component.
         */
        type: string;
        /**
         * Provider options.
         */
        options?: {
          /**
           * Option value(s).
           *
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^.+$".
           */
          [k: string]: string | number | boolean | (string | number | boolean)[];
        };
        /**
         * Extension field: any value, ignored by docker.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | string
          | {
              /**
               * Option value(s).
               *
               * This interface was referenced by `undefined`'s JSON-Schema definition
               * via the `patternProperty` "^.+$".
               */
              [k: string]: string | number | boolean | (string | number | boolean)[];
            }
          | undefined;
      }
    | {}
    | undefined;
}
/**
 * A device (GPU) request.
 */
export interface DeviceRequest {
  capabilities?: ListOfStrings;
  /**
   * Number of devices, or `all`.
   */
  count?: string | number;
  device_ids?: ListOfStrings;
  /**
   * Device driver (e.g. `nvidia`).
   */
  driver?: string;
  options?: ListOrDict;
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `DeviceRequest`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | ListOfStrings
    | string
    | number
    | ListOrDict
    | undefined;
}
/**
 * Resource limits by name.
 */
export interface Ulimits {
  /**
   * One limit: a number, or soft and hard values.
   *
   * This interface was referenced by `Ulimits`'s JSON-Schema definition
   * via the `patternProperty` "^[a-z]+$".
   */
  [k: string]:
    | number
    | {
        /**
         * Hard limit.
         */
        hard: number;
        /**
         * Soft limit.
         */
        soft: number;
      };
}
/**
 * A container health check.
 */
export interface Healthcheck {
  /**
   * Disable the image health check.
   */
  disable?: boolean;
  /**
   * Time between checks, as a Go duration (`30s`).
   */
  interval?: string;
  /**
   * Consecutive failures needed to report unhealthy.
   */
  retries?: number;
  /**
   * The check: `["CMD", args…]`, `["CMD-SHELL", "cmd"]`, `["NONE"]`, or a string run by the shell.
   */
  test?: string | string[];
  /**
   * Time after which one check counts as failed, as a Go duration.
   */
  timeout?: string;
  /**
   * Start-up time during which failures do not count, as a Go duration.
   */
  start_period?: string;
  /**
   * Time between checks during the start period, as a Go duration.
   */
  start_interval?: string;
}
/**
 * A block IO limit for one device.
 */
export interface BlkioLimit {
  /**
   * Device path.
   */
  path?: string;
  /**
   * Limit value.
   */
  rate?: number | string;
}
/**
 * A block IO weight for one device.
 */
export interface BlkioWeight {
  /**
   * Device path.
   */
  path?: string;
  /**
   * Weight (10 to 1000).
   */
  weight?: number | string;
}
/**
 * A lifecycle hook command.
 */
export interface ServiceHook {
  command: Command;
  /**
   * User to run it as.
   */
  user?: string;
  /**
   * Run with extended privileges.
   */
  privileged?: boolean | string;
  /**
   * Working directory.
   */
  working_dir?: string;
  environment?: ListOrDict;
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `ServiceHook`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | Command
    | string
    | boolean
    | ListOrDict
    | undefined;
}
/**
 * An AI model.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export interface Model {
  /**
   * Model name.
   */
  name?: string;
  /**
   * Model reference to run.
   */
  model: string;
  /**
   * Context window size.
   */
  context_size?: number;
  /**
   * Flags passed to the inference engine.
   */
  runtime_flags?: string[];
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `Model`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | number
    | string[]
    | undefined;
}
/**
 * A secret of the stack.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export interface Secret {
  /**
   * Name of the secret object in the Swarm. Used verbatim, without the stack-name prefix.
   */
  name?: string;
  /**
   * Path of the file holding the secret content, relative to the first compose file's directory.
   */
  file?: string;
  /**
   * `true` when the secret is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.
   */
  external?:
    | boolean
    | {
        /**
         * Name of the existing secret (deprecated: use `name` on the secret itself).
         */
        name?: string;
      };
  labels?: ListOrDict;
  /**
   * Secret store driver.
   */
  driver?: string;
  /**
   * Secret driver options.
   */
  driver_opts?: {
    /**
     * Option value; numbers are stringified.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.+$".
     */
    [k: string]: string | number;
  };
  /**
   * Templating driver for the content (e.g. `golang`).
   */
  template_driver?: string;
  /**
   * Environment variable holding the secret content.
   */
  environment?: string;
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `Secret`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | boolean
    | {
        /**
         * Name of the existing secret (deprecated: use `name` on the secret itself).
         */
        name?: string;
      }
    | ListOrDict
    | {
        /**
         * Option value; numbers are stringified.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^.+$".
         */
        [k: string]: string | number;
      }
    | undefined;
}
/**
 * A config of the stack.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-zA-Z0-9._-]+$".
 */
export interface Config {
  /**
   * Name of the config object in the Swarm. Used verbatim, without the stack-name prefix.
   */
  name?: string;
  /**
   * Path of the file holding the config content, relative to the first compose file's directory.
   */
  file?: string;
  /**
   * `true` when the config is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.
   */
  external?:
    | boolean
    | {
        /**
         * Name of the existing config (deprecated: use `name` on the config itself).
         */
        name?: string;
      };
  labels?: ListOrDict;
  /**
   * Templating driver for the content (e.g. `golang`).
   */
  template_driver?: string;
  /**
   * Inline config content.
   */
  content?: string;
  /**
   * Environment variable holding the config content.
   */
  environment?: string;
  /**
   * Extension field: any value, ignored by docker.
   *
   * This interface was referenced by `Config`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | boolean
    | {
        /**
         * Name of the existing config (deprecated: use `name` on the config itself).
         */
        name?: string;
      }
    | ListOrDict
    | undefined;
}
