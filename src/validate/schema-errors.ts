/**
 * Turns ajv's flat error list into diagnostics the way docker chooses its one message
 * (`cli/compose/schema/schema.go: getMostSpecificError`, stack-deploy.md §1.7), while still
 * reporting every independent problem.
 *
 * docker validates with gojsonschema, which differs from ajv in three ways we undo here:
 * 1. a type mismatch stops validation of that node (ajv still runs e.g. `enum`, `oneOf`);
 * 2. a failed `oneOf` yields the `oneOf` error followed by the errors of its *best* branch only
 *    (the branch that got furthest: in v3 schemas, the one whose type matched), not all branches;
 * 3. the error order puts the `oneOf` error before its branch errors.
 * On the reconstructed list, docker picks the error with the most path segments, type errors
 * winning ties, and a `oneOf` error borrows the description of the error after it.
 */
import type { ErrorObject } from 'ajv';
import type { DiagnosticInput, DocPath } from '../diagnostics/diagnostic.js';
import { describeError, dockerDescription } from './schema-messages.js';

interface Err {
  readonly e: ErrorObject;
  /** Decoded instance path. */
  readonly inst: readonly string[];
}

type Entry = { readonly err: Err; readonly branches?: Map<number, Entry[]> };

function decodePointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

const isGroup = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';

/** Drops errors gojsonschema never produces: everything below a node whose type failed. */
function dropShadowed(errs: readonly Err[]): Err[] {
  const typeNodes = errs.filter((x) => x.e.keyword === 'type').map((x) => ({ node: x.e.schemaPath.slice(0, -'/type'.length), inst: x.inst }));
  return errs.filter(
    (x) => x.e.keyword === 'type' || !typeNodes.some((t) => x.e.schemaPath.startsWith(`${t.node}/`) && isPrefix(t.inst, x.inst)),
  );
}

/** Nests each error under the innermost failed `oneOf`/`anyOf` branch it belongs to. */
function buildTree(errs: readonly Err[]): Entry[] {
  const groups = errs.filter((x) => isGroup(x.e)).sort((a, b) => b.e.schemaPath.length - a.e.schemaPath.length);
  const entries = new Map<Err, Entry>(errs.map((x) => [x, isGroup(x.e) ? { err: x, branches: new Map() } : { err: x }]));
  const top: Entry[] = [];
  for (const x of errs) {
    const owner = groups.find((g) => g !== x && x.e.schemaPath.startsWith(`${g.e.schemaPath}/`) && isPrefix(g.inst, x.inst));
    const entry = entries.get(x) as Entry;
    if (!owner) {
      top.push(entry);
      continue;
    }
    const branch = Number(x.e.schemaPath.slice(owner.e.schemaPath.length + 1).split('/')[0]);
    const branches = (entries.get(owner) as Entry).branches as Map<number, Entry[]>;
    branches.set(branch, [...(branches.get(branch) ?? []), entry]);
  }
  return top;
}

/** A branch that failed on its own type scored nothing in gojsonschema. */
function failedOnType(group: Entry, index: number, entries: readonly Entry[]): boolean {
  const typePath = `${group.err.e.schemaPath}/${index}/type`;
  return entries.some((x) => x.err.e.schemaPath === typePath && x.err.inst.length === group.err.inst.length);
}

/** gojsonschema's best branch: the first whose type matched, else the first one. */
function bestBranch(group: Entry): { entries: Entry[]; typeMatched: boolean } | undefined {
  const branches = [...(group.branches ?? new Map<number, Entry[]>()).entries()].sort((a, b) => a[0] - b[0]);
  const matched = branches.find(([i, entries]) => !failedOnType(group, i, entries));
  if (matched) return { entries: matched[1], typeMatched: true };
  const first = branches[0];
  return first ? { entries: first[1], typeMatched: false } : undefined;
}

/** The error list as gojsonschema would have produced it. */
function flatten(entries: readonly Entry[]): Err[] {
  return entries.flatMap((x) => [x.err, ...(x.branches ? flatten(bestBranch(x)?.entries ?? []) : [])]);
}

function dottedField(inst: readonly string[]): string {
  return inst.length === 0 ? '(root)' : inst.join('.');
}

/** docker's pick: most path segments; a type error wins ties; else the earliest. */
function mostSpecific(list: readonly Err[]): { parent: Err; child?: Err } | undefined {
  let best = -1;
  const spec = (x: Err): number => dottedField(x.inst).split('.').length;
  list.forEach((x, i) => {
    const cur = list[best];
    if (!cur || spec(x) > spec(cur)) best = i;
    else if (spec(x) === spec(cur) && x.e.keyword === 'type' && cur.e.keyword !== 'type') best = i;
  });
  const parent = list[best];
  if (!parent) return undefined;
  const child = isGroup(parent.e) ? list[best + 1] : undefined;
  return child ? { parent, child } : { parent };
}

/** Document path of an instance path (indexes into arrays become numbers) and the value there. */
function locate(inst: readonly string[], data: unknown): { path: (string | number)[]; value: unknown } {
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const seg of inst) {
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return { path: out, value: cur };
}

function toDiagnostic(x: Err, data: unknown): DiagnosticInput {
  const field = dottedField(x.inst);
  const { path: base, value }: { path: DocPath; value: unknown } = locate(x.inst, data);
  const m = describeError(x.e, field, value);
  const extra = m.code === 'validate/additional-property' ? { path: [...base, String(m.params['property'])], atKey: true } : { path: base };
  return {
    code: m.code,
    severity: 'error',
    message: m.message,
    ...extra,
    data: { ...m.params, keyword: x.e.keyword, dockerMessage: `${field} ${dockerDescription(m)}` },
  };
}

/**
 * Diagnostics (without `file`) for a failed validation: one per independent problem, the one
 * docker would print first (its `data.dockerMessage` is docker's exact text), then the others in
 * validation order.
 */
export function shapeSchemaErrors(errors: readonly ErrorObject[], data: unknown): DiagnosticInput[] {
  const errs = dropShadowed(errors.map((e) => ({ e, inst: decodePointer(e.instancePath) })));
  const tree = buildTree(errs);
  const out: { src: Err; diag: DiagnosticInput }[] = [];
  const emit = (entries: readonly Entry[]): void => {
    for (const x of entries) {
      if (!x.branches) {
        out.push({ src: x.err, diag: toDiagnostic(x.err, data) });
        continue;
      }
      const best = bestBranch(x);
      if (best?.typeMatched) {
        emit(best.entries);
        continue;
      }
      // No branch accepted the node's type: one diagnostic, chosen as docker would.
      const pick = mostSpecific([x.err, ...flatten(best?.entries ?? [])]);
      const src = pick?.child ?? pick?.parent ?? x.err;
      out.push({ src, diag: toDiagnostic(src, data) });
    }
  };
  emit(tree);

  const docker = mostSpecific(flatten(tree));
  if (!docker) return out.map((o) => o.diag);
  const primarySrc = docker.child ?? docker.parent;
  const idx = out.findIndex((o) => o.src === primarySrc);
  const primary = idx >= 0 ? (out.splice(idx, 1)[0] as { diag: DiagnosticInput }).diag : toDiagnostic(primarySrc, data);
  // When docker borrowed a child's description, the line starts with the oneOf's field.
  const child = docker.child;
  const childDesc = child ? dockerDescription(describeError(child.e, dottedField(child.inst), locate(child.inst, data).value)) : undefined;
  const dockerMessage = childDesc !== undefined ? `${dottedField(docker.parent.inst)} ${childDesc}` : primary.data?.['dockerMessage'];
  return [{ ...primary, data: { ...primary.data, dockerMessage, primary: true } }, ...out.map((o) => o.diag)];
}
