/**
 * A service's secret and config references (stack-deploy.md §4.7) and its credential spec
 * (§4.12). IDs are engine-assigned, so they are {@link EngineRef}s resolved by name at apply time.
 */
import type { FileObjectConfig, FileReference, ServiceConfig, StackConfig } from '../../model/stack-config.js';
import { compareGoStrings } from './go-order.js';
import { objectName, scopeName } from './namespace.js';
import type { ServiceProblems } from './problems.js';
import type { EngineRef } from './types.js';

type Kind = 'secret' | 'config';

/** A converted reference, before it becomes a body entry. */
interface Reference {
  readonly name: string;
  readonly external: boolean;
  readonly file?: { Name: string; UID: string; GID: string; Mode: number };
}

/** References of one kind plus the externals they use. */
export interface ReferenceList {
  readonly entries: Record<string, unknown>[];
  /** Engine names of the external objects used (checked at apply time). */
  readonly externals: string[];
}

function fileTarget(ref: FileReference): Reference['file'] {
  return {
    Name: ref.target !== undefined && ref.target !== '' ? ref.target : (ref.source ?? ''),
    UID: ref.uid !== undefined && ref.uid !== '' ? ref.uid : '0',
    GID: ref.gid !== undefined && ref.gid !== '' ? ref.gid : '0',
    Mode: ref.mode ?? 0o444,
  };
}

function body(kind: Kind, ref: Reference): Record<string, unknown> {
  const id: EngineRef = { $ref: kind, name: ref.name };
  if (kind === 'secret') return { File: ref.file, SecretID: id, SecretName: ref.name };
  return ref.file ? { File: ref.file, ConfigID: id, ConfigName: ref.name } : { Runtime: {}, ConfigID: id, ConfigName: ref.name };
}

/**
 * Docker sorts by name with a stable sort, after building the file references from a map keyed
 * by target (so same-name references come out in random order); ties go by target here, and
 * the runtime (credential spec) reference comes last, as in docker.
 */
function compareReferences(a: Reference, b: Reference): number {
  const byName = compareGoStrings(a.name, b.name);
  if (byName !== 0) return byName;
  if (!a.file || !b.file) return a.file ? -1 : b.file ? 1 : 0;
  return compareGoStrings(a.file.Name, b.file.Name);
}

function lookup(kind: Kind, config: StackConfig): Record<string, FileObjectConfig> {
  return (kind === 'secret' ? config.secrets : config.configs) ?? {};
}

/**
 * `ContainerSpec.Secrets` / `Configs`, with the credential-spec config as a runtime reference.
 * Reports `plan/undefined-secret`, `plan/undefined-config`, `plan/duplicate-target`.
 */
export function convertReferences(
  kind: Kind,
  service: ServiceConfig,
  config: StackConfig,
  stack: string,
  problems: ServiceProblems,
): ReferenceList {
  const defs = lookup(kind, config);
  const refs: Reference[] = [];
  const targets = new Set<string>();
  (kind === 'secret' ? service.secrets : service.configs)?.forEach((item, i) => {
    const source = item.source ?? '';
    const def = defs[source];
    if (def === undefined) {
      problems.fail(`undefined-${kind}`, [`${kind}s`, i, 'source'], `${kind} "${source}" is not declared in the top-level ${kind}s`,
        `undefined ${kind} "${source}"`, { [kind]: source });
      return;
    }
    const ref: Reference = { name: objectName(stack, source, def), external: def.external === true, file: fileTarget(item) };
    if (targets.has(ref.file!.Name)) {
      problems.fail('duplicate-target', [`${kind}s`, i], `another ${kind} is already mounted at "${ref.file!.Name}"`,
        `duplicate ${kind} target for ${ref.name} not allowed`, { target: ref.file!.Name });
      return;
    }
    targets.add(ref.file!.Name);
    refs.push(ref);
  });
  const credentialConfig = service.credential_spec?.config;
  if (kind === 'config' && credentialConfig !== undefined && credentialConfig !== '') {
    const def = defs[credentialConfig];
    if (def === undefined) {
      problems.fail('undefined-config', ['credential_spec', 'config'], `config "${credentialConfig}" is not declared in the top-level configs`,
        `undefined config "${credentialConfig}"`, { config: credentialConfig });
    } else {
      refs.push({ name: objectName(stack, credentialConfig, def), external: def.external === true });
    }
  }
  refs.sort(compareReferences);
  const externals = refs.filter((r) => r.external).map((r) => r.name);
  return { entries: refs.map((r) => body(kind, r)), externals };
}

/**
 * `Privileges.CredentialSpec`: at most one of config, file and registry; a config becomes the ID
 * of the config reference named `<key>` or `<stack>_<key>` — so, like docker, a config with a
 * custom `name:` is never found. Reports `plan/credential-spec`.
 */
export function convertCredentialSpec(
  service: ServiceConfig,
  configRefs: readonly Record<string, unknown>[],
  config: StackConfig,
  stack: string,
  problems: ServiceProblems,
): Record<string, unknown> | null {
  const spec = service.credential_spec ?? {};
  const set = (['Config', 'File', 'Registry'] as const).filter((k) => {
    const v = spec[k.toLowerCase() as 'config' | 'file' | 'registry'];
    return v !== undefined && v !== '';
  });
  if (set.length === 0) return null;
  if (set.length > 1) {
    const quoted = set.map((s) => `"${s}"`);
    const list = quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
    problems.fail('credential-spec', ['credential_spec'], `credential_spec takes only one of config, file and registry`,
      `invalid credential spec: cannot specify both ${list}`);
    return null;
  }
  if (set[0] !== 'Config') return { Config: '', File: spec.file ?? '', Registry: spec.registry ?? '' };
  const key = spec.config!;
  const declared = config.configs?.[key] !== undefined;
  const names = configRefs.map((r) => r.ConfigName as string);
  const match = names.find((n) => n === key) ?? names.find((n) => n === scopeName(stack, key));
  if (match === undefined) {
    // An undeclared key was reported as undefined-config already; otherwise this is docker's
    // custom-name bug, reproduced as the error docker gives.
    if (declared) {
      problems.fail('credential-spec', ['credential_spec', 'config'],
        `credential_spec config "${key}" is never found: docker looks for a config named "${key}" or "${scopeName(stack, key)}", not its custom name`,
        `invalid credential spec: spec specifies config ${key}, but no such config can be found`, { config: key });
    }
    return null;
  }
  const id: EngineRef = { $ref: 'config', name: match };
  return { Config: id, File: '', Registry: '' };
}
