/**
 * The slices of Engine API objects stackc reads. Everything else in a response is carried through
 * untyped: stackc never rewrites what it does not understand.
 */

/** `Version` of a swarm object; updates must quote its `Index` (optimistic concurrency). */
export interface ObjectVersion {
  readonly Index: number;
}

/** `GET /info`, the parts deploy checks. */
export interface EngineInfo {
  readonly ServerVersion?: string;
  readonly Swarm?: {
    readonly LocalNodeState?: string;
    readonly ControlAvailable?: boolean;
  };
}

/** `GET /networks/<id>` and list entries. */
export interface NetworkInspect {
  readonly Id: string;
  readonly Name: string;
  readonly Scope?: string;
  readonly Driver?: string;
  readonly Labels?: Readonly<Record<string, string>> | null;
}

/** `GET /secrets/<id>`, `GET /configs/<id>` and list entries. */
export interface SwarmObject {
  readonly ID: string;
  readonly Version: ObjectVersion;
  readonly Spec: { readonly Name: string; readonly Labels?: Readonly<Record<string, string>> | null; readonly [k: string]: unknown };
}

/** `GET /services/<id>` and list entries. */
export interface ServiceInspect {
  readonly ID: string;
  readonly Version: ObjectVersion;
  readonly Spec: {
    readonly Name: string;
    readonly Labels?: Readonly<Record<string, string>> | null;
    readonly TaskTemplate?: {
      readonly ContainerSpec?: { readonly Image?: string; readonly [k: string]: unknown };
      readonly ForceUpdate?: number;
      readonly [k: string]: unknown;
    };
    readonly [k: string]: unknown;
  };
}

/** Response of `POST /<kind>/create`. */
export interface CreateResponse {
  readonly ID?: string;
  /** Networks answer `Id`. */
  readonly Id?: string;
  readonly Warning?: string;
  readonly Warnings?: readonly string[] | null;
}

/** Response of `POST /services/<id>/update`. */
export interface UpdateResponse {
  readonly Warnings?: readonly string[] | null;
}

/** Engine list filters, sent as `filters={"key":{"value":true}}` like docker's `filters.Args`. */
export type Filters = Readonly<Record<string, readonly string[]>>;
