/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/compose.schema.json. Regenerate with `npm run types:generate`.
 *
 * Types for compose / stack files (docker stack file versions 3.0-3.13 plus the Compose
 * Specification), and the annotated schema itself as `composeSchema`.
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

/** The annotated compose schema (`x-since`, `x-before`, `x-compose-spec`); see `src/validate/schema-derive.ts`. */
export const composeSchema: { readonly [key: string]: unknown } = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://stackc.dev/schemas/compose.schema.json",
  "title": "ComposeFile",
  "description": "A docker-compose / Swarm stack file. Covers docker stack file versions 3.0-3.13 and the Compose Specification. `x-since` marks keys added in a later 3.x version; `x-compose-spec` marks keys that only the Compose Specification knows (rejected by `docker stack`).",
  "type": "object",
  "properties": {
    "version": {
      "type": "string",
      "description": "File format version (`\"3.8\"`). Must be a string; missing or `\"3\"` means 3.13."
    },
    "name": {
      "type": "string",
      "description": "Project name. Not supported by `docker stack`: the stack name is given on the command line.",
      "x-compose-spec": true
    },
    "include": {
      "type": "array",
      "description": "Other Compose applications to include, resolved at compile time.",
      "items": {
        "$ref": "#/definitions/include",
        "description": "One included project."
      },
      "x-compose-spec": true
    },
    "services": {
      "type": "object",
      "description": "The services of the stack, by name.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/service",
          "description": "One service."
        }
      },
      "additionalProperties": false
    },
    "models": {
      "type": "object",
      "description": "AI models used by services.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/model",
          "description": "One model."
        }
      },
      "x-compose-spec": true
    },
    "networks": {
      "type": "object",
      "description": "Networks of the stack, by name. Swarm creates them as overlay networks unless external.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/network",
          "description": "One network."
        }
      }
    },
    "volumes": {
      "type": "object",
      "description": "Named volumes of the stack.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/volume",
          "description": "One volume."
        }
      },
      "additionalProperties": false
    },
    "secrets": {
      "type": "object",
      "description": "Secrets of the stack, by name.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/secret",
          "description": "One secret."
        }
      },
      "additionalProperties": false,
      "x-since": "3.1"
    },
    "configs": {
      "type": "object",
      "description": "Configs of the stack, by name.",
      "patternProperties": {
        "^[a-zA-Z0-9._-]+$": {
          "$ref": "#/definitions/config",
          "description": "One config."
        }
      },
      "additionalProperties": false,
      "x-since": "3.3"
    }
  },
  "patternProperties": {
    "^x-": {
      "description": "Extension field (often a YAML anchor holder); kept by `docker stack config`.",
      "x-since": "3.4"
    }
  },
  "additionalProperties": false,
  "definitions": {
    "service": {
      "type": "object",
      "description": "A service: the definition of a container image and how Swarm runs its tasks.",
      "properties": {
        "deploy": {
          "$ref": "#/definitions/deployment",
          "description": "Swarm deployment settings: mode, replicas, resources, placement, update and restart policies."
        },
        "build": {
          "description": "How to build the image. Ignored by `docker stack deploy` (reported as unsupported), but validated.",
          "oneOf": [
            {
              "type": "string",
              "description": "Build context directory or URL."
            },
            {
              "type": "object",
              "description": "Detailed build configuration.",
              "properties": {
                "context": {
                  "type": "string",
                  "description": "Build context: a directory or a git/HTTP URL."
                },
                "dockerfile": {
                  "type": "string",
                  "description": "Dockerfile path, relative to the context."
                },
                "args": {
                  "$ref": "#/definitions/list_or_dict",
                  "description": "Build arguments (`ARG` values)."
                },
                "labels": {
                  "$ref": "#/definitions/list_or_dict",
                  "description": "Labels added to the built image.",
                  "x-since": "3.3"
                },
                "cache_from": {
                  "$ref": "#/definitions/list_of_strings",
                  "description": "Images used as cache sources.",
                  "x-since": "3.2"
                },
                "network": {
                  "type": "string",
                  "description": "Network the `RUN` instructions connect to during the build.",
                  "x-since": "3.4"
                },
                "target": {
                  "type": "string",
                  "description": "Build stage to stop at in a multi-stage Dockerfile.",
                  "x-since": "3.4"
                },
                "shm_size": {
                  "type": [
                    "integer",
                    "string"
                  ],
                  "description": "Size of `/dev/shm` for build containers, in bytes or with a unit (`2gb`).",
                  "x-since": "3.5"
                },
                "extra_hosts": {
                  "$ref": "#/definitions/list_or_dict",
                  "description": "Extra `host:ip` entries for `/etc/hosts` during the build.",
                  "x-since": "3.9"
                },
                "additional_contexts": {
                  "$ref": "#/definitions/list_or_dict",
                  "description": "Named extra build contexts (`name: path-or-image`).",
                  "x-compose-spec": true
                },
                "cache_to": {
                  "$ref": "#/definitions/list_of_strings",
                  "description": "Cache export destinations.",
                  "x-compose-spec": true
                },
                "dockerfile_inline": {
                  "type": "string",
                  "description": "Dockerfile content given inline instead of a file.",
                  "x-compose-spec": true
                },
                "entitlements": {
                  "type": "array",
                  "description": "Extra privileges the build may use (e.g. `network.host`).",
                  "items": {
                    "type": "string"
                  },
                  "x-compose-spec": true
                },
                "isolation": {
                  "type": "string",
                  "description": "Isolation technology for build containers.",
                  "x-compose-spec": true
                },
                "no_cache": {
                  "type": [
                    "boolean",
                    "string"
                  ],
                  "description": "Build without using the cache.",
                  "x-compose-spec": true
                },
                "platforms": {
                  "type": "array",
                  "description": "Target platforms of the build (e.g. `linux/amd64`).",
                  "items": {
                    "type": "string"
                  },
                  "x-compose-spec": true
                },
                "privileged": {
                  "type": [
                    "boolean",
                    "string"
                  ],
                  "description": "Run build containers with extended privileges.",
                  "x-compose-spec": true
                },
                "provenance": {
                  "type": [
                    "boolean",
                    "string"
                  ],
                  "description": "Provenance attestation settings.",
                  "x-compose-spec": true
                },
                "pull": {
                  "type": [
                    "boolean",
                    "string"
                  ],
                  "description": "Always pull referenced images before building.",
                  "x-compose-spec": true
                },
                "sbom": {
                  "type": [
                    "boolean",
                    "string"
                  ],
                  "description": "SBOM attestation settings.",
                  "x-compose-spec": true
                },
                "secrets": {
                  "$ref": "#/definitions/service_config_or_secret",
                  "description": "Secrets exposed to the build.",
                  "x-compose-spec": true
                },
                "ssh": {
                  "$ref": "#/definitions/list_or_dict",
                  "description": "SSH agent sockets or keys exposed to the build.",
                  "x-compose-spec": true
                },
                "tags": {
                  "type": "array",
                  "description": "Extra tags for the built image.",
                  "items": {
                    "type": "string"
                  },
                  "x-compose-spec": true
                },
                "ulimits": {
                  "$ref": "#/definitions/ulimits",
                  "description": "Ulimits for build containers.",
                  "x-compose-spec": true
                }
              },
              "patternProperties": {
                "^x-": {
                  "description": "Extension field: any value, ignored by docker.",
                  "x-compose-spec": true
                }
              },
              "additionalProperties": true,
              "$comment": "docker schemas 3.0-3.10 close the build object; 3.11 allows any key.",
              "x-before": {
                "3.11": {
                  "additionalProperties": false
                }
              }
            }
          ]
        },
        "cap_add": {
          "type": "array",
          "description": "Kernel capabilities to add to the container (e.g. `NET_ADMIN`).",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "cap_drop": {
          "type": "array",
          "description": "Kernel capabilities to drop from the container.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "cgroupns_mode": {
          "type": "string",
          "description": "Cgroup namespace mode (`host` or `private`). Ignored by Swarm.",
          "x-since": "3.9"
        },
        "cgroup_parent": {
          "type": "string",
          "description": "Parent cgroup for the container. Ignored by Swarm."
        },
        "command": {
          "$ref": "#/definitions/command",
          "description": "Overrides the image `CMD`: a string (split like a shell would) or a list of arguments."
        },
        "configs": {
          "$ref": "#/definitions/service_config_or_secret",
          "description": "Configs mounted into the container, by name or as `{source, target, uid, gid, mode}`.",
          "x-since": "3.3"
        },
        "container_name": {
          "type": "string",
          "description": "Fixed container name. Deprecated for stacks: Swarm names task containers itself."
        },
        "credential_spec": {
          "type": "object",
          "description": "Windows credential spec for a managed service account.",
          "properties": {
            "config": {
              "type": "string",
              "description": "Name of a Swarm config holding the credential spec.",
              "x-since": "3.8"
            },
            "file": {
              "type": "string",
              "description": "Credential spec file name, looked up in the Docker data directory."
            },
            "registry": {
              "type": "string",
              "description": "Registry value holding the credential spec."
            }
          },
          "additionalProperties": false,
          "x-since": "3.3"
        },
        "depends_on": {
          "description": "Services this one depends on. Stacks ignore ordering; only the list form is valid for `docker stack`.",
          "oneOf": [
            {
              "$ref": "#/definitions/list_of_strings",
              "description": "Names of the services this one depends on."
            },
            {
              "type": "object",
              "description": "Dependencies with start conditions (Compose Specification).",
              "patternProperties": {
                "^[a-zA-Z0-9._-]+$": {
                  "type": "object",
                  "description": "Condition for one dependency.",
                  "properties": {
                    "condition": {
                      "type": "string",
                      "description": "State the dependency must reach first.",
                      "enum": [
                        "service_started",
                        "service_healthy",
                        "service_completed_successfully"
                      ]
                    },
                    "restart": {
                      "type": [
                        "boolean",
                        "string"
                      ],
                      "description": "Restart this service when the dependency is updated."
                    },
                    "required": {
                      "type": "boolean",
                      "description": "When false, a missing or failed dependency is only a warning."
                    }
                  },
                  "additionalProperties": false,
                  "required": [
                    "condition"
                  ],
                  "patternProperties": {
                    "^x-": {
                      "description": "Extension field: any value, ignored by docker."
                    }
                  }
                }
              },
              "additionalProperties": false,
              "x-compose-spec": true
            }
          ]
        },
        "devices": {
          "type": "array",
          "description": "Host devices mapped into the container (`/dev/x:/dev/y:rwm`). Ignored by Swarm.",
          "items": {
            "oneOf": [
              {
                "type": "string",
                "description": "Device mapping `host[:container[:permissions]]`."
              },
              {
                "type": "object",
                "description": "Device mapping in long form.",
                "properties": {
                  "source": {
                    "type": "string",
                    "description": "Device path on the host."
                  },
                  "target": {
                    "type": "string",
                    "description": "Device path in the container."
                  },
                  "permissions": {
                    "type": "string",
                    "description": "Cgroup permissions (`rwm`)."
                  }
                },
                "additionalProperties": false,
                "required": [
                  "source"
                ],
                "patternProperties": {
                  "^x-": {
                    "description": "Extension field: any value, ignored by docker."
                  }
                },
                "x-compose-spec": true
              }
            ]
          },
          "uniqueItems": true
        },
        "dns": {
          "$ref": "#/definitions/string_or_list",
          "description": "DNS servers for the container."
        },
        "dns_search": {
          "$ref": "#/definitions/string_or_list",
          "description": "DNS search domains for the container."
        },
        "domainname": {
          "type": "string",
          "description": "Domain name of the container. Ignored by Swarm."
        },
        "entrypoint": {
          "$ref": "#/definitions/command",
          "description": "Overrides the image `ENTRYPOINT`: a string (split like a shell would) or a list."
        },
        "env_file": {
          "description": "Files of `KEY=VALUE` lines added to the environment; `environment` wins over them.",
          "oneOf": [
            {
              "type": "string",
              "description": "One environment file path."
            },
            {
              "$ref": "#/definitions/list_of_strings",
              "description": "Environment file paths, later files win."
            },
            {
              "type": "array",
              "description": "Environment files in long form (Compose Specification).",
              "items": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "Environment file path."
                  },
                  {
                    "type": "object",
                    "description": "Environment file with options.",
                    "properties": {
                      "path": {
                        "type": "string",
                        "description": "Path of the file."
                      },
                      "required": {
                        "type": [
                          "boolean",
                          "string"
                        ],
                        "description": "When false, a missing file is ignored."
                      },
                      "format": {
                        "type": "string",
                        "description": "File format (`raw` disables interpolation and quoting rules)."
                      }
                    },
                    "additionalProperties": false,
                    "required": [
                      "path"
                    ]
                  }
                ]
              },
              "x-compose-spec": true
            }
          ]
        },
        "environment": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Environment variables: a `KEY: value` mapping or a list of `KEY=value`; a key without value takes the host value."
        },
        "expose": {
          "type": "array",
          "description": "Ports exposed to linked services only. Deprecated for stacks: services on a network reach every port.",
          "items": {
            "type": [
              "string",
              "number"
            ],
            "format": "expose",
            "description": "Port or range, optionally with `/protocol`."
          },
          "uniqueItems": true
        },
        "external_links": {
          "type": "array",
          "description": "Links to containers outside the project. Ignored by Swarm.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "extra_hosts": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Extra `/etc/hosts` entries: `host:ip` or `host=ip` items, or a `host: ip` mapping."
        },
        "healthcheck": {
          "$ref": "#/definitions/healthcheck",
          "description": "Container health check, overriding the image `HEALTHCHECK`."
        },
        "hostname": {
          "type": "string",
          "description": "Hostname of the container."
        },
        "image": {
          "type": "string",
          "description": "Image reference to run (`name[:tag][@digest]`). Required by `docker stack deploy`."
        },
        "init": {
          "type": "boolean",
          "description": "Run an init process (PID 1) that forwards signals and reaps zombies.",
          "x-since": "3.7"
        },
        "ipc": {
          "type": "string",
          "description": "IPC namespace mode. Ignored by Swarm."
        },
        "isolation": {
          "type": "string",
          "description": "Container isolation technology (`default`, `process`, `hyperv`), Windows only.",
          "x-since": "3.5"
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the containers (not on the service; use `deploy.labels` for that)."
        },
        "links": {
          "type": "array",
          "description": "Legacy links to other services. Ignored by Swarm.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "logging": {
          "type": "object",
          "description": "Logging driver and options of the containers.",
          "properties": {
            "driver": {
              "type": "string",
              "description": "Logging driver name (e.g. `json-file`, `syslog`)."
            },
            "options": {
              "type": "object",
              "description": "Driver-specific options; values are strings or numbers.",
              "patternProperties": {
                "^.+$": {
                  "type": [
                    "string",
                    "number",
                    "null"
                  ],
                  "description": "Option value."
                }
              }
            }
          },
          "additionalProperties": false
        },
        "mac_address": {
          "type": "string",
          "description": "MAC address of the container. Ignored by Swarm."
        },
        "network_mode": {
          "type": "string",
          "description": "Network mode (`host`, `none`, `service:x`). Ignored by Swarm."
        },
        "networks": {
          "description": "Networks the service joins: a list of names or a mapping with per-network settings.",
          "oneOf": [
            {
              "$ref": "#/definitions/list_of_strings",
              "description": "Names of the networks to join."
            },
            {
              "type": "object",
              "description": "Networks to join, with per-network settings.",
              "patternProperties": {
                "^[a-zA-Z0-9._-]+$": {
                  "description": "Settings for one network (null for defaults).",
                  "oneOf": [
                    {
                      "type": "object",
                      "description": "Per-network settings.",
                      "properties": {
                        "aliases": {
                          "$ref": "#/definitions/list_of_strings",
                          "description": "Extra DNS names of the service on this network."
                        },
                        "driver_opts": {
                          "type": "object",
                          "description": "Driver options for this network attachment.",
                          "patternProperties": {
                            "^.+$": {
                              "type": [
                                "string",
                                "number"
                              ],
                              "description": "Option value; numbers are stringified."
                            }
                          },
                          "x-since": "3.13"
                        },
                        "ipv4_address": {
                          "type": "string",
                          "description": "Static IPv4 address. Ignored by Swarm."
                        },
                        "ipv6_address": {
                          "type": "string",
                          "description": "Static IPv6 address. Ignored by Swarm."
                        },
                        "gw_priority": {
                          "type": "number",
                          "description": "Priority of this network as the default gateway.",
                          "x-compose-spec": true
                        },
                        "interface_name": {
                          "type": "string",
                          "description": "Interface name inside the container.",
                          "x-compose-spec": true
                        },
                        "link_local_ips": {
                          "$ref": "#/definitions/list_of_strings",
                          "description": "Link-local IP addresses.",
                          "x-compose-spec": true
                        },
                        "mac_address": {
                          "type": "string",
                          "description": "MAC address on this network.",
                          "x-compose-spec": true
                        },
                        "priority": {
                          "type": "number",
                          "description": "Order in which networks are connected.",
                          "x-compose-spec": true
                        }
                      },
                      "additionalProperties": false,
                      "patternProperties": {
                        "^x-": {
                          "description": "Extension field: any value, ignored by docker.",
                          "x-compose-spec": true
                        }
                      }
                    },
                    {
                      "type": "null",
                      "description": "Join with default settings."
                    }
                  ]
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "pid": {
          "type": [
            "string",
            "null"
          ],
          "description": "PID namespace mode. Ignored by Swarm."
        },
        "ports": {
          "type": "array",
          "description": "Published ports: short strings `[ip:][host:]container[/proto]` or long mappings.",
          "items": {
            "description": "One port publication.",
            "oneOf": [
              {
                "type": "number",
                "format": "ports",
                "description": "Container port only."
              },
              {
                "type": "string",
                "format": "ports",
                "description": "Short syntax `[ip:][host[-end]:]container[-end][/proto]`."
              },
              {
                "type": "object",
                "description": "Long syntax.",
                "properties": {
                  "mode": {
                    "type": "string",
                    "description": "`ingress` (routing mesh, default) or `host` (publish on the node running the task)."
                  },
                  "target": {
                    "type": "integer",
                    "description": "Port inside the container."
                  },
                  "published": {
                    "type": "integer",
                    "description": "Port published on the Swarm; omitted means an ephemeral port."
                  },
                  "protocol": {
                    "type": "string",
                    "description": "`tcp` (default), `udp` or `sctp`."
                  },
                  "host_ip": {
                    "type": "string",
                    "description": "Host IP to bind to.",
                    "x-compose-spec": true
                  },
                  "name": {
                    "type": "string",
                    "description": "Human-readable name of the port.",
                    "x-compose-spec": true
                  },
                  "app_protocol": {
                    "type": "string",
                    "description": "Application protocol (e.g. `http`).",
                    "x-compose-spec": true
                  }
                },
                "additionalProperties": false,
                "patternProperties": {
                  "^x-": {
                    "description": "Extension field: any value, ignored by docker.",
                    "x-compose-spec": true
                  }
                },
                "x-since": "3.2"
              }
            ],
            "$comment": "Before 3.2 only the short syntax existed: one ports format on strings and numbers.",
            "x-before": {
              "3.2": {
                "oneOf": null,
                "type": [
                  "string",
                  "number"
                ],
                "format": "ports"
              }
            }
          },
          "uniqueItems": true
        },
        "privileged": {
          "type": "boolean",
          "description": "Give the container extended privileges. Ignored by Swarm."
        },
        "read_only": {
          "type": "boolean",
          "description": "Mount the container root filesystem read-only."
        },
        "restart": {
          "type": "string",
          "description": "Restart policy (`no`, `always`, `on-failure[:n]`, `unless-stopped`); used by docker only when `deploy.restart_policy` is absent."
        },
        "security_opt": {
          "type": "array",
          "description": "Security options (e.g. `seccomp=…`). Ignored by Swarm.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "shm_size": {
          "type": [
            "number",
            "string"
          ],
          "description": "Size of `/dev/shm`. Ignored by Swarm."
        },
        "secrets": {
          "$ref": "#/definitions/service_config_or_secret",
          "description": "Secrets mounted under `/run/secrets`, by name or as `{source, target, uid, gid, mode}`.",
          "x-since": "3.1"
        },
        "sysctls": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Kernel parameters set in the container namespace."
        },
        "stdin_open": {
          "type": "boolean",
          "description": "Keep stdin open (`docker run -i`)."
        },
        "stop_grace_period": {
          "type": "string",
          "description": "Time to wait after `stop_signal` before killing the container, as a Go duration (`1m30s`).",
          "format": "duration"
        },
        "stop_signal": {
          "type": "string",
          "description": "Signal used to stop the container (default `SIGTERM`)."
        },
        "tmpfs": {
          "$ref": "#/definitions/string_or_list",
          "description": "Tmpfs mounts (`/path[:options]`). Accepted but not applied by `docker stack deploy`."
        },
        "tty": {
          "type": "boolean",
          "description": "Allocate a pseudo-TTY."
        },
        "ulimits": {
          "$ref": "#/definitions/ulimits",
          "description": "Resource limits (`nofile`, `nproc`, …): one number or `{soft, hard}`."
        },
        "oom_score_adj": {
          "type": "integer",
          "description": "OOM killer score adjustment (-1000 to 1000). Note: docker accepts but drops it.",
          "x-since": "3.13"
        },
        "user": {
          "type": "string",
          "description": "User (and group) the process runs as: `name`, `uid` or `uid:gid`."
        },
        "userns_mode": {
          "type": "string",
          "description": "User namespace mode. Ignored by Swarm."
        },
        "volumes": {
          "type": "array",
          "description": "Mounts: short strings `[source:]target[:mode]` or long mappings.",
          "items": {
            "description": "One mount.",
            "oneOf": [
              {
                "type": "string",
                "description": "Short syntax `[source:]target[:ro|rw|nocopy|propagation]`."
              },
              {
                "type": "object",
                "description": "Long syntax.",
                "properties": {
                  "type": {
                    "type": "string",
                    "description": "Mount type: `volume`, `bind`, `tmpfs`, `npipe` or `cluster`."
                  },
                  "source": {
                    "type": "string",
                    "description": "Volume name or host path; empty for an anonymous volume or a tmpfs."
                  },
                  "target": {
                    "type": "string",
                    "description": "Path inside the container."
                  },
                  "read_only": {
                    "type": "boolean",
                    "description": "Mount read-only."
                  },
                  "consistency": {
                    "type": "string",
                    "description": "Mount consistency (`consistent`, `cached`, `delegated`); Docker Desktop only."
                  },
                  "bind": {
                    "type": "object",
                    "description": "Options of a bind mount.",
                    "properties": {
                      "propagation": {
                        "type": "string",
                        "description": "Bind propagation: `rprivate`, `private`, `rshared`, `shared`, `rslave` or `slave`."
                      },
                      "create_host_path": {
                        "type": [
                          "boolean",
                          "string"
                        ],
                        "description": "Create the host path when it is missing.",
                        "x-compose-spec": true
                      },
                      "recursive": {
                        "type": "string",
                        "description": "Recursive read-only behaviour.",
                        "enum": [
                          "enabled",
                          "disabled",
                          "writable",
                          "readonly"
                        ],
                        "x-compose-spec": true
                      },
                      "selinux": {
                        "type": "string",
                        "description": "SELinux relabelling: `z` (shared) or `Z` (private).",
                        "enum": [
                          "z",
                          "Z"
                        ],
                        "x-compose-spec": true
                      }
                    }
                  },
                  "volume": {
                    "type": "object",
                    "description": "Options of a volume mount.",
                    "properties": {
                      "nocopy": {
                        "type": "boolean",
                        "description": "Do not copy the image content at the target into a new volume."
                      },
                      "labels": {
                        "$ref": "#/definitions/list_or_dict",
                        "description": "Labels for the created volume.",
                        "x-compose-spec": true
                      },
                      "subpath": {
                        "type": "string",
                        "description": "Sub-directory of the volume to mount.",
                        "x-compose-spec": true
                      }
                    }
                  },
                  "tmpfs": {
                    "type": "object",
                    "description": "Options of a tmpfs mount.",
                    "properties": {
                      "size": {
                        "type": "integer",
                        "description": "Size of the tmpfs in bytes.",
                        "minimum": 0
                      },
                      "mode": {
                        "type": [
                          "number",
                          "string"
                        ],
                        "description": "File mode of the tmpfs root.",
                        "x-compose-spec": true
                      }
                    },
                    "x-since": "3.6"
                  },
                  "image": {
                    "type": "object",
                    "description": "Options of an image mount.",
                    "properties": {
                      "subpath": {
                        "type": "string",
                        "description": "Path inside the image to mount."
                      }
                    },
                    "x-compose-spec": true
                  }
                },
                "additionalProperties": false,
                "required": [
                  "type"
                ],
                "patternProperties": {
                  "^x-": {
                    "description": "Extension field: any value, ignored by docker.",
                    "x-compose-spec": true
                  }
                },
                "x-since": "3.2"
              }
            ],
            "$comment": "Before 3.2 only the short syntax existed.",
            "x-before": {
              "3.2": {
                "oneOf": null,
                "type": "string"
              }
            }
          },
          "$comment": "docker 3.2+ schemas put uniqueItems on the items, where it has no effect: only 3.0 and 3.1 reject duplicate mounts.",
          "x-before": {
            "3.2": {
              "uniqueItems": true
            }
          }
        },
        "working_dir": {
          "type": "string",
          "description": "Working directory of the process."
        },
        "annotations": {
          "$ref": "#/definitions/list_or_dict",
          "description": "OCI annotations of the container.",
          "x-compose-spec": true
        },
        "attach": {
          "type": [
            "boolean",
            "string"
          ],
          "description": "Whether `docker compose up` attaches to the logs.",
          "x-compose-spec": true
        },
        "blkio_config": {
          "type": "object",
          "description": "Block IO weights and limits.",
          "properties": {
            "device_read_bps": {
              "type": "array",
              "description": "Read rate limits in bytes per second.",
              "items": {
                "$ref": "#/definitions/blkio_limit",
                "description": "Limit for one device."
              }
            },
            "device_read_iops": {
              "type": "array",
              "description": "Read rate limits in operations per second.",
              "items": {
                "$ref": "#/definitions/blkio_limit",
                "description": "Limit for one device."
              }
            },
            "device_write_bps": {
              "type": "array",
              "description": "Write rate limits in bytes per second.",
              "items": {
                "$ref": "#/definitions/blkio_limit",
                "description": "Limit for one device."
              }
            },
            "device_write_iops": {
              "type": "array",
              "description": "Write rate limits in operations per second.",
              "items": {
                "$ref": "#/definitions/blkio_limit",
                "description": "Limit for one device."
              }
            },
            "weight": {
              "type": [
                "integer",
                "string"
              ],
              "description": "Relative block IO weight (10 to 1000)."
            },
            "weight_device": {
              "type": "array",
              "description": "Per-device block IO weights.",
              "items": {
                "$ref": "#/definitions/blkio_weight",
                "description": "Weight for one device."
              }
            }
          },
          "additionalProperties": false,
          "x-compose-spec": true
        },
        "cgroup": {
          "type": "string",
          "description": "Cgroup namespace: `host` or `private`.",
          "enum": [
            "host",
            "private"
          ],
          "x-compose-spec": true
        },
        "cpu_count": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Number of usable CPUs (Windows).",
          "x-compose-spec": true
        },
        "cpu_percent": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Usable percentage of the CPUs (Windows).",
          "x-compose-spec": true
        },
        "cpu_period": {
          "type": [
            "number",
            "string"
          ],
          "description": "CPU CFS period. Use `deploy.resources.limits.cpus` for stacks.",
          "x-compose-spec": true
        },
        "cpu_quota": {
          "type": [
            "number",
            "string"
          ],
          "description": "CPU CFS quota. Forbidden by `docker stack`; use `deploy.resources.limits.cpus`.",
          "x-compose-spec": true
        },
        "cpu_rt_period": {
          "type": [
            "number",
            "string"
          ],
          "description": "CPU real-time period.",
          "x-compose-spec": true
        },
        "cpu_rt_runtime": {
          "type": [
            "number",
            "string"
          ],
          "description": "CPU real-time runtime.",
          "x-compose-spec": true
        },
        "cpu_shares": {
          "type": [
            "number",
            "string"
          ],
          "description": "Relative CPU weight. Forbidden by `docker stack`.",
          "x-compose-spec": true
        },
        "cpus": {
          "type": [
            "number",
            "string"
          ],
          "description": "CPU limit. For stacks use `deploy.resources.limits.cpus`.",
          "x-compose-spec": true
        },
        "cpuset": {
          "type": "string",
          "description": "CPUs the container may use (`0-3`). Forbidden by `docker stack`.",
          "x-compose-spec": true
        },
        "develop": {
          "$ref": "#/definitions/development",
          "description": "Development workflow settings (`docker compose watch`).",
          "x-compose-spec": true
        },
        "device_cgroup_rules": {
          "$ref": "#/definitions/list_of_strings",
          "description": "Rules added to the cgroup device allow-list.",
          "x-compose-spec": true
        },
        "dns_opt": {
          "type": "array",
          "description": "Options written to `resolv.conf`.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true,
          "x-compose-spec": true
        },
        "extends": {
          "description": "Inherit the configuration of another service. Forbidden by `docker stack`.",
          "oneOf": [
            {
              "type": "string",
              "description": "Name of a service in the same file."
            },
            {
              "type": "object",
              "description": "Service to extend, possibly from another file.",
              "properties": {
                "service": {
                  "type": "string",
                  "description": "Name of the service to extend."
                },
                "file": {
                  "type": "string",
                  "description": "File defining that service."
                }
              },
              "additionalProperties": false,
              "required": [
                "service"
              ]
            }
          ],
          "x-compose-spec": true
        },
        "gpus": {
          "description": "GPUs given to the container: `all` or a list of device requests.",
          "oneOf": [
            {
              "type": "string",
              "enum": [
                "all"
              ],
              "description": "Every GPU."
            },
            {
              "type": "array",
              "description": "Device requests.",
              "items": {
                "$ref": "#/definitions/device_request",
                "description": "One GPU request."
              }
            }
          ],
          "x-compose-spec": true
        },
        "group_add": {
          "type": "array",
          "description": "Extra groups of the container user.",
          "items": {
            "type": [
              "string",
              "number"
            ]
          },
          "uniqueItems": true,
          "x-compose-spec": true
        },
        "label_file": {
          "$ref": "#/definitions/string_or_list",
          "description": "Files of `KEY=VALUE` labels; inline `labels` win.",
          "x-compose-spec": true
        },
        "mem_limit": {
          "type": [
            "number",
            "string"
          ],
          "description": "Memory limit. Forbidden by `docker stack`; use `deploy.resources.limits.memory`.",
          "x-compose-spec": true
        },
        "mem_reservation": {
          "type": [
            "number",
            "string"
          ],
          "description": "Memory reservation. For stacks use `deploy.resources.reservations.memory`.",
          "x-compose-spec": true
        },
        "mem_swappiness": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Swappiness percentage (0 to 100).",
          "x-compose-spec": true
        },
        "memswap_limit": {
          "type": [
            "number",
            "string"
          ],
          "description": "Memory plus swap limit. Forbidden by `docker stack`.",
          "x-compose-spec": true
        },
        "models": {
          "description": "AI models the service uses.",
          "oneOf": [
            {
              "$ref": "#/definitions/list_of_strings",
              "description": "Model names."
            },
            {
              "type": "object",
              "description": "Models with the variables that receive their endpoint and name.",
              "patternProperties": {
                "^[a-zA-Z0-9._-]+$": {
                  "description": "One model binding.",
                  "oneOf": [
                    {
                      "type": "object",
                      "description": "Variables for one model.",
                      "properties": {
                        "endpoint_var": {
                          "type": "string",
                          "description": "Variable receiving the model endpoint."
                        },
                        "model_var": {
                          "type": "string",
                          "description": "Variable receiving the model name."
                        }
                      },
                      "additionalProperties": false,
                      "patternProperties": {
                        "^x-": {
                          "description": "Extension field: any value, ignored by docker."
                        }
                      }
                    },
                    {
                      "type": "null",
                      "description": "Default variables."
                    }
                  ]
                }
              },
              "additionalProperties": false
            }
          ],
          "x-compose-spec": true
        },
        "oom_kill_disable": {
          "type": [
            "boolean",
            "string"
          ],
          "description": "Disable the OOM killer.",
          "x-compose-spec": true
        },
        "pids_limit": {
          "type": [
            "number",
            "string"
          ],
          "description": "Process limit. For stacks use `deploy.resources.limits.pids`.",
          "x-compose-spec": true
        },
        "platform": {
          "type": "string",
          "description": "Target platform (`linux/amd64`). Not supported by `docker stack`.",
          "x-compose-spec": true
        },
        "post_start": {
          "type": "array",
          "description": "Commands run after the container starts.",
          "items": {
            "$ref": "#/definitions/service_hook",
            "description": "One hook."
          },
          "x-compose-spec": true
        },
        "pre_start": {
          "type": "array",
          "description": "Commands run before the container starts.",
          "items": {
            "$ref": "#/definitions/service_hook",
            "description": "One hook."
          },
          "x-compose-spec": true
        },
        "pre_stop": {
          "type": "array",
          "description": "Commands run before the container stops.",
          "items": {
            "$ref": "#/definitions/service_hook",
            "description": "One hook."
          },
          "x-compose-spec": true
        },
        "profiles": {
          "$ref": "#/definitions/list_of_strings",
          "description": "Profiles enabling this service; resolved at compile time.",
          "x-compose-spec": true
        },
        "provider": {
          "type": "object",
          "description": "External provider managing this service instead of containers.",
          "properties": {
            "type": {
              "type": "string",
              "description": "Provider component."
            },
            "options": {
              "type": "object",
              "description": "Provider options.",
              "patternProperties": {
                "^.+$": {
                  "description": "Option value(s).",
                  "oneOf": [
                    {
                      "type": [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    {
                      "type": "array",
                      "items": {
                        "type": [
                          "string",
                          "number",
                          "boolean"
                        ]
                      }
                    }
                  ]
                }
              }
            }
          },
          "additionalProperties": false,
          "required": [
            "type"
          ],
          "patternProperties": {
            "^x-": {
              "description": "Extension field: any value, ignored by docker."
            }
          },
          "x-compose-spec": true
        },
        "pull_policy": {
          "type": "string",
          "description": "When to pull the image (`always`, `never`, `missing`, `build`, `daily`, …).",
          "x-compose-spec": true
        },
        "pull_refresh_after": {
          "type": "string",
          "description": "Age after which the image is pulled again.",
          "x-compose-spec": true
        },
        "runtime": {
          "type": "string",
          "description": "OCI runtime (e.g. `runc`).",
          "x-compose-spec": true
        },
        "scale": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Number of containers. For stacks use `deploy.replicas`.",
          "x-compose-spec": true
        },
        "storage_opt": {
          "type": "object",
          "description": "Storage driver options.",
          "x-compose-spec": true
        },
        "use_api_socket": {
          "type": "boolean",
          "description": "Mount the Docker API socket into the container.",
          "x-compose-spec": true
        },
        "uts": {
          "type": "string",
          "description": "UTS namespace mode.",
          "x-compose-spec": true
        },
        "volumes_from": {
          "type": "array",
          "description": "Mount all volumes of other services. Forbidden by `docker stack`.",
          "items": {
            "type": "string"
          },
          "uniqueItems": true,
          "x-compose-spec": true
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker.",
          "x-since": "3.7"
        }
      },
      "additionalProperties": false
    },
    "healthcheck": {
      "type": "object",
      "description": "A container health check.",
      "properties": {
        "disable": {
          "type": "boolean",
          "description": "Disable the image health check."
        },
        "interval": {
          "type": "string",
          "description": "Time between checks, as a Go duration (`30s`).",
          "format": "duration",
          "$comment": "The duration format was added in 3.4.",
          "x-before": {
            "3.4": {
              "format": null
            }
          }
        },
        "retries": {
          "type": "number",
          "description": "Consecutive failures needed to report unhealthy."
        },
        "test": {
          "description": "The check: `[\"CMD\", args…]`, `[\"CMD-SHELL\", \"cmd\"]`, `[\"NONE\"]`, or a string run by the shell.",
          "oneOf": [
            {
              "type": "string",
              "description": "Shell command (`CMD-SHELL`)."
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "Test in exec form."
            }
          ]
        },
        "timeout": {
          "type": "string",
          "description": "Time after which one check counts as failed, as a Go duration.",
          "format": "duration",
          "$comment": "The duration format was added in 3.4.",
          "x-before": {
            "3.4": {
              "format": null
            }
          }
        },
        "start_period": {
          "type": "string",
          "description": "Start-up time during which failures do not count, as a Go duration.",
          "format": "duration",
          "x-since": "3.4"
        },
        "start_interval": {
          "type": "string",
          "description": "Time between checks during the start period, as a Go duration.",
          "format": "duration",
          "x-since": "3.12"
        }
      },
      "additionalProperties": false
    },
    "deployment": {
      "type": [
        "object",
        "null"
      ],
      "description": "Swarm deployment settings.",
      "properties": {
        "mode": {
          "type": "string",
          "description": "`replicated` (default), `global`, `replicated-job` or `global-job`."
        },
        "endpoint_mode": {
          "type": "string",
          "description": "Service discovery: `vip` (virtual IP, default) or `dnsrr` (DNS round-robin).",
          "x-since": "3.2"
        },
        "replicas": {
          "type": "integer",
          "description": "Number of tasks in `replicated` mode."
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the service (not on its containers)."
        },
        "rollback_config": {
          "type": "object",
          "description": "How a rollback is carried out across the service's tasks.",
          "properties": {
            "parallelism": {
              "type": "integer",
              "description": "Number of tasks rolled back at the same time (0 = all at once)."
            },
            "delay": {
              "type": "string",
              "description": "Time to wait between batches, as a Go duration (e.g. `10s`).",
              "format": "duration"
            },
            "failure_action": {
              "type": "string",
              "description": "What to do when a batch fails: `continue`, `pause` or `rollback` (`continue`/`pause` for rollbacks)."
            },
            "monitor": {
              "type": "string",
              "description": "How long to watch each task for failure after it is updated, as a Go duration.",
              "format": "duration"
            },
            "max_failure_ratio": {
              "type": "number",
              "description": "Fraction of tasks allowed to fail before the failure action triggers (0 to 1)."
            },
            "order": {
              "type": "string",
              "description": "Whether the old task is stopped before the new one starts (`stop-first`, the default) or after (`start-first`).",
              "enum": [
                "start-first",
                "stop-first"
              ],
              "x-since": "3.4"
            }
          },
          "additionalProperties": false,
          "x-since": "3.7"
        },
        "update_config": {
          "type": "object",
          "description": "How an update is carried out across the service's tasks.",
          "properties": {
            "parallelism": {
              "type": "integer",
              "description": "Number of tasks updated at the same time (0 = all at once)."
            },
            "delay": {
              "type": "string",
              "description": "Time to wait between batches, as a Go duration (e.g. `10s`).",
              "format": "duration"
            },
            "failure_action": {
              "type": "string",
              "description": "What to do when a batch fails: `continue`, `pause` or `rollback` (`continue`/`pause` for rollbacks)."
            },
            "monitor": {
              "type": "string",
              "description": "How long to watch each task for failure after it is updated, as a Go duration.",
              "format": "duration"
            },
            "max_failure_ratio": {
              "type": "number",
              "description": "Fraction of tasks allowed to fail before the failure action triggers (0 to 1)."
            },
            "order": {
              "type": "string",
              "description": "Whether the old task is stopped before the new one starts (`stop-first`, the default) or after (`start-first`).",
              "enum": [
                "start-first",
                "stop-first"
              ],
              "x-since": "3.4"
            }
          },
          "additionalProperties": false
        },
        "resources": {
          "type": "object",
          "description": "CPU, memory and device limits and reservations.",
          "properties": {
            "limits": {
              "type": "object",
              "description": "Upper bounds for each task.",
              "properties": {
                "cpus": {
                  "type": "string",
                  "description": "CPU limit, as a string (`\"0.5\"`)."
                },
                "memory": {
                  "type": "string",
                  "description": "Memory limit with a unit (`512M`)."
                },
                "pids": {
                  "type": "integer",
                  "description": "Maximum number of processes.",
                  "x-since": "3.9"
                }
              },
              "additionalProperties": false
            },
            "reservations": {
              "type": "object",
              "description": "Resources each task reserves when scheduled.",
              "properties": {
                "cpus": {
                  "type": "string",
                  "description": "CPU reservation, as a string (`\"0.25\"`)."
                },
                "memory": {
                  "type": "string",
                  "description": "Memory reservation with a unit (`256M`)."
                },
                "generic_resources": {
                  "$ref": "#/definitions/generic_resources",
                  "description": "Generic resources (e.g. GPUs) advertised by nodes.",
                  "x-since": "3.5"
                },
                "devices": {
                  "type": "array",
                  "description": "Device requests (GPUs). Not supported by Swarm.",
                  "items": {
                    "$ref": "#/definitions/device_request",
                    "description": "One device request."
                  },
                  "x-compose-spec": true
                }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        },
        "restart_policy": {
          "type": "object",
          "description": "When and how Swarm restarts stopped tasks.",
          "properties": {
            "condition": {
              "type": "string",
              "description": "`none`, `on-failure` or `any` (default)."
            },
            "delay": {
              "type": "string",
              "description": "Time between restart attempts, as a Go duration.",
              "format": "duration"
            },
            "max_attempts": {
              "type": "integer",
              "description": "Maximum restart attempts (0 = unlimited)."
            },
            "window": {
              "type": "string",
              "description": "Time to wait before deciding a restart succeeded, as a Go duration.",
              "format": "duration"
            }
          },
          "additionalProperties": false
        },
        "placement": {
          "type": "object",
          "description": "Where tasks may be scheduled.",
          "properties": {
            "constraints": {
              "type": "array",
              "description": "Node constraints such as `node.role == manager`.",
              "items": {
                "type": "string"
              }
            },
            "preferences": {
              "type": "array",
              "description": "Spread preferences, applied in order.",
              "items": {
                "type": "object",
                "description": "One preference.",
                "properties": {
                  "spread": {
                    "type": "string",
                    "description": "Node label or attribute to spread tasks over (`node.labels.zone`)."
                  }
                },
                "additionalProperties": false
              },
              "x-since": "3.3"
            },
            "max_replicas_per_node": {
              "type": "integer",
              "description": "Maximum tasks of this service on one node.",
              "x-since": "3.8"
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    },
    "generic_resources": {
      "type": "array",
      "description": "Generic resources to reserve.",
      "items": {
        "type": "object",
        "description": "One generic resource.",
        "properties": {
          "discrete_resource_spec": {
            "type": "object",
            "description": "A countable resource.",
            "properties": {
              "kind": {
                "type": "string",
                "description": "Resource kind (e.g. `gpu`)."
              },
              "value": {
                "type": "number",
                "description": "Amount to reserve."
              }
            },
            "additionalProperties": false
          }
        },
        "additionalProperties": false
      }
    },
    "network": {
      "type": [
        "object",
        "null"
      ],
      "description": "A network of the stack (null for defaults).",
      "properties": {
        "name": {
          "type": "string",
          "description": "Network name in the engine, used verbatim (no stack prefix).",
          "x-since": "3.5"
        },
        "driver": {
          "type": "string",
          "description": "Network driver; Swarm defaults to `overlay`."
        },
        "driver_opts": {
          "type": "object",
          "description": "Driver options.",
          "patternProperties": {
            "^.+$": {
              "type": [
                "string",
                "number"
              ],
              "description": "Option value; numbers are stringified."
            }
          }
        },
        "ipam": {
          "type": "object",
          "description": "IP address management.",
          "properties": {
            "driver": {
              "type": "string",
              "description": "IPAM driver."
            },
            "config": {
              "type": "array",
              "description": "Address pools.",
              "items": {
                "type": "object",
                "description": "One address pool.",
                "properties": {
                  "subnet": {
                    "type": "string",
                    "description": "Subnet in CIDR notation."
                  },
                  "gateway": {
                    "type": "string",
                    "description": "Gateway address.",
                    "x-compose-spec": true
                  },
                  "ip_range": {
                    "type": "string",
                    "description": "Range to allocate container IPs from.",
                    "x-compose-spec": true
                  },
                  "aux_addresses": {
                    "type": "object",
                    "description": "Auxiliary addresses by host name.",
                    "patternProperties": {
                      "^.+$": {
                        "type": "string",
                        "description": "Address."
                      }
                    },
                    "x-compose-spec": true
                  }
                },
                "additionalProperties": false,
                "patternProperties": {
                  "^x-": {
                    "description": "Extension field: any value, ignored by docker.",
                    "x-compose-spec": true
                  }
                }
              }
            },
            "options": {
              "type": "object",
              "description": "IPAM driver options.",
              "patternProperties": {
                "^.+$": {
                  "type": "string",
                  "description": "Option value."
                }
              },
              "x-compose-spec": true
            }
          },
          "additionalProperties": false,
          "patternProperties": {
            "^x-": {
              "description": "Extension field: any value, ignored by docker.",
              "x-compose-spec": true
            }
          }
        },
        "external": {
          "type": [
            "boolean",
            "object"
          ],
          "description": "`true` when the network is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.",
          "properties": {
            "name": {
              "type": "string",
              "description": "Name of the existing network (deprecated: use `name` on the network itself)."
            }
          },
          "additionalProperties": false
        },
        "internal": {
          "type": "boolean",
          "description": "Isolate the network from the outside world."
        },
        "attachable": {
          "type": "boolean",
          "description": "Allow standalone containers to attach to this overlay network.",
          "x-since": "3.2"
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the network."
        },
        "enable_ipv4": {
          "type": "boolean",
          "description": "Enable IPv4 on the network.",
          "x-compose-spec": true
        },
        "enable_ipv6": {
          "type": "boolean",
          "description": "Enable IPv6 on the network.",
          "x-compose-spec": true
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker.",
          "x-since": "3.7"
        }
      },
      "additionalProperties": false
    },
    "volume": {
      "type": [
        "object",
        "null"
      ],
      "description": "A named volume (null for defaults).",
      "properties": {
        "name": {
          "type": "string",
          "description": "Volume name in the engine, used verbatim (no stack prefix).",
          "x-since": "3.4"
        },
        "driver": {
          "type": "string",
          "description": "Volume driver (default `local`)."
        },
        "driver_opts": {
          "type": "object",
          "description": "Driver options.",
          "patternProperties": {
            "^.+$": {
              "type": [
                "string",
                "number"
              ],
              "description": "Option value; numbers are stringified."
            }
          }
        },
        "external": {
          "type": [
            "boolean",
            "object"
          ],
          "description": "`true` when the volume is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.",
          "properties": {
            "name": {
              "type": "string",
              "description": "Name of the existing volume (deprecated: use `name` on the volume itself)."
            }
          },
          "additionalProperties": false
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the volume."
        },
        "x-cluster-spec": {
          "type": "object",
          "description": "Cluster (CSI) volume specification; parsed but not used by `docker stack`.",
          "properties": {
            "group": {
              "type": "string",
              "description": "Volume group."
            },
            "access_mode": {
              "type": "object",
              "description": "How the volume can be accessed.",
              "properties": {
                "scope": {
                  "type": "string",
                  "description": "`single` or `multi` node."
                },
                "sharing": {
                  "type": "string",
                  "description": "`none`, `readonly`, `onewriter` or `all`."
                },
                "block_volume": {
                  "type": "object",
                  "description": "Use the volume as a raw block device."
                },
                "mount_volume": {
                  "type": "object",
                  "description": "Use the volume as a filesystem.",
                  "properties": {
                    "fs_type": {
                      "type": "string",
                      "description": "Filesystem type."
                    },
                    "mount_flags": {
                      "type": "array",
                      "description": "Mount flags.",
                      "items": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            },
            "accessibility_requirements": {
              "type": "object",
              "description": "Topology requirements.",
              "properties": {
                "requisite": {
                  "type": "array",
                  "description": "Topologies the volume must be accessible from.",
                  "items": {
                    "type": "object",
                    "description": "One topology.",
                    "properties": {
                      "segments": {
                        "$ref": "#/definitions/list_or_dict",
                        "description": "Topology segments."
                      }
                    }
                  }
                },
                "preferred": {
                  "type": "array",
                  "description": "Preferred topologies.",
                  "items": {
                    "type": "object",
                    "description": "One topology.",
                    "properties": {
                      "segments": {
                        "$ref": "#/definitions/list_or_dict",
                        "description": "Topology segments."
                      }
                    }
                  }
                }
              }
            },
            "capacity_range": {
              "type": "object",
              "description": "Size bounds.",
              "properties": {
                "required_bytes": {
                  "type": "string",
                  "description": "Minimum size, with a unit."
                },
                "limit_bytes": {
                  "type": "string",
                  "description": "Maximum size, with a unit."
                }
              }
            },
            "availability": {
              "type": "string",
              "description": "`active`, `pause` or `drain`."
            }
          },
          "x-since": "3.10"
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker.",
          "x-since": "3.7"
        }
      },
      "additionalProperties": false
    },
    "secret": {
      "type": "object",
      "description": "A secret of the stack.",
      "properties": {
        "name": {
          "type": "string",
          "description": "Name of the secret object in the Swarm. Used verbatim, without the stack-name prefix.",
          "x-since": "3.5"
        },
        "file": {
          "type": "string",
          "description": "Path of the file holding the secret content, relative to the first compose file's directory."
        },
        "external": {
          "type": [
            "boolean",
            "object"
          ],
          "description": "`true` when the secret is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.",
          "properties": {
            "name": {
              "type": "string",
              "description": "Name of the existing secret (deprecated: use `name` on the secret itself)."
            }
          }
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the secret object."
        },
        "driver": {
          "type": "string",
          "description": "Secret store driver.",
          "x-since": "3.8"
        },
        "driver_opts": {
          "type": "object",
          "description": "Secret driver options.",
          "patternProperties": {
            "^.+$": {
              "type": [
                "string",
                "number"
              ],
              "description": "Option value; numbers are stringified."
            }
          },
          "x-since": "3.8"
        },
        "template_driver": {
          "type": "string",
          "description": "Templating driver for the content (e.g. `golang`).",
          "x-since": "3.8"
        },
        "environment": {
          "type": "string",
          "description": "Environment variable holding the secret content.",
          "x-compose-spec": true
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker.",
          "x-since": "3.7"
        }
      },
      "additionalProperties": false
    },
    "config": {
      "type": "object",
      "description": "A config of the stack.",
      "properties": {
        "name": {
          "type": "string",
          "description": "Name of the config object in the Swarm. Used verbatim, without the stack-name prefix.",
          "x-since": "3.5"
        },
        "file": {
          "type": "string",
          "description": "Path of the file holding the config content, relative to the first compose file's directory."
        },
        "external": {
          "type": [
            "boolean",
            "object"
          ],
          "description": "`true` when the config is created outside the stack; docker then only looks it up by name. The mapping form `{name: …}` is deprecated in favour of the top-level `name`.",
          "properties": {
            "name": {
              "type": "string",
              "description": "Name of the existing config (deprecated: use `name` on the config itself)."
            }
          }
        },
        "labels": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Labels set on the config object."
        },
        "template_driver": {
          "type": "string",
          "description": "Templating driver for the content (e.g. `golang`).",
          "x-since": "3.8"
        },
        "content": {
          "type": "string",
          "description": "Inline config content.",
          "x-compose-spec": true
        },
        "environment": {
          "type": "string",
          "description": "Environment variable holding the config content.",
          "x-compose-spec": true
        }
      },
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker.",
          "x-since": "3.7"
        }
      },
      "additionalProperties": false
    },
    "service_config_or_secret": {
      "type": "array",
      "description": "References to configs or secrets.",
      "items": {
        "description": "One reference.",
        "oneOf": [
          {
            "type": "string",
            "description": "Name of the config or secret."
          },
          {
            "type": "object",
            "description": "Reference with mount options.",
            "properties": {
              "source": {
                "type": "string",
                "description": "Name of the config or secret."
              },
              "target": {
                "type": "string",
                "description": "Mount path (or file name under `/run/secrets` for secrets)."
              },
              "uid": {
                "type": "string",
                "description": "Owner user ID of the mounted file."
              },
              "gid": {
                "type": "string",
                "description": "Owner group ID of the mounted file."
              },
              "mode": {
                "type": "number",
                "description": "File mode, as a number (`0440` octal)."
              }
            }
          }
        ]
      }
    },
    "command": {
      "description": "A command: a string or a list of arguments.",
      "oneOf": [
        {
          "type": "string",
          "description": "Command line, split like a POSIX shell would."
        },
        {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Command in exec form."
        }
      ]
    },
    "ulimits": {
      "type": "object",
      "description": "Resource limits by name.",
      "patternProperties": {
        "^[a-z]+$": {
          "description": "One limit: a number, or soft and hard values.",
          "oneOf": [
            {
              "type": "integer",
              "description": "Soft and hard limit."
            },
            {
              "type": "object",
              "description": "Separate soft and hard limits.",
              "properties": {
                "hard": {
                  "type": "integer",
                  "description": "Hard limit."
                },
                "soft": {
                  "type": "integer",
                  "description": "Soft limit."
                }
              },
              "additionalProperties": false,
              "required": [
                "soft",
                "hard"
              ]
            }
          ]
        }
      }
    },
    "string_or_list": {
      "description": "A string or a list of strings.",
      "oneOf": [
        {
          "type": "string",
          "description": "One value."
        },
        {
          "$ref": "#/definitions/list_of_strings",
          "description": "Several values."
        }
      ]
    },
    "list_of_strings": {
      "type": "array",
      "description": "A list of distinct strings.",
      "items": {
        "type": "string"
      },
      "uniqueItems": true
    },
    "list_or_dict": {
      "description": "A `KEY: value` mapping or a list of distinct `KEY=value` strings.",
      "oneOf": [
        {
          "type": "object",
          "description": "Mapping form; values are strings, numbers or null.",
          "patternProperties": {
            ".+": {
              "type": [
                "string",
                "number",
                "null"
              ],
              "description": "Value (null means unset / from the environment)."
            }
          },
          "additionalProperties": false
        },
        {
          "type": "array",
          "items": {
            "type": "string"
          },
          "uniqueItems": true,
          "description": "List form, `KEY=value` items."
        }
      ]
    },
    "include": {
      "description": "An included project: a path, or a mapping with options.",
      "oneOf": [
        {
          "type": "string",
          "description": "Path of the compose file to include."
        },
        {
          "type": "object",
          "description": "Include with options.",
          "properties": {
            "path": {
              "$ref": "#/definitions/string_or_list",
              "description": "Compose file(s) to include."
            },
            "env_file": {
              "$ref": "#/definitions/string_or_list",
              "description": "Environment files used to interpolate the included files."
            },
            "project_directory": {
              "type": "string",
              "description": "Directory relative paths of the included files resolve against."
            }
          },
          "additionalProperties": false
        }
      ],
      "x-compose-spec": true
    },
    "model": {
      "type": "object",
      "description": "An AI model.",
      "properties": {
        "name": {
          "type": "string",
          "description": "Model name."
        },
        "model": {
          "type": "string",
          "description": "Model reference to run."
        },
        "context_size": {
          "type": "integer",
          "description": "Context window size."
        },
        "runtime_flags": {
          "type": "array",
          "description": "Flags passed to the inference engine.",
          "items": {
            "type": "string"
          }
        }
      },
      "additionalProperties": false,
      "required": [
        "model"
      ],
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker."
        }
      },
      "x-compose-spec": true
    },
    "development": {
      "type": [
        "object",
        "null"
      ],
      "description": "Development settings.",
      "properties": {
        "watch": {
          "type": "array",
          "description": "Paths watched by `docker compose watch`.",
          "items": {
            "type": "object",
            "description": "One watch rule.",
            "properties": {
              "path": {
                "type": "string",
                "description": "Path to watch."
              },
              "action": {
                "type": "string",
                "description": "What to do on change.",
                "enum": [
                  "rebuild",
                  "sync",
                  "restart",
                  "sync+restart",
                  "sync+exec"
                ]
              },
              "target": {
                "type": "string",
                "description": "Destination in the container for sync actions."
              },
              "ignore": {
                "$ref": "#/definitions/string_or_list",
                "description": "Patterns to ignore."
              },
              "include": {
                "$ref": "#/definitions/string_or_list",
                "description": "Patterns to include."
              },
              "initial_sync": {
                "type": "boolean",
                "description": "Sync everything when watching starts."
              },
              "exec": {
                "$ref": "#/definitions/service_hook",
                "description": "Command run after sync (`sync+exec`)."
              }
            },
            "additionalProperties": false,
            "required": [
              "path",
              "action"
            ],
            "patternProperties": {
              "^x-": {
                "description": "Extension field: any value, ignored by docker."
              }
            }
          }
        }
      },
      "additionalProperties": false,
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker."
        }
      },
      "x-compose-spec": true
    },
    "service_hook": {
      "type": "object",
      "description": "A lifecycle hook command.",
      "properties": {
        "command": {
          "$ref": "#/definitions/command",
          "description": "Command to run."
        },
        "user": {
          "type": "string",
          "description": "User to run it as."
        },
        "privileged": {
          "type": [
            "boolean",
            "string"
          ],
          "description": "Run with extended privileges."
        },
        "working_dir": {
          "type": "string",
          "description": "Working directory."
        },
        "environment": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Extra environment variables."
        }
      },
      "additionalProperties": false,
      "required": [
        "command"
      ],
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker."
        }
      },
      "x-compose-spec": true
    },
    "device_request": {
      "type": "object",
      "description": "A device (GPU) request.",
      "properties": {
        "capabilities": {
          "$ref": "#/definitions/list_of_strings",
          "description": "Required capabilities (`gpu`, `compute`, …)."
        },
        "count": {
          "type": [
            "string",
            "integer"
          ],
          "description": "Number of devices, or `all`."
        },
        "device_ids": {
          "$ref": "#/definitions/list_of_strings",
          "description": "Specific device IDs."
        },
        "driver": {
          "type": "string",
          "description": "Device driver (e.g. `nvidia`)."
        },
        "options": {
          "$ref": "#/definitions/list_or_dict",
          "description": "Driver options."
        }
      },
      "additionalProperties": false,
      "patternProperties": {
        "^x-": {
          "description": "Extension field: any value, ignored by docker."
        }
      },
      "x-compose-spec": true
    },
    "blkio_limit": {
      "type": "object",
      "description": "A block IO limit for one device.",
      "properties": {
        "path": {
          "type": "string",
          "description": "Device path."
        },
        "rate": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Limit value."
        }
      },
      "additionalProperties": false,
      "x-compose-spec": true
    },
    "blkio_weight": {
      "type": "object",
      "description": "A block IO weight for one device.",
      "properties": {
        "path": {
          "type": "string",
          "description": "Device path."
        },
        "weight": {
          "type": [
            "integer",
            "string"
          ],
          "description": "Weight (10 to 1000)."
        }
      },
      "additionalProperties": false,
      "x-compose-spec": true
    }
  }
};
