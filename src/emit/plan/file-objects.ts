/**
 * Secret and config objects (stack-deploy.md §4.3): every top-level non-external entry is
 * created, used or not, and its file is read now so a missing file fails before any step —
 * docker only finds out after it has created the networks.
 */
import type { FileObjectConfig, StackConfig } from '../../model/stack-config.js';
import { describeReadError, type ReadFile } from '../../options.js';
import { compact, compareGoStrings, optionalGoJsonMap } from './go-order.js';
import { objectName, withStackLabel } from './namespace.js';
import type { Problems } from './problems.js';
import type { DataSource, PlanStep } from './types.js';

/** What the secret and config phases need besides the stack. */
export interface FileObjectContext {
  readonly stack: string;
  readonly readFile: ReadFile;
  readonly revealSecrets: boolean;
  readonly problems: Problems;
}

type Kind = 'secret' | 'config';

/**
 * The `Data` member: base64 of the file (what the engine receives) or, when secrets stay hidden,
 * where apply reads it. An empty file sends no `Data` at all (`omitempty` on a byte slice).
 * Reports `plan/unreadable-file`.
 */
function dataOf(kind: Kind, key: string, def: FileObjectConfig, ctx: FileObjectContext): string | DataSource | undefined | null {
  const file = def.file ?? '';
  let bytes: Uint8Array;
  try {
    bytes = ctx.readFile(file);
  } catch (err) {
    const text = describeReadError(err, file);
    ctx.problems.fail('unreadable-file', [`${kind}s`, key, 'file'], `cannot read the ${kind} file: ${text}`, text, { [kind]: key, file });
    return null;
  }
  if (bytes.length === 0) return undefined;
  return ctx.revealSecrets ? Buffer.from(bytes).toString('base64') : { $source: 'file', path: file };
}

function objectStep(kind: Kind, key: string, def: FileObjectConfig, ctx: FileObjectContext): PlanStep | undefined {
  const name = objectName(ctx.stack, key, def);
  // Driver secrets carry no data: the driver provides it (configs have no driver).
  const driver = kind === 'secret' && def.driver !== undefined && def.driver !== '' ? def.driver : undefined;
  const data = driver === undefined ? dataOf(kind, key, def, ctx) : undefined;
  if (data === null) return undefined;
  const body = compact({
    Name: name,
    Labels: withStackLabel(ctx.stack, def.labels),
    Data: data,
    Driver: driver === undefined ? undefined : compact({ Name: driver, Options: nonEmptyOptions(def.driver_opts) }),
    Templating: def.template_driver ? { Name: def.template_driver } : undefined,
  });
  return { id: `${kind}:${name}`, kind, name, action: 'create', method: 'POST', path: `/${kind}s/create`, body };
}

function nonEmptyOptions(opts: Record<string, string> | undefined): Record<string, string> | undefined {
  return opts && Object.keys(opts).length > 0 ? optionalGoJsonMap(opts) : undefined;
}

/** Create steps for the top-level `secrets` or `configs`, sorted by engine name. */
export function planFileObjects(kind: Kind, config: StackConfig, ctx: FileObjectContext): PlanStep[] {
  const defs = (kind === 'secret' ? config.secrets : config.configs) ?? {};
  const byName = new Map<string, PlanStep>();
  for (const key of Object.keys(defs).sort(compareGoStrings)) {
    const def = defs[key]!;
    if (def.external === true) continue;
    const step = objectStep(kind, key, def, ctx);
    // Two keys with one `name:` are one engine object; docker would create it then update it.
    if (step && !byName.has(step.name)) byName.set(step.name, step);
  }
  return [...byName.values()].sort((a, b) => compareGoStrings(a.name, b.name));
}
